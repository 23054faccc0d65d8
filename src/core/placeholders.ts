import { visibleText } from './visible-text.js';

/** Placeholders the built-in replies and call scripts use; catalogs may use others, which the validator only warns about. */
export const KNOWN_PLACEHOLDERS = [
  'clientName',
  'storeName',
  'managerName',
  'city',
  'years',
  'partners',
  'deliveryDays',
  'expressDays',
  'orderNumber',
  'productName',
  'officeAddress',
  'priceFrom',
  'priceTo',
  'loyaltyDiscount',
  // Known once the customer has the loyalty card (its number): the card's offers are for those who have none.
  'loyaltyCard',
  // The store's own terms, so that no reply states a policy the store may not have.
  'paymentOptions',
  'warehouseCity',
  'orderDiscount',
  // What an order call reads aloud (objections/scripts.json).
  'orderTotal',
  'deliveryDate',
  'deliveryTime',
  'deliveryAddress',
  'paymentMethod',
  'analogName',
] as const;

/** Values for placeholders, such as `{ clientName: 'Анна' }`; the element's `context`. */
export type PlaceholderValues = Readonly<Record<string, unknown>>;

/** A piece of a reply: literal text, or a `{name}` placeholder. */
export type TemplateSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'placeholder'; readonly name: string };

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** Splits a reply into text and placeholders; braces that do not form `{name}` stay text. */
export function parseTemplate(template: string): TemplateSegment[] {
  const segments: TemplateSegment[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) segments.push({ kind: 'text', text: template.slice(last, match.index) });
    segments.push({ kind: 'placeholder', name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) segments.push({ kind: 'text', text: template.slice(last) });
  return segments;
}

/**
 * The value to put in place of `{name}`, or `undefined` when there is none. Only own string and number
 * properties count, so `{constructor}` never reaches `Object.prototype`. A string is taken as it is seen,
 * without invisible characters (see `stripInvisible`): context values come from CRM fields a customer typed,
 * and a name ending in U+202E would reverse the rest of the reply.
 */
export function placeholderValue(values: PlaceholderValues, name: string): string | undefined {
  if (!Object.hasOwn(values, name)) return undefined;
  const value = values[name];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const visible = visibleText(value);
  return visible.trim() === '' ? undefined : visible;
}

/** The reply with every placeholder that has a value filled in; the others stay as `{name}`. */
export function fillTemplate(template: string, values: PlaceholderValues): string {
  return parseTemplate(template)
    .map((segment) =>
      segment.kind === 'text' ? segment.text : (placeholderValue(values, segment.name) ?? `{${segment.name}}`),
    )
    .join('');
}

/** Names of the placeholders in `template` that `values` leaves unfilled, in order of appearance, once each. */
export function missingPlaceholders(template: string, values: PlaceholderValues): string[] {
  const missing = new Set<string>();
  for (const segment of parseTemplate(template)) {
    if (segment.kind === 'placeholder' && placeholderValue(values, segment.name) === undefined) missing.add(segment.name);
  }
  return [...missing];
}

/** True when the text has a `{` or `}` that is not part of a `{name}` placeholder. */
export function hasStrayBrace(template: string): boolean {
  return parseTemplate(template).some((s) => s.kind === 'text' && /[{}]/.test(s.text));
}

/**
 * Like {@link fillTemplate}, also moving `ranges` of the template to the same words of the filled text (a
 * range touching a placeholder covers its whole value), so a matched reply can be previewed filled in.
 *
 * ```ts
 * fillTemplateRanges('{clientName}, дорого?', { clientName: 'Анна' }, [[14, 20]]);
 * // { text: 'Анна, дорого?', ranges: [[6, 12]] }
 * ```
 */
export function fillTemplateRanges(
  template: string,
  values: PlaceholderValues,
  ranges: ReadonlyArray<readonly [number, number]>,
): { text: string; ranges: Array<[number, number]> } {
  // For each segment: where it was in the template and where it is in the filled text.
  const spans: Array<{ from: number; to: number; filledFrom: number; filledTo: number; isText: boolean }> = [];
  let text = '';
  let from = 0;
  for (const segment of parseTemplate(template)) {
    const original = segment.kind === 'text' ? segment.text : `{${segment.name}}`;
    const filled = segment.kind === 'text' ? segment.text : (placeholderValue(values, segment.name) ?? original);
    spans.push({ from, to: from + original.length, filledFrom: text.length, filledTo: text.length + filled.length, isText: segment.kind === 'text' });
    text += filled;
    from += original.length;
  }
  const move = (index: number, edge: 'start' | 'end'): number => {
    const span = spans.find((s) => (edge === 'start' ? index < s.to : index <= s.to)) ?? spans[spans.length - 1];
    if (!span) return 0;
    if (span.isText) return span.filledFrom + (index - span.from);
    return edge === 'start' ? span.filledFrom : span.filledTo;
  };
  return { text, ranges: ranges.map(([start, end]) => [move(start, 'start'), move(end, 'end')]) };
}
