import { isJsonObject, scalarText } from '../core/json-object.js';
import { BUILTIN_SOURCE, messageOf, type LocalizedText } from '../core/index.js';
import type { ContextConditions, Script } from '../core/types.js';

// Where the script view's scripts come from: the one seam between the element and the catalogs' `scripts`. For now
// the `catalog` property's `scripts`, over the built-in ones (objections/scripts.json, a chunk loaded only when a
// script is opened). Once the engine merges and validates catalog scripts, it answers here instead.

/** What {@link resolveScript} found: the script, or why there is none. */
export type ScriptLookup =
  | { readonly kind: 'found'; readonly script: Script }
  | { readonly kind: 'unknown' }
  /** The built-in scripts' file did not load (a folder copied without it, the network). */
  | { readonly kind: 'failed'; readonly message: string };

/**
 * The script of id `id`: the `catalog` property's (its `scripts`, a script there with `disabled: true` hiding the
 * built-in one), else the built-in one. Scripts are taken as written, not validated: the catalogs' validation
 * reports their problems.
 */
export async function resolveScript(id: string, catalog: unknown): Promise<ScriptLookup> {
  const own = scriptIn(catalog, id);
  if (own) return own.disabled === true ? { kind: 'unknown' } : { kind: 'found', script: adopt(own, textReader(catalog), 'catalog') };
  let file: unknown;
  try {
    file = (await import('../../objections/scripts.json')).default;
  } catch (error) {
    return { kind: 'failed', message: messageOf(error) };
  }
  const builtin = scriptIn(file, id);
  return builtin && builtin.disabled !== true ? { kind: 'found', script: adopt(builtin, textReader(file), BUILTIN_SOURCE) } : { kind: 'unknown' };
}

type Written = Record<string, unknown>;

/** The script of id `id` in a catalog file's `scripts`, the last of that id. */
function scriptIn(file: unknown, id: string): Written | undefined {
  const scripts = isJsonObject(file) && Array.isArray(file['scripts']) ? (file['scripts'] as unknown[]) : [];
  return scripts.filter((script): script is Written => isJsonObject(script) && script['id'] === id).at(-1);
}

/** Reads a text as a one-locale file may write it, a plain string in its `locale`, or as texts by locale. */
function textReader(file: unknown): (text: unknown) => LocalizedText {
  const locale = isJsonObject(file) && typeof file['locale'] === 'string' ? file['locale'] : 'en';
  return (text) => (typeof text === 'string' ? { [locale]: text } : isJsonObject(text) ? (text as LocalizedText) : {});
}

const list = (value: unknown): Written[] => (Array.isArray(value) ? value.filter(isJsonObject) : []);

function adopt(script: Written, text: (text: unknown) => LocalizedText, source: string): Script {
  return {
    id: scalarText(script['id']),
    kind: script['kind'] === 'outgoing' ? 'outgoing' : 'incoming',
    title: text(script['title']),
    stages: list(script['stages']).map((stage) => ({ id: scalarText(stage['id']), title: text(stage['title']) })),
    start: scalarText(script['start']),
    steps: list(script['steps']).map((step) => ({
      id: scalarText(step['id']),
      ...(typeof step['stage'] === 'string' ? { stage: step['stage'] } : {}),
      say: text(step['say']),
      ...(step['note'] === undefined ? {} : { note: text(step['note']) }),
      checklist: Array.isArray(step['checklist']) ? step['checklist'].map(text) : [],
      answers: list(step['answers']).map((answer) => ({
        label: text(answer['label']),
        ...(typeof answer['next'] === 'string' ? { next: answer['next'] } : {}),
        ...(typeof answer['objection'] === 'string' ? { objection: answer['objection'] } : {}),
        ...(typeof answer['end'] === 'string' ? { end: answer['end'] } : {}),
        // Conditions other than "present" and "absent" never hold or fail (see contextFit).
        ...(isJsonObject(answer['when']) ? { when: answer['when'] as ContextConditions } : {}),
      })),
    })),
    source,
  };
}
