import { LINT_MESSAGES as L } from './errors.js';
import { foldForSearch } from './fold.js';
import { missingTexts } from './missing-texts.js';
import { searchedPart } from './searched-text.js';
import type { ObjectionSearch } from './search.js';
import { DEFAULT_CATEGORY, type Locale, type Objection } from './types.js';

/**
 * What makes search ambiguous or blind: `same-trigger`/`near-trigger` (two objections say the same),
 * `found-elsewhere` (a trigger typed as a query finds another objection first), `few-triggers` and
 * `missing-locale` (too few ways to find an objection in a language); `missing-text`, a text without a locale
 * the rest of its objection has (the operator would read another language there); and `untitled-category`,
 * a category no catalog gives a title, which the widget lists as "Other" beside its real other category.
 */
export type LintKind = 'same-trigger' | 'near-trigger' | 'found-elsewhere' | 'few-triggers' | 'missing-locale' | 'missing-text' | 'untitled-category';

export interface LintFinding {
  readonly kind: LintKind;
  /** The objection the finding is about, one of those linted. */
  readonly objection: Objection;
  readonly locale?: Locale;
  readonly trigger?: string;
  /** For `missing-text`: the text's path inside the objection, such as `replies[0].text`. */
  readonly path?: string;
  /** The objection it is confused with, and its phrase that did it. */
  readonly other?: { readonly objection: Objection; readonly text: string };
  /** A sentence about the trigger or the objection, without the objection's id. */
  readonly message: string;
}

export interface LintOptions {
  /** Fewer triggers than this in a locale is a coverage gap (default 3). */
  readonly minTriggers?: number;
  /** Locales every objection should have triggers in; by default those any linted objection has. */
  readonly locales?: readonly Locale[];
}

export const MIN_TRIGGERS = 3;
/**
 * Search forgives about one typo in six letters, so two triggers one edit apart are told apart only when
 * they are shorter than this (for "да" and "до" the one letter is the whole difference).
 */
export const NEAR_TRIGGER_LENGTH = 6;
/**
 * Keys longer than this are compared whole only: a trigger is a phrase (the built-in ones are under 50
 * characters), and the variants of a key one character shorter take its length squared in memory.
 */
const MAX_NEAR_KEY_LENGTH = 200;

interface TriggerEntry {
  readonly objection: Objection;
  readonly locale: Locale;
  readonly trigger: string;
  readonly key: string;
  /** Place in the whole catalog, to report a pair once. */
  readonly order: number;
}

/**
 * Lints the objections `isLinted` picks (a marketer's own) against everything `search` holds (built-ins
 * included, if merged in). Findings are in catalog order.
 *
 * ```ts
 * const search = new ObjectionSearch(mergeCatalogs([builtinCatalog(), mine]));
 * const findings = lintCatalog(search, (objection) => objection.source === mine.source);
 * ```
 */
export function lintCatalog(search: ObjectionSearch, isLinted: (objection: Objection) => boolean, options: LintOptions = {}): LintFinding[] {
  const minTriggers = options.minTriggers ?? MIN_TRIGGERS;
  const entries: TriggerEntry[] = search.catalog.objections.flatMap((objection) =>
    Object.entries(objection.triggers).flatMap(([locale, triggers]) =>
      triggers.map((trigger) => ({ objection, locale, trigger, key: foldForSearch(searchedPart(trigger)) })),
    ),
  ).map((entry, order) => ({ ...entry, order }));
  const entriesOf = new Map<Objection, TriggerEntry[]>();
  for (const entry of entries) {
    const list = entriesOf.get(entry.objection);
    if (list) list.push(entry);
    else entriesOf.set(entry.objection, [entry]);
  }
  const byVariant = new Map<string, TriggerEntry[]>();
  for (const entry of entries) {
    for (const variant of deletionVariants(entry.key)) {
      const list = byVariant.get(variant);
      if (list) list.push(entry);
      else byVariant.set(variant, [entry]);
    }
  }
  const linted = search.catalog.objections.filter(isLinted);
  const locales = options.locales ?? [...new Set(linted.flatMap((objection) => Object.keys(objection.triggers)))];
  const findings: LintFinding[] = [];
  // The widget heads an untitled category "Other", which is right only for the category of that name.
  const titled = new Set([DEFAULT_CATEGORY, ...search.catalog.categories.map((category) => category.id)]);
  for (const objection of linted) {
    for (const entry of entriesOf.get(objection) ?? []) findings.push(...confusions(entry, byVariant, isLinted));
    for (const [locale, triggers] of Object.entries(objection.triggers)) {
      for (const trigger of triggers) {
        const first = search.search(trigger, { limit: 1 })[0];
        if (!first) findings.push({ kind: 'found-elsewhere', objection, locale, trigger, message: L.foundNothing(trigger) });
        else if (first.objection.id !== objection.id) {
          const text = first.match?.text ?? '';
          const other = { objection: first.objection, text };
          findings.push({ kind: 'found-elsewhere', objection, locale, trigger, other, message: L.foundElsewhere(trigger, nameOf(first.objection, objection), text) });
        }
      }
    }
    for (const locale of locales) {
      const count = objection.triggers[locale]?.length ?? 0;
      if (count === 0) findings.push({ kind: 'missing-locale', objection, locale, message: L.missingLocale(locale) });
      else if (count < minTriggers) findings.push({ kind: 'few-triggers', objection, locale, message: L.fewTriggers(count, locale, minTriggers) });
    }
    for (const { path, locale } of missingTexts(objection)) {
      findings.push({ kind: 'missing-text', objection, locale, path, message: L.missingText(path, locale) });
    }
    // Once per category, at its first objection.
    if (!titled.has(objection.category)) {
      titled.add(objection.category);
      findings.push({ kind: 'untitled-category', objection, message: L.untitledCategory(objection.category) });
    }
  }
  return findings;
}

/** Triggers of other objections equal to this one once folded, or one edit away; a pair of linted ones once. */
function confusions(entry: TriggerEntry, byVariant: ReadonlyMap<string, readonly TriggerEntry[]>, isLinted: (o: Objection) => boolean): LintFinding[] {
  const seen = new Set<TriggerEntry>();
  const findings: LintFinding[] = [];
  for (const variant of deletionVariants(entry.key)) {
    for (const other of byVariant.get(variant) ?? []) {
      if (seen.has(other) || other.objection === entry.objection) continue;
      seen.add(other);
      // Between two linted objections, the pair is reported at the later one only.
      if (isLinted(other.objection) && other.order > entry.order) continue;
      const { objection, locale, trigger } = entry;
      const otherSide = { objection: other.objection, text: other.trigger };
      if (other.key === entry.key) {
        findings.push({ kind: 'same-trigger', objection, locale, trigger, other: otherSide, message: L.sameTrigger(trigger, nameOf(other.objection, objection), other.trigger) });
      } else if (Math.max(entry.key.length, other.key.length) >= NEAR_TRIGGER_LENGTH && isOneEditApart(entry.key, other.key)) {
        findings.push({ kind: 'near-trigger', objection, locale, trigger, other: otherSide, message: L.nearTrigger(trigger, nameOf(other.objection, objection), other.trigger) });
      }
    }
  }
  return findings;
}

/**
 * The key and, for keys long enough to be near another (and no longer than a phrase), the key less each one
 * of its characters.
 */
function deletionVariants(key: string): string[] {
  if (key === '') return [];
  if (key.length < NEAR_TRIGGER_LENGTH - 1 || key.length > MAX_NEAR_KEY_LENGTH) return [key];
  const variants = new Set([key]);
  for (let i = 0; i < key.length; i += 1) variants.add(key.slice(0, i) + key.slice(i + 1));
  return [...variants];
}

/** One character changed, added, removed, or two adjacent ones swapped. */
function isOneEditApart(a: string, b: string): boolean {
  if (a.length > b.length) [a, b] = [b, a];
  if (b.length - a.length > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start += 1;
  if (a.length < b.length) return a.slice(start) === b.slice(start + 1);
  if (start === a.length) return false;
  if (a.slice(start + 1) === b.slice(start + 1)) return true;
  return a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
}

/** The other objection's id, with its catalog when that is not the linted one's ("expensive (built-in)"). */
function nameOf(other: Objection, linted: Objection): string {
  return other.source === linted.source ? other.id : `${other.id} (${other.source})`;
}
