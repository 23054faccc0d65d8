import { html, nothing, type TemplateResult } from 'lit';
import { MIN_TRIGGERS } from '../core/lint.js';
import { localize, type CatalogInput, type ReplyInput } from '../core/index.js';
import { listMap, textMap } from './draft.js';
import type { StudioStrings } from './i18n.js';

/** What an objection has in one language. */
export interface LanguageCoverage {
  readonly title: boolean;
  readonly phrases: number;
  /** Replies (of the objection and its follow-ups) with a text in the language, of `replies`. */
  readonly written: number;
  readonly replies: number;
}

export interface CoverageRow {
  /** The objection's index in the draft. */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly byLocale: Readonly<Record<string, LanguageCoverage>>;
}

/** Per shown objection of the catalog (hidden ones have no texts) and language: title, phrases, replies. */
export function coverageRows(catalog: CatalogInput, locales: readonly string[], nameLocale: string): CoverageRow[] {
  return catalog.objections.flatMap((objection, index): CoverageRow[] => {
    if (objection.disabled) return [];
    const title = textMap(objection.title);
    const replies: ReplyInput[] = [...(objection.replies ?? []), ...(objection.followUps ?? []).flatMap((followUp) => followUp.replies ?? [])];
    const byLocale = Object.fromEntries(
      locales.map((locale): [string, LanguageCoverage] => [
        locale,
        {
          title: Boolean(title[locale]),
          phrases: listMap(objection.triggers)[locale]?.length ?? 0,
          written: replies.filter((reply) => Boolean(textMap(reply.text)[locale])).length,
          replies: replies.length,
        },
      ]),
    );
    return [{ index, id: objection.id, name: localize(title, nameLocale) || objection.id, byLocale }];
  });
}

/** Whether a language of an objection lacks something the widget needs or search asks for. */
const isShort = (cell: LanguageCoverage) => !cell.title || cell.phrases < MIN_TRIGGERS || cell.written < cell.replies;

/**
 * The coverage of every objection at once, a row each and a column per language, behind a summary; a click
 * on an objection opens it in the form.
 */
export function coverageTable(rows: readonly CoverageRow[], locales: readonly string[], strings: StudioStrings, pick: (index: number) => void): TemplateResult {
  return html`<details class="coverage">
    <summary>${strings.coverage}</summary>
    <p class="muted small">${strings.coverageHelp}</p>
    <table class="small">
      <thead>
        <tr>
          <th scope="col">${strings.coverageObjection}</th>
          ${locales.map((locale) => html`<th scope="col">${locale.toUpperCase()}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            <th scope="row"><button type="button" class="quiet" @click=${() => pick(row.index)}>${row.name}</button></th>
            ${locales.map((locale) => {
              const cell = row.byLocale[locale]!;
              return html`<td class=${isShort(cell) ? 'tone-warning' : ''} data-locale=${locale}>
                ${cell.title ? nothing : html`<span>${strings.coverageNoTitle}</span><br />`}
                <span>${strings.coveragePhrases(cell.phrases)}</span><br />
                <span>${strings.coverageReplies(cell.written, cell.replies)}</span>
              </td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>
  </details>`;
}
