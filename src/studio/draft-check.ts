import { validateForAuthors } from '../core/authoring-checks.js';
import { lintCatalog, MIN_TRIGGERS, type LintFinding } from '../core/lint.js';
import { writtenAnswerOf } from '../core/script-objections.js';
import { checkScriptObjections, searchCatalogs, type Catalog, type CatalogInput, type LocalizedText, type ObjectionSearch, type OmittedProblems, type Problem, type ProblemWording } from '../core/index.js';
import { draftLocales, listMap, type Draft } from './draft.js';
import { checkOrder, withoutNotes } from './draft-notes.js';

/** What the search check says of a phrase or a language of an objection of the draft. */
export const SEARCH_NOTE_KINDS = ['few-triggers', 'same-trigger', 'near-trigger', 'found-elsewhere', 'found-nothing'] as const;
export type SearchNoteKind = (typeof SEARCH_NOTE_KINDS)[number];

/** The objection a phrase is confused with. */
export interface OtherObjection {
  readonly id: string;
  readonly title: LocalizedText;
  /** Whether it is a built-in objection, rather than one of the draft's. */
  readonly builtin: boolean;
  /** Its text that matched or resembles the phrase. */
  readonly text: string;
}

/** A finding of `objection-desk lint` about an objection of the draft, at its place in the draft. */
export interface SearchNote {
  readonly kind: SearchNoteKind;
  /** The objection's index in the draft. */
  readonly index: number;
  readonly locale: string;
  /** The form path the note belongs to: the phrase list of `locale`, or one phrase of it. */
  readonly path: string;
  readonly trigger?: string;
  /** For `few-triggers`: how many there are, and how many are asked for. */
  readonly count?: number;
  readonly min?: number;
  readonly other?: OtherObjection;
}

export interface DraftCheck {
  /** Problems of validation and of the checks for authors, their paths at the draft's own places. */
  readonly problems: readonly Problem[];
  readonly omitted: OmittedProblems;
  /** The catalog as the preview widget gets it: no notes, and of a duplicated id the older objection first. */
  readonly catalog: CatalogInput;
  /** The search over the draft as the widget merges it. */
  readonly search: ObjectionSearch;
  /** Objections with too few phrases in a language. */
  readonly notes: readonly SearchNote[];
  /** The draft index of the objection checked for each id: of a duplicated id, the older one. */
  readonly indexOf: ReadonlyMap<string, number>;
}

/** Of the lint's findings on one phrase, the one a marketer is told: what the phrase is confused with first. */
const PRIORITY: readonly SearchNoteKind[] = ['same-trigger', 'found-elsewhere', 'found-nothing', 'near-trigger'];

/**
 * Checks the draft as the widget and the CLI's `validate` would (`validateForAuthors`, and `checkScriptObjections`:
 * a script's answer opening an objection that neither the draft nor, when it extends it, the built-in catalog
 * shows), and tells of each objection whether it has too few phrases in a language. Of objections sharing an id, the one whose id was set last is
 * the one reported and left out (see `checkOrder`), wherever it is in the list. The search check of phrases
 * is {@link lintSelected}'s.
 */
export function checkDraft({ catalog, mode }: Draft, builtin: Catalog | undefined, source: string): DraftCheck {
  const order = checkOrder(catalog.objections);
  const input: CatalogInput = { ...catalog, objections: order.map((index) => withoutNotes(catalog.objections[index]!)) };
  const atDraftPlace = (path: string) => path.replace(/^objections\[(\d+)\]/, (_, k: string) => `objections[${order[Number(k)]}]`);
  const validation = validateForAuthors(input, source, { describePath: atDraftPlace });
  const search = searchCatalogs([validation.catalog], mode === 'extend' ? builtin : undefined);
  const opened = { categories: [], objections: search.catalog.objections, scripts: validation.catalog.scripts };
  // Until the built-in catalog is loaded, a draft extending it cannot tell which objections an answer can open.
  const unknownObjections =
    mode === 'extend' && !builtin
      ? []
      : checkScriptObjections(opened, (script, step, objection) => {
          // At the answer as the draft has it: a script or a step left out of the model shifts the model's indices.
          const at = writtenAnswerOf(input, script.id, step.id, objection);
          return { file: source, path: `scripts[${at.script}].steps[${at.step}].answers[${at.answer}].objection` };
        });
  const problems = [...validation.problems.map((found) => atDraftPlaces(found, atDraftPlace)), ...unknownObjections];
  const indexOf = new Map<string, number>();
  for (const index of order) if (!indexOf.has(catalog.objections[index]!.id)) indexOf.set(catalog.objections[index]!.id, index);
  const notes = fewPhrases(catalog, draftLocales(catalog));
  return { problems, omitted: validation.omitted, catalog: input, search, notes, indexOf };
}

/**
 * `lintCatalog`'s findings on the phrases of the objection at `selected` (the one being edited): a phrase
 * the same as another objection's, one letter away, or that as a query finds another objection first. It
 * tries each phrase as a query, a few milliseconds a phrase: too slow for the whole draft on each pause in
 * typing. None when that objection is not shown (it has errors, or its id is a duplicate).
 */
export function lintSelected({ search, indexOf }: DraftCheck, catalog: CatalogInput, source: string, selected: number): SearchNote[] {
  const selectedId = catalog.objections[selected]?.id;
  if (selectedId === undefined || indexOf.get(selectedId) !== selected || !search.catalog.objections.some((o) => o.source === source && o.id === selectedId)) return [];
  const findings = lintCatalog(search, (objection) => objection.source === source && objection.id === selectedId, { locales: [] });
  return searchNotes(findings, catalog, indexOf, source);
}

/** `found` at the draft's own places: its path, and the first place a duplicate's facts name (see `wording`). */
function atDraftPlaces(found: Problem, atDraftPlace: (path: string) => string): Problem {
  const { wording } = found;
  const named = wording && (wording.key === 'duplicateId' || wording.key === 'duplicateTrigger');
  const args = named ? wording.args.map((arg, i) => (i === 1 ? atDraftPlace(String(arg)) : arg)) : undefined;
  return { ...found, path: atDraftPlace(found.path), ...(args ? { wording: { ...wording, args } as ProblemWording } : {}) };
}

/** Languages in which an objection has some phrases, but fewer than `MIN_TRIGGERS`. */
function fewPhrases(catalog: CatalogInput, locales: readonly string[]): SearchNote[] {
  return catalog.objections.flatMap((objection, index) => {
    if (objection.disabled) return [];
    const triggers = listMap(objection.triggers);
    return locales.flatMap((locale): SearchNote[] => {
      const count = triggers[locale]?.length ?? 0;
      return count > 0 && count < MIN_TRIGGERS ? [{ kind: 'few-triggers', index, locale, path: `objections[${index}].triggers.${locale}`, count, min: MIN_TRIGGERS }] : [];
    });
  });
}

/** The lint's findings on phrases, one per phrase: what it is confused with first. */
function searchNotes(findings: readonly LintFinding[], catalog: CatalogInput, indexOf: ReadonlyMap<string, number>, source: string): SearchNote[] {
  const byPhrase = new Map<string, SearchNote>();
  const notes: SearchNote[] = [];
  for (const finding of findings) {
    const index = indexOf.get(finding.objection.id);
    const locale = finding.locale;
    if (index === undefined || locale === undefined) continue;
    const listPath = `objections[${index}].triggers.${locale}`;
    const trigger = finding.trigger;
    if (trigger === undefined) continue;
    const kind: SearchNoteKind | undefined =
      finding.kind === 'found-elsewhere' ? (finding.other ? 'found-elsewhere' : 'found-nothing') : finding.kind === 'same-trigger' || finding.kind === 'near-trigger' ? finding.kind : undefined;
    // The same phrase twice in the draft is already a warning of the checks for authors.
    if (!kind || (kind === 'same-trigger' && finding.other?.objection.source === source)) continue;
    const other = finding.other && {
      id: finding.other.objection.id,
      title: finding.other.objection.title,
      builtin: finding.other.objection.source !== source,
      text: finding.other.text,
    };
    const phraseIndex = listMap(catalog.objections[index]!.triggers)[locale]?.indexOf(trigger) ?? -1;
    const path = phraseIndex >= 0 ? `${listPath}[${phraseIndex}]` : listPath;
    const key = `${path}\u0000${trigger}`;
    const known = byPhrase.get(key);
    if (known && PRIORITY.indexOf(known.kind) <= PRIORITY.indexOf(kind)) continue;
    const note: SearchNote = { kind, index, locale, path, trigger, ...(other ? { other } : {}) };
    if (known) notes[notes.indexOf(known)] = note;
    else notes.push(note);
    byPhrase.set(key, note);
  }
  // In the order of the phrases, as the form lists them.
  return notes.sort((a, b) => a.path.localeCompare(b.path, undefined, { numeric: true }));
}
