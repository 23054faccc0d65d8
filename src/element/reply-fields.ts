import { localize, parseTemplate, placeholderValue, type Locale } from '../core/index.js';
import type { Languages, ReplyBehaviour } from './reply-behaviour.js';
import { replyKey, type ReplyState } from './reply-state.js';
import { placeholderLabel, type PaneTexts } from './templates/pane-text.js';

// What the placeholder fields of the replies do: where Enter and the arrow keys go, and what is said then. Part of
// the opened objection's chunk (objection-pane.ts), so the element's first script leaves it out.

/** Where focus is among the replies: reply `reply`'s field `field` (see {@link fields}), else its copy button. */
export interface ReplyStop {
  readonly reply: number;
  readonly field?: number | undefined;
}

/** The placeholders reply `index` shows a field for (those the context has no value for), one per field, in order. */
export function fields(state: ReplyState, index: number, locale: Locale): string[] {
  const reply = state.replies[index];
  if (!reply) return [];
  return parseTemplate(localize(reply.text, locale)).flatMap((segment) =>
    segment.kind === 'placeholder' && placeholderValue(state.context, segment.name) === undefined ? [segment.name] : [],
  );
}

/** Where an arrow goes from `from`: down (or up) the replies, each reply's fields before its copy button as shown, round the list. */
export function step(state: ReplyState, from: ReplyStop, down: boolean, locale: Locale): ReplyStop {
  const stops = state.replies.flatMap((_, reply): ReplyStop[] => [...fields(state, reply, locale).map((_, field) => ({ reply, field })), { reply }]);
  const at = Math.max(0, stops.findIndex((stop) => stop.reply === from.reply && stop.field === from.field));
  return stops[(at + (down ? 1 : stops.length - 1)) % stops.length]!;
}

/**
 * The first field of reply `index` left empty after field `after` (from the first when there is none, and round to
 * those before it), or undefined when no other field is empty.
 */
export function emptyField(state: ReplyState, index: number, locale: Locale, after = -1): number | undefined {
  const names = fields(state, index, locale);
  for (let step = 1; step <= names.length; step++) {
    const field = (after + step) % names.length;
    if (field !== after && state.typedValue(names[field]!) === '') return field;
  }
  return undefined;
}

/**
 * The field Enter (or a click) sends the operator to, or undefined when it copies the reply. On the reply (`field`
 * undefined): its first empty field, unless the reply's last press sent the operator to one (`asked`), so that a
 * second press copies it as it is. In a field: the next empty one when this one has a value; in an empty field
 * Enter copies the reply as it is.
 */
export function fieldToFill(state: ReplyState, index: number, locale: Locale, field: number | undefined, asked: boolean): number | undefined {
  if (field === undefined) return asked ? undefined : emptyField(state, index, locale);
  const name = fields(state, index, locale)[field];
  return name !== undefined && state.typedValue(name) !== '' ? emptyField(state, index, locale, field) : undefined;
}

/** Moves focus for an arrow key (through the replies and their fields), Home or End pressed on `target`. */
export function moveFrom(replies: ReplyBehaviour, target: HTMLElement, key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End', { tag }: Languages): void {
  const { state } = replies;
  const { reply, field } = target.dataset;
  const from = { reply: reply === undefined ? state.active : Number(reply), field: field === undefined ? undefined : Number(field) };
  replies.go(key === 'Home' || key === 'End' ? { reply: state.moved(key) } : step(state, from, key === 'ArrowDown', tag));
}

/**
 * Enter or a click on reply `index`, or Enter in its field `field`: goes to the field {@link fieldToFill} names and
 * says what it is for, else copies the reply, saying what it was copied without.
 */
export function pressed(replies: ReplyBehaviour, index: number, { tag }: Languages, strings: PaneTexts, field?: number): Promise<boolean> | true {
  const { state } = replies;
  const reply = state.replies[index];
  const key = state.opened && reply && replyKey(state.opened.id, reply.id);
  const empty = fieldToFill(state, index, tag, field, state.asked === key);
  if (empty === undefined) {
    state.asked = undefined;
    return replies.copy(index, tag, (unfilled) => strings.copiedWithout(unfilled.map((name) => placeholderLabel(strings, name)).join(', ')));
  }
  state.asked = key;
  replies.go({ reply: index, field: empty });
  replies.announce(strings.fillIn(placeholderLabel(strings, fields(state, index, tag)[empty]!)));
  return true;
}
