import type { Problem } from '../core/index.js';
import { splitPath, valueAt } from '../core/json-object.js';
import { freeId, withObjection, type Draft } from './draft.js';
import { objectionIndexOf } from './problem-fields.js';
import { caseTwin } from './problem-words-shared.js';

/** A fix the studio knows for a problem, done in one click. */
export type ProblemFix =
  /** A text is missing in a language: go to its field. */
  | { readonly kind: 'write-text'; readonly fieldPath: string; readonly locale: string }
  /** An objection's code is taken: give it a free one. */
  | { readonly kind: 'unique-id'; readonly index: number; readonly id: string }
  /** A placeholder differs from a known one by case: write the known one. */
  | { readonly kind: 'placeholder-case'; readonly path: string; readonly from: string; readonly to: string };

/** The one-click fix for a problem of `draft`, when the fix is known. */
export function problemFix(found: Problem, draft: Draft): ProblemFix | undefined {
  const { wording, path } = found;
  if (!wording) return undefined;
  switch (wording.key) {
    case 'missingLocale':
    case 'missingText': {
      const locale = wording.args[0];
      return { kind: 'write-text', fieldPath: path.endsWith(`.${locale}`) ? path : `${path}.${locale}`, locale };
    }
    case 'duplicateId': {
      const index = objectionIndexOf(path);
      if (index === undefined || !/^objections\[\d+\]\.id$/.test(path)) return undefined;
      return { kind: 'unique-id', index, id: freeId(wording.args[0], draft.catalog.objections) };
    }
    case 'unknownPlaceholder': {
      const [name, known] = wording.args;
      const twin = caseTwin(name, known);
      return twin && typeof valueAt(draft.catalog, path) === 'string' ? { kind: 'placeholder-case', path, from: name, to: twin } : undefined;
    }
    default:
      return undefined;
  }
}

/** `draft` with an edit fix applied; the draft as it is for a fix that only moves the focus. */
export function applyFix(draft: Draft, fix: ProblemFix): Draft {
  switch (fix.kind) {
    case 'write-text':
      return draft;
    case 'unique-id':
      return withObjection(draft, fix.index, { ...draft.catalog.objections[fix.index]!, id: fix.id });
    case 'placeholder-case': {
      const index = objectionIndexOf(fix.path)!;
      const objection = structuredClone(draft.catalog.objections[index]!);
      // The path below `objections[i]`, followed in the copy.
      const keys = splitPath(fix.path).slice(2);
      const owner = keys.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, objection as unknown as Record<string, unknown>);
      const last = keys.at(-1)!;
      owner[last] = String(owner[last]).split(`{${fix.from}}`).join(`{${fix.to}}`);
      return withObjection(draft, index, objection);
    }
  }
}
