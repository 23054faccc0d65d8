import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { localize, parseTemplate, placeholderValue, type LocalizedText, type Objection, type Reply } from '../../core/index.js';
import { copyShortcut } from '../../ui/clipboard.js';
import { replyKey, type ReplyCopy } from '../reply-state.js';
import type { ObjectionView } from './desk-view.js';
import { CHECK_ICON, COPY_ICON } from './icons.js';
import { fitNote, placeholderLabel } from './pane-text.js';

/** The opened objection: its replies with their fields and copy buttons, follow-ups and tips. */
export function renderObjection(objection: Objection, view: ObjectionView): TemplateResult {
  const { strings, textLocale: locale } = view;
  return html`
    <article part="objection" class="objection" aria-labelledby="objection-title">
      <div class="objection-header">
        <button part="back-button" class="back-button" type="button" @click=${view.onBack}>
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M10 3.5 5.5 8l4.5 4.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" /></svg>
          ${strings.back}
        </button>
        <button
          part="pin-button"
          class="pin-button"
          type="button"
          aria-pressed=${view.pins.pinned.includes(objection.id) ? 'true' : 'false'}
          @click=${() => view.pins.toggle(objection.id)}
        >
          ${strings.pin}
        </button>
        <span class="chip">${view.categoryTitle(objection.category)}</span>
      </div>
      <h2 id="objection-title" class="objection-title">${localize(objection.title, locale)}</h2>
      <section class="section" aria-labelledby="replies-heading">
        <h3 id="replies-heading" class="section-heading">${strings.replies}</h3>
        ${view.replies.hasUnfilled(locale) ? html`<p class="unfilled-note">${strings.unfilledNote}</p>` : nothing}
        <ul class="replies">${view.replies.groups[0]?.map((reply) => renderReply(objection, reply, view))}</ul>
        <button part="missing-button" class="copy-button missing-button" type="button" @click=${view.onGap}>${strings.noAnswer}</button>
      </section>
      ${objection.followUps.map(
        (followUp, index) => html`
          <section part="follow-up" class="section follow-up" aria-labelledby="follow-up-${index}">
            <h3 id="follow-up-${index}" class="section-heading follow-up-heading">
              ${strings.ifCustomerSays(localize(followUp.customer, locale))}
            </h3>
            <ul class="replies">${view.replies.groups[index + 1]?.map((reply) => renderReply(objection, reply, view))}</ul>
          </section>
        `,
      )}
      ${objection.tips.length > 0
        ? html`
            <section class="section tips" aria-labelledby="tips-heading">
              <h3 id="tips-heading" class="section-heading">${strings.tips}</h3>
              <ul class="tip-list">
                ${objection.tips.map((tip) => html`<li part="tip" class="tip">${localize(tip, locale)}</li>`)}
              </ul>
            </section>
          `
        : nothing}
    </article>
  `;
}

function renderReply(objection: Objection, reply: Reply, view: ObjectionView): TemplateResult {
  const { strings } = view;
  const index = view.replies.indexOf(reply);
  const key = replyKey(objection.id, reply.id);
  const active = index === view.replies.active;
  const state = view.copied?.key === key ? view.copied : undefined;
  const textId = `reply-text-${index}`;
  // A reply meant for a call that knows more (or less) stays copyable, after those that fit, marked with why.
  const fit = fitNote(strings, view.replies.fit(reply));
  const learned = view.replies.learned(reply);
  return html`
    <li part="reply" class="reply ${active ? 'active' : ''} ${state?.copied ? 'copied' : ''} ${fit ? 'unfit' : ''}">
      ${fit ? html`<p part="reply-fit" class="reply-fit" id="reply-fit-${index}">${fit}</p>` : nothing}
      ${reply.short ? html`<p part="short" class="reply-short" data-reply=${index} @click=${view.onReplyTextClick}>${renderTemplate(reply.short, index, active, view, true)}</p>` : nothing}
      <p id=${textId} class="reply-text" data-reply=${index} @click=${view.onReplyTextClick}>${renderTemplate(reply.text, index, active, view)}</p>
      <div class="reply-footer">
        ${learned ? html`<span part="success-rate" class="success-rate">${strings.successRate(Math.round((learned.worked / learned.count) * 100), learned.count)}</span>` : nothing}
        ${state ? html`<span class="reply-status ${state.left || !state.copied ? 'warning' : ''}">${statusText(state, view)}</span>` : nothing}
        ${view.marks?.key === key ? renderMarks(view) : nothing}
        <button
          part="copy-button"
          class="copy-button"
          type="button"
          tabindex=${active ? '0' : '-1'}
          aria-describedby=${fit ? `${textId} reply-fit-${index}` : textId}
          data-reply=${index}
          @click=${view.onCopyClick}
        >
          ${state?.copied ? CHECK_ICON : COPY_ICON}${state?.copied ? strings.copied : strings.copy}
        </button>
      </div>
      ${state && !state.copied
        ? html`<textarea class="manual-copy" readonly rows="3" aria-label=${strings.copyFailed(copyShortcut())} .value=${state.text}></textarea>`
        : nothing}
    </li>
  `;
}

/** The copied reply's marks: "Worked" (+) and "Did not work" (-), the chosen one pressed; skipping them costs nothing. */
function renderMarks({ strings, marks, onOutcomeClick }: ObjectionView): TemplateResult {
  const mark = (outcome: 'worked' | 'failed', text: string) =>
    html`<button
      part="outcome-button"
      class="outcome-button"
      type="button"
      aria-pressed=${marks?.outcome === outcome ? 'true' : 'false'}
      data-outcome=${outcome}
      @click=${onOutcomeClick}
    >
      ${text}
    </button>`;
  return html`<span class="outcome-marks" role="group" aria-label=${strings.outcomeLabel}>${mark('worked', strings.worked)}${mark('failed', strings.notWorked)}</span>`;
}

function statusText(state: ReplyCopy, { strings }: ObjectionView): string {
  if (!state.copied) return strings.copyFailed(copyShortcut());
  return state.left;
}

/**
 * A reply's text with context values in place and a field for each placeholder the context has no value for; a
 * field is a textarea, so that a long value wraps inside the reply (growing in height) instead of widening it. Its
 * `short` line has no fields: it shows what was typed in the text's, and a placeholder without a value as its name
 * in braces, as a copy would leave it.
 */
export function renderTemplate(
  text: LocalizedText,
  index: number,
  active: boolean,
  { strings, textLocale, replies, onPlaceholderInput }: Pick<ObjectionView, 'strings' | 'textLocale' | 'replies' | 'onPlaceholderInput'>,
  short?: boolean,
): Array<string | TemplateResult> {
  let field = 0;
  return parseTemplate(localize(text, textLocale)).map((segment) => {
    if (segment.kind === 'text') return segment.text;
    const label = placeholderLabel(strings, segment.name);
    const value = placeholderValue(short ? replies.values : replies.context, segment.name);
    // Isolated, so that a value in another direction (an Arabic name) cannot reorder the reply around it.
    if (value !== undefined) return html`<bdi class="filled" title=${label}>${value}</bdi>`;
    if (short) return `{${label}}`;
    // Only the active reply's fields are Tab stops, like its copy button; the arrows reach every field.
    return html`<textarea
      part="placeholder"
      class="placeholder"
      rows="1"
      autocomplete="off"
      spellcheck="false"
      tabindex=${active ? '0' : '-1'}
      placeholder=${label}
      aria-label=${label}
      data-reply=${index}
      data-field=${field++}
      data-name=${segment.name}
      .value=${live(replies.typedValue(segment.name))}
      @input=${onPlaceholderInput}
    ></textarea>`;
  });
}
