import { isJsonObject } from '../core/json-object.js';
import { placeholderValue, type PlaceholderValues } from '../core/index.js';

/**
 * The values that fill the replies' placeholders: the context's, and what the operator typed for the placeholders
 * the context leaves empty. One typed value fills that placeholder in every reply of every objection for the call.
 * In the first script: the results show reply texts filled with them before the opened objection's code loads.
 */
export class TypedValues {
  /** The context as it was when assigned: copying and showing agree even if the page changes the object later. */
  context: PlaceholderValues = {};
  /** What the operator typed, by placeholder name. */
  readonly #typed = new Map<string, string>();
  /** {@link values}, made once per change of the context or of what was typed. */
  #values: PlaceholderValues | undefined;

  /** Takes the `context` property's value; anything but a JSON object counts as no values. */
  setContext(context: unknown): void {
    this.context = isJsonObject(context) ? { ...context } : {};
    this.#values = undefined;
  }

  /** Records what the operator typed for placeholder `name`; an empty field forgets it. */
  type(name: string, value: string): void {
    if (value === '') this.#typed.delete(name);
    else this.#typed.set(name, value);
    this.#values = undefined;
  }

  /** Forgets every value the operator typed: a new call. */
  forgetTyped(): void {
    this.#typed.clear();
    this.#values = undefined;
  }

  /** What the operator typed for placeholder `name`, or the empty string. */
  typedValue(name: string): string {
    return this.#typed.get(name) ?? '';
  }

  /** Context values, completed with what the operator typed for the placeholders the context leaves unfilled. */
  get values(): PlaceholderValues {
    if (this.#values) return this.#values;
    const values: Record<string, unknown> = { ...this.context };
    for (const [name, value] of this.#typed) {
      if (placeholderValue(this.context, name) === undefined) values[name] = value;
    }
    return (this.#values = values);
  }
}
