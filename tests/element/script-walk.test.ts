// Where the operator is in a call script, driven in Node the way the script view drives it, with the test script
// of tests/fixtures/element-scripts.json: answers walk on, back undoes, and a walk resumes on a new copy of it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Script } from '../../src/core/types.js';
import { ScriptWalk } from '../../src/element/script-walk.js';

const FILE = JSON.parse(readFileSync(new URL('../fixtures/element-scripts.json', import.meta.url), 'utf8'));
const SCRIPT: Script = {
  ...FILE.scripts[0],
  steps: FILE.scripts[0].steps.map((step: Omit<Script['steps'][number], 'checklist'>) => ({ checklist: [], ...step })),
  source: 'test',
};

describe('ScriptWalk', () => {
  it('starts at the start, walks on by answers, and ends with the outcome of an end answer', () => {
    const walk = new ScriptWalk(SCRIPT);
    expect(walk.step?.id).toBe('greet');
    expect(walk.stage).toBe('greeting');
    expect(walk.choose(0)?.next).toBe('ask-need');
    expect(walk.choose(1)?.end).toBe('callback');
    expect(walk.step).toBeUndefined();
    expect(walk.outcome).toBe('callback');
    expect(walk.stage, 'the end keeps the last stage').toBe('needs');
    expect(walk.path).toEqual([
      { stepId: 'greet', answer: 0 },
      { stepId: 'ask-need', answer: 1 },
    ]);
  });

  it('leaves the walk as it is for an answer that opens an objection, and ignores an answer that is not there', () => {
    const walk = new ScriptWalk(SCRIPT);
    expect(walk.choose(1)?.objection).toBe('expensive');
    expect(walk.choose(8)).toBeUndefined();
    expect(walk.path).toEqual([{ stepId: 'greet' }]);
  });

  it('goes back a step, from the end to the last step, and not past the start', () => {
    const walk = new ScriptWalk(SCRIPT);
    walk.choose(0);
    walk.choose(1);
    expect(walk.back()).toBe(true);
    expect(walk.step?.id).toBe('ask-need');
    expect(walk.path).toEqual([{ stepId: 'greet', answer: 0 }, { stepId: 'ask-need' }]);
    expect(walk.back()).toBe(true);
    expect(walk.path).toEqual([{ stepId: 'greet' }]);
    expect(walk.back()).toBe(false);
  });

  it('resumes a walk as far as a new copy of the script still has its steps', () => {
    const walk = new ScriptWalk(SCRIPT);
    walk.choose(0);
    walk.choose(0);
    expect(new ScriptWalk(SCRIPT, walk.path).step?.id).toBe('close');
    const withoutClose = { ...SCRIPT, steps: SCRIPT.steps.filter((step) => step.id !== 'close') };
    expect(new ScriptWalk(withoutClose, walk.path).path).toEqual([{ stepId: 'greet', answer: 0 }, { stepId: 'ask-need' }]);
  });
});
