import { describe, expect, it } from 'vitest';
import { ObjectionSearch, builtinCatalog, detectObjections, mergeCatalogs } from '../../src/core/index.js';
// The demo's own data file, plain JavaScript: what its "play a sample call" button feeds into desk.hear().
import { SAMPLE_CALLS } from '../../demo/sample-calls.js';

const search = new ObjectionSearch(mergeCatalogs([builtinCatalog()]));

describe("the demo's sample calls", () => {
  it('has one call for each language of the demo', () => {
    expect(Object.keys(SAMPLE_CALLS).sort()).toEqual(['en', 'ru', 'tr']);
  });

  describe.each(Object.entries(SAMPLE_CALLS))('%s', (locale, lines) => {
    it('alternates customer and operator lines, each a speaker and a text', () => {
      expect(lines.length).toBeGreaterThanOrEqual(10);
      lines.forEach((line, index) => {
        expect(Object.keys(line).filter((key) => !['speaker', 'text', 'interim'].includes(key)), `line ${index}`).toEqual([]);
        expect(['customer', 'operator'], `line ${index}`).toContain(line.speaker);
        if (index > 0) expect(line.speaker, `line ${index} has the speaker of the line before`).not.toBe(lines[index - 1]!.speaker);
      });
    });

    it('reads as speech-to-text gives it: lowercase words and single spaces, no punctuation', () => {
      for (const { text } of lines) expect(text).toMatch(/^[\p{Ll}\p{N}]+( [\p{Ll}\p{N}]+)*$/u);
    });

    it('streams some customer lines in growing fragments before they are final', () => {
      const streamed = lines.filter((line) => line.interim);
      expect(streamed.length).toBeGreaterThanOrEqual(2);
      for (const line of streamed) expect(line.text.split(' ').length, line.text).toBeGreaterThan(4);
    });

    it('has the customer find it expensive, then the delivery too slow, then want to think it over, and nothing else', () => {
      const raised = lines
        .filter((line) => line.speaker === 'customer')
        .map((line) => detectObjections(search, line.text, { locale: locale as keyof typeof SAMPLE_CALLS })[0]?.id)
        .filter(Boolean);
      expect(raised).toEqual(['expensive', 'delivery-too-long', 'think-about-it']);
    });
  });
});
