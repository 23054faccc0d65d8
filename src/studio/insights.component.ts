import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GapGroup, ObjectionOutcomes, ReplyOutcomes, SuccessRate } from '../core/index.js';
import { emit } from '../ui/emit.js';
import { WITHIN_STUDIO } from './events.js';
import type { InsightsStrings } from './insights-strings.js';
import { insightsStyles } from './insights.styles.js';
import { bySuccess, readLogs, type InsightNames, type InsightsOrder, type LoadedLogs } from './insights.js';
import { baseStyles } from './studio-base.styles.js';

/** Detail of `gap-objection`: a group of gap queries the marketer wants an objection made of. */
export interface GapObjectionDetail {
  readonly group: GapGroup;
}

declare global {
  interface HTMLElementEventMap {
    /** "Create an objection from these" was pressed on a group of the Insights tab (dispatched `WITHIN_STUDIO`). */
    'gap-objection': CustomEvent<GapObjectionDetail>;
  }
}

/**
 * The Insights tab: the marketer drops or picks call logs operators exported from the widget (`.jsonl`), and
 * reads per objection and per reply how often it was used and how often it worked, how call scripts ended,
 * and the queries operators found no answer for, grouped, each group with a button that makes an objection of it.
 */
export class InsightsPanel extends LitElement {
  static override styles = [baseStyles, insightsStyles];

  @property({ attribute: false }) strings!: InsightsStrings;
  /** The titles of objections and the texts of replies by their ids, when the draft or the built-ins have them. */
  @property({ attribute: false }) names: InsightNames = { title: () => undefined, reply: () => undefined };

  @state() private logs: LoadedLogs | undefined;
  @state() private order: InsightsOrder = 'uses';
  @state() private dragging = false;
  /** The title of the objection last made from a group, said in a status line. */
  @state() private created: string | undefined;

  override render(): TemplateResult {
    const { strings, logs } = this;
    return html`<p class="intro muted">${strings.intro}</p>
      <div
        class="drop-zone ${this.dragging ? 'dragging' : ''}"
        @dragover=${this.#handleDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.#handleDrop}
      >
        <button type="button" class="primary" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#log-files')!.click()}>${strings.pickLogs}</button>
        <input id="log-files" class="visually-hidden" type="file" multiple accept=".jsonl,.ndjson,.json,.txt" tabindex="-1" aria-label=${strings.pickLogs} @change=${this.#handlePick} />
        <span class="muted">${strings.dropLogs}</span>
        ${logs ? html`<button type="button" @click=${() => this.#clear()}>${strings.clear}</button>` : nothing}
      </div>
      <p class="status" role="status">${logs ? this.#summary(logs) : nothing}${this.created ? html` ${strings.created(this.created)}` : nothing}</p>
      ${logs ? this.#problems(logs) : nothing} ${logs && logs.report.records > 0 ? this.#tables(logs) : nothing}`;
  }

  #summary({ files, report }: LoadedLogs): string {
    return report.records === 0 ? this.strings.noRecords : this.strings.summary(files.length, report.records, report.calls);
  }

  #problems({ problems }: LoadedLogs): TemplateResult | typeof nothing {
    if (problems.length === 0) return nothing;
    return html`<details class="log-problems">
      <summary>${this.strings.problems(problems.length)}</summary>
      <ul>
        ${problems.map((found) => html`<li><code>${found.source}:${found.line}</code> ${this.strings.problem(found.code, found.detail ?? '')}</li>`)}
      </ul>
    </details>`;
  }

  #tables({ report }: LoadedLogs): TemplateResult {
    const { strings } = this;
    const c = strings.columns;
    const ordered = <T extends SuccessRate>(rows: readonly T[]) => (this.order === 'success' ? bySuccess(rows) : rows);
    return html`<div class="order" role="group" aria-labelledby="order-label">
        <span id="order-label" class="muted">${strings.orderBy}</span>
        ${(['uses', 'success'] as const).map(
          (order) => html`<button type="button" aria-pressed=${this.order === order ? 'true' : 'false'} @click=${() => (this.order = order)}>${strings.orders[order]}</button>`,
        )}
      </div>
      ${this.#section('objections', strings.objections, report.objections.length, () =>
        this.#table(
          [c.objection, c.opens, c.copies, c.worked, c.failed, c.success, c.detected, c.openedAfter],
          ordered(report.objections).map((o: ObjectionOutcomes) => [
            this.#objectionCell(o.objectionId),
            o.opens,
            o.copies,
            o.worked,
            o.failed,
            this.#rate(o),
            o.detected,
            o.openedAfterDetection,
          ]),
        ),
      )}
      ${this.#section('replies', strings.replies, report.replies.length, () =>
        this.#table(
          [c.objection, c.reply, c.copies, c.worked, c.failed, c.success],
          ordered(report.replies).map((r: ReplyOutcomes) => [this.#objectionCell(r.objectionId), this.#replyCell(r), r.copies, r.worked, r.failed, this.#rate(r)]),
        ),
      )}
      ${this.#section('scripts', strings.scripts, report.scripts.length, () =>
        this.#table(
          [c.script, c.ends, c.outcomes],
          report.scripts.map((s) => [html`<code>${s.scriptId}</code>`, s.ends, s.outcomes.map((o) => `${o.outcome} ${o.count}`).join(', ')]),
        ),
      )}
      ${this.#section('gaps', strings.gaps, report.gaps.length, () => this.#gaps(report.gaps))}`;
  }

  #section(id: string, heading: string, rows: number, body: () => TemplateResult): TemplateResult {
    return html`<section class="insights-section" aria-labelledby="${id}-heading">
      <h2 id="${id}-heading">${heading}</h2>
      ${rows === 0 ? html`<p class="muted">${this.strings.none}</p>` : body()}
    </section>`;
  }

  #table(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<TemplateResult | string | number>>): TemplateResult {
    return html`<table>
      <thead>
        <tr>
          ${header.map((name, index) => html`<th scope="col" class=${typeof rows[0]?.[index] === 'number' ? 'number' : ''}>${name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            ${row.map((cell, index) => (index === 0 ? html`<th scope="row">${cell}</th>` : html`<td class=${typeof cell === 'number' ? 'number' : ''}>${cell}</td>`))}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #objectionCell(id: string): TemplateResult {
    const title = this.names.title(id);
    return title ? html`${title} <code class="muted">${id}</code>` : html`<code>${id}</code>`;
  }

  /** The start of the reply's text, its id under it; the id alone for a reply the catalogs do not have. */
  #replyCell({ objectionId, replyId }: ReplyOutcomes): TemplateResult {
    const reply = this.names.reply(objectionId, replyId);
    return reply
      ? html`<span class="reply-text" lang=${reply.locale}>${reply.text}</span> <code class="muted reply-id">${replyId}</code>`
      : html`<code>${replyId}</code>`;
  }

  #rate({ rate, n }: SuccessRate): TemplateResult {
    return rate === undefined
      ? html`<span class="muted">${this.strings.noMarks}</span>`
      : html`<span class="rate"><meter min="0" max="1" .value=${rate} aria-hidden="true"></meter> ${this.strings.successOf(Math.round(rate * 100), n)}</span>`;
  }

  #gaps(groups: readonly GapGroup[]): TemplateResult {
    const { strings } = this;
    return html`<p class="muted small">${strings.gapsHelp}</p>
      <ul class="gap-groups">
        ${groups.map(
          (group, index) => html`<li class="gap-group" aria-labelledby="gap-${index}">
            <h3 id="gap-${index}" lang=${group.locale}>${group.title}</h3>
            <p class="muted small">${strings.gapCount(group.count, group.calls.length)}</p>
            <ul class="gap-queries">
              ${group.queries.map((query) => html`<li lang=${query.locale}>${query.query} <span class="muted">× ${query.count}</span></li>`)}
            </ul>
            <button type="button" aria-describedby="gap-${index}" @click=${() => this.#create(group)}>${strings.createObjection}</button>
          </li>`,
        )}
      </ul>`;
  }

  #create(group: GapGroup): void {
    this.created = group.title;
    emit(this, 'gap-objection', { group }, WITHIN_STUDIO);
  }

  /** The texts of the logs given, by file name: logs given later add to them, a file given again replaces its text. */
  readonly #texts = new Map<string, string>();

  async #read(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    for (const file of files) this.#texts.set(file.name, await file.text().catch(() => ''));
    this.logs = readLogs([...this.#texts].map(([name, text]) => ({ name, text })));
    this.created = undefined;
  }

  #clear(): void {
    this.#texts.clear();
    this.logs = undefined;
    this.created = undefined;
  }

  #handlePick = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // The same file may be given again after it is exported anew.
    input.value = '';
    void this.#read(files);
  };

  #handleDragOver = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = true;
  };

  #handleDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    void this.#read([...(event.dataTransfer?.files ?? [])]);
  };
}
