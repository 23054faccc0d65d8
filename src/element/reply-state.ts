import { contextFit, fittingFirst, localize, missingPlaceholders, type ContextFit, type Locale, type Objection, type PlaceholderValues, type Reply } from '../core/index.js';
import type { CopyOutcome } from '../ui/copy-controller.js';
import { TypedValues } from './typed-values.js';

/** The fewest "Worked" / "Did not work" marks a reply needs before `learn` orders it by them. */
export const LEARN_MIN_MARKS = 20;

/** A reply's marks in the local call log: how many, and how many of them "Worked". */
export interface ReplyMarks {
  readonly worked: number;
  readonly count: number;
}

/** How a reply is named in a copy outcome: its objection's id and its own. */
export const replyKey = (objectionId: string, replyId: string) => `${objectionId}/${replyId}`;

/** The outcome of the last copy, shown on the reply it was for. */
export interface ReplyCopy extends CopyOutcome {
  /** The reply copied, as {@link replyKey} names it. */
  readonly key: string;
  /** What the status line says of the placeholders left empty (`Copied without: product`); empty when none was. */
  readonly left: string;
  /** The text to copy by hand when the clipboard refused. */
  readonly text: string;
}

/**
 * The opened objection and what the operator does with its replies: the active reply, and the values typed
 * for placeholders the context leaves empty (kept by the element's {@link TypedValues}, which the results use
 * too). No DOM: the element renders it, and Node tests drive it.
 */
export class ReplyState {
  opened: Objection | undefined;
  /** The index of the active reply in `replies`. */
  active = 0;
  /** The reply (as {@link replyKey} names it) whose press sent the operator to an empty field: pressed again, it is copied. */
  asked: string | undefined;
  /** The context's values and the typed ones. */
  readonly typed: TypedValues;
  /**
   * With the `learn` attribute, the marks of the replies in the local log, by {@link replyKey}: a reply with
   * {@link LEARN_MIN_MARKS} or more is ordered by its share of "Worked" (see {@link learned}).
   */
  rates: ReadonlyMap<string, ReplyMarks> | undefined;
  #indexes = new Map<Reply, number>();
  #replies: readonly Reply[] = [];
  #groups: ReadonlyArray<readonly Reply[]> = [];
  /** The context the replies were put in order for. */
  #arrangedFor: PlaceholderValues | undefined;
  /** {@link hasUnfilled}'s answer, until the objection or the context change. */
  #unfilled: { readonly locale: Locale; readonly context: PlaceholderValues; readonly value: boolean } | undefined;

  /** `typed` is the element's, shared with its results; by default the state has its own. */
  constructor(typed = new TypedValues()) {
    this.typed = typed;
  }

  /** The context as it was when assigned (see {@link TypedValues.setContext}). */
  get context(): PlaceholderValues {
    return this.typed.context;
  }

  /** Context values, completed with what the operator typed for the placeholders the context leaves unfilled. */
  get values(): PlaceholderValues {
    return this.typed.values;
  }

  /** Takes the `context` property's value; anything but a JSON object counts as no values. */
  setContext(context: unknown): void {
    this.typed.setContext(context);
  }

  /** Records what the operator typed for placeholder `name`; an empty field forgets it. */
  type(name: string, value: string): void {
    this.typed.type(name, value);
  }

  /** What the operator typed for placeholder `name`, or the empty string. */
  typedValue(name: string): string {
    return this.typed.typedValue(name);
  }

  /**
   * The opened objection's replies in the order the arrow keys move through them: its own, then each follow-up's;
   * in each part, those that fit the call (see {@link fit}) first.
   */
  get replies(): readonly Reply[] {
    this.#arrange();
    return this.#replies;
  }

  /** {@link replies} in their parts, as shown: the objection's own, then each follow-up's. */
  get groups(): ReadonlyArray<readonly Reply[]> {
    this.#arrange();
    return this.#groups;
  }

  /** Shows `objection`, or its fresh copy after the catalogs changed; the active reply stays where it can. */
  show(objection: Objection): void {
    this.opened = objection;
    this.#arrange(true);
    this.#unfilled = undefined;
    this.asked = undefined;
    this.active = Math.min(this.active, this.#replies.length - 1);
  }

  close(): void {
    this.opened = undefined;
    this.#replies = [];
    this.#groups = [];
    this.#indexes.clear();
    this.#unfilled = undefined;
  }

  /** `reply`'s marks in the local log when `learn` orders it by them; undefined for a reply with fewer. */
  learned(reply: Reply): ReplyMarks | undefined {
    const marks = this.opened && this.rates?.get(replyKey(this.opened.id, reply.id));
    return marks && marks.count >= LEARN_MIN_MARKS ? marks : undefined;
  }

  /** How `reply`'s `when` meets what the call knows now: the context, and what the operator typed. */
  fit(reply: Reply): ContextFit {
    return contextFit(reply.when, this.values);
  }

  /**
   * Puts the replies that fit the call first, when the objection is shown or the context changed; what the operator
   * types changes the marks at once (see {@link fit}), not the order, so that no reply moves while being filled in.
   */
  #arrange(again = false): void {
    const { opened, context } = this;
    if (!opened || (!again && this.#arrangedFor === context)) return;
    const active = this.#replies[this.active];
    const { values } = this;
    // Among those that fit, and among the others, the replies with enough marks come first, the most successful
    // first; the rest keep the catalog's order (a stable sort). Search ranking never changes.
    const share = (reply: Reply) => {
      const marks = this.learned(reply);
      return marks ? marks.worked / marks.count : -1;
    };
    const fit = (reply: Reply) => (this.fit(reply).fits ? 0 : 1);
    const order = (replies: readonly Reply[]) => (this.rates ? [...replies].sort((a, b) => fit(a) - fit(b) || share(b) - share(a)) : fittingFirst(replies, values));
    this.#groups = [order(opened.replies), ...opened.followUps.map((followUp) => order(followUp.replies))];
    this.#replies = this.#groups.flat();
    this.#indexes = new Map(this.#replies.map((reply, index) => [reply, index]));
    this.#arrangedFor = context;
    // The same reply stays active when the context moved it.
    const index = active && this.#indexes.get(active);
    if (index !== undefined) this.active = index;
  }

  /** The reply a key moves to from the active one: the arrows go round the list, Home and End to its ends. */
  moved(key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End'): number {
    const count = this.replies.length;
    if (key === 'Home') return 0;
    if (key === 'End') return count - 1;
    return (this.active + (key === 'ArrowDown' ? 1 : count - 1)) % count;
  }

  /** The position of `reply` of the opened objection in `replies`. */
  indexOf(reply: Reply): number {
    return this.#indexes.get(reply) ?? -1;
  }

  /** Some reply of the opened objection has a placeholder the context has no value for. */
  hasUnfilled(locale: Locale): boolean {
    const { context } = this;
    if (this.#unfilled?.locale !== locale || this.#unfilled.context !== context) {
      const value = this.replies.some((reply) => missingPlaceholders(localize(reply.text, locale), context).length > 0);
      this.#unfilled = { locale, context, value };
    }
    return this.#unfilled.value;
  }
}
