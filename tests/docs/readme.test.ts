import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const manifestUrl = new URL('custom-elements.json', root);

interface Manifest {
  modules: Array<{ declarations?: Array<Record<string, unknown> & { tagName?: string }> }>;
}

describe('README', () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');

  it('documents every attribute, event, CSS part and custom property of the generated manifest', () => {
    expect(existsSync(manifestUrl), 'custom-elements.json is made by `npm run build`').toBe(true);
    const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8')) as Manifest;
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'objection-desk');
    expect(element).toBeDefined();
    const names = (key: string) => ((element![key] as Array<{ name: string }> | undefined) ?? []).map((item) => item.name);
    const documented = [...names('attributes'), ...names('events'), ...names('cssParts'), ...names('cssProperties')];
    expect(documented.length).toBeGreaterThan(30);
    for (const name of documented) expect(readme, name).toContain(`\`${name}\``);
  });

  it('gives the two commands a newcomer needs', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
