// Beside the code that shows sizes (the `src` loading line and failures), out of the element's first script.

/**
 * One format per locale: making an `Intl.NumberFormat` loads the locale's data, a few ms each time (tens on a
 * loaded machine), and the loading line shows a size on each megabyte received.
 */
const formats = new Map<string, Intl.NumberFormat>();

/** A size in megabytes, in the digits of `locale` (any BCP 47 tag), to one decimal. */
export function formatMegabytes(locale: string, megabytes: number): string {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  return format.format(megabytes);
}
