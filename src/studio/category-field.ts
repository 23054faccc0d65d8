import { html, nothing, type TemplateResult } from 'lit';
import { DEFAULT_CATEGORY, foldForSearch, idSlug, localize, type Catalog, type CatalogInput } from '../core/index.js';
import { textMap } from './draft.js';
import type { StudioStrings } from './i18n.js';

/** The choice of the category menu that asks for a new one's name. */
const NEW_CATEGORY = ' new';

export interface CategoryFieldOptions {
  readonly strings: StudioStrings;
  /** The `id` of the menu, which its label names. */
  readonly controlId: string;
  readonly path: string;
  /** The objection's category; `undefined` for the default one. */
  readonly value: string | undefined;
  /** The categories to offer, by id, with their names in the marketer's language, built-in ones first. */
  readonly names: ReadonlyMap<string, string>;
  /** Whether the name of a new category is being asked for. */
  readonly creating: boolean;
  readonly onCreating: (creating: boolean) => void;
  /** The objection's category was chosen; `undefined` for the default one. */
  readonly onChoose: (id: string | undefined) => void;
  /** A new category was named; its code is made from the name. */
  readonly onCreate: (id: string, name: string) => void;
  /** Problems shown under the field. */
  readonly problems: TemplateResult | typeof nothing;
}

/** The categories a menu offers, by id, named in `locale`: `builtin` ones first, then the draft's own (by code while untitled). */
export function categoryNames(builtin: Catalog['categories'], own: NonNullable<CatalogInput['categories']>, locale: string): Map<string, string> {
  const names = new Map(builtin.map((category) => [category.id, localize(category.title, locale)]));
  for (const [id, category] of Object.entries(own)) names.set(id, localize(textMap(category.title), locale) || names.get(id) || id);
  return names;
}

/**
 * A category's code made from its name, in latin letters (`Оплата` → `oplata`), none of `taken`: the marketer
 * names a category and never types a code.
 */
export function categoryCode(name: string, taken: Iterable<string>): string {
  // Search's folding transliterates, but also merges spelling variants: a latin name is kept as written.
  const latin = /^[\x20-\x7e]*$/.test(name) ? name : foldForSearch(name);
  const base = idSlug(latin.replace(/\s+/g, '-')) || 'category';
  const used = new Set(taken);
  let code = base;
  for (let n = 2; used.has(code); n += 1) code = `${base}-${n}`;
  return code;
}

/** The category menu: "Other", the catalog's categories by their names, and "New category…", which asks for a name. */
export function categoryField(options: CategoryFieldOptions): TemplateResult {
  const { strings, value } = options;
  const current = value ?? DEFAULT_CATEGORY;
  const names = new Map(options.names);
  // A category of a file opened, that nothing names, is still offered by its code.
  if (current !== DEFAULT_CATEGORY && !names.has(current)) names.set(current, current);
  names.delete(DEFAULT_CATEGORY);
  const choose = (event: Event) => {
    const chosen = (event.target as HTMLSelectElement).value;
    if (chosen === NEW_CATEGORY) options.onCreating(true);
    else options.onChoose(chosen === DEFAULT_CATEGORY ? undefined : chosen);
  };
  const create = (form: HTMLElement) => {
    const input = form.querySelector('input')!;
    const name = input.value.trim();
    if (name) options.onCreate(categoryCode(name, [...names.keys(), DEFAULT_CATEGORY]), name);
  };
  return html`<div class="field">
    <label for=${options.controlId}>${strings.fields.category}</label>
    <select id=${options.controlId} data-path=${options.path} @change=${choose}>
      <option value=${DEFAULT_CATEGORY} ?selected=${current === DEFAULT_CATEGORY && !options.creating}>${strings.otherCategory}</option>
      ${[...names].map(([id, name]) => html`<option value=${id} ?selected=${id === current && !options.creating}>${name}</option>`)}
      <option value=${NEW_CATEGORY} ?selected=${options.creating}>${strings.newCategory}</option>
    </select>
    ${options.creating
      ? html`<div class="new-category" role="group" aria-label=${strings.newCategoryName}
          @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && (event.preventDefault(), create(event.currentTarget as HTMLElement))}>
          <input type="text" aria-label=${strings.newCategoryName} placeholder=${strings.newCategoryName} />
          <button type="button" @click=${(event: Event) => create((event.target as HTMLElement).parentElement!)}>${strings.createCategory}</button>
          <button type="button" class="quiet" @click=${() => options.onCreating(false)}>${strings.cancel}</button>
        </div>`
      : nothing}
    <p class="help">${strings.categoryChoiceHelp}</p>
    ${options.problems}
  </div>`;
}
