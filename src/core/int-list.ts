/**
 * A list of small non-negative integers that keeps its memory when emptied. The search fills and empties a
 * few such lists on every keystroke, thousands of items each in a big catalog; an array emptied with
 * `length = 0` gives its memory back and grows it again item by item, which kept the garbage collector busy.
 */
export class IntList {
  /** The items, in `items[0]` to `items[length - 1]`; read the array again after a push, which may replace it. */
  items = new Int32Array(64);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length] = value;
    this.length += 1;
  }

  clear(): void {
    this.length = 0;
  }

  /** A copy of the items. */
  copy(): Int32Array {
    return this.items.slice(0, this.length);
  }
}
