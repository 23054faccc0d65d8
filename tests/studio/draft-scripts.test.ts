import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../src/core/index.js';
import { openCatalogFile } from '../../src/studio/draft.js';
import { checkDraft } from '../../src/studio/draft-check.js';
import { draftScriptsOf } from '../../src/studio/draft-scripts.js';
import { fixture, run } from '../cli/run-cli.js';

const text = (input: unknown) => (typeof input === 'string' ? { en: input } : (input as Record<string, string>));

describe("the studio's draft scripts", () => {
  it('keeps what the forms do not edit: an answer’s context conditions, as the file wrote them', () => {
    const [script] = draftScriptsOf(
      [
        {
          id: 'call',
          kind: 'incoming',
          title: 'Call',
          start: 'greet',
          steps: [{ id: 'greet', say: 'Hello!', answers: [{ label: 'Has a card', end: 'ordered', when: { loyaltyDiscount: 'present' } }, { label: 'Other', end: 'resolved' }] }],
        },
      ],
      text,
    );
    const answers = script && 'steps' in script ? script.steps?.[0]?.answers : [];
    expect(answers).to.deep.equal([
      { label: { en: 'Has a card' }, end: 'ordered', when: { loyaltyDiscount: 'present' } },
      { label: { en: 'Other' }, end: 'resolved' },
    ]);
  });

  it('finds in a file’s scripts the problems `objection-desk validate` finds, at the same places', async () => {
    const path = fixture('studio/script-gaps.yaml');
    const { stdout } = await run(['validate', path]);
    // "file:24:13: scripts[0].steps[0].answers[2]: error: is missing the required field "label"" → "scripts[0].steps[0].answers[2].label error":
    // the form's place; the draft has the label empty, and the check says so at the label itself.
    const byCli = [...stdout.matchAll(/^ {2}\S+?:\d+:\d+: (\S+): (error|warning): (?:is missing the required field "(\w+)")?/gm)].map(
      ([, at, severity, field]) => `${at}${field ? `.${field}` : ''} ${severity}`,
    );
    expect(byCli).to.have.length(8);
    const { draft } = openCatalogFile('script-gaps.yaml', readFileSync(path, 'utf8'));
    const byStudio = checkDraft(draft!, builtinCatalog(), 'draft').problems.map((found) => `${found.path} ${found.severity}`);
    expect(byStudio.sort()).to.deep.equal(byCli.sort());
  });
});

