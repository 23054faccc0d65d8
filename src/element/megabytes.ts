// Beside the code that shows sizes (the `src` loading line and failures), out of the element's first script.
import { numberFormat } from '../ui/locale.js';

/** A size in megabytes, in the digits of `locale` (any BCP 47 tag), to one decimal. */
export function formatMegabytes(locale: string, megabytes: number): string {
  return numberFormat(locale, 1).format(megabytes);
}
