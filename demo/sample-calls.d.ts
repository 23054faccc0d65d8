/** One line of a sample call: who said it and what the speech-to-text heard; `interim` lines come in growing fragments first. */
export interface CallLine {
  readonly speaker: 'customer' | 'operator';
  readonly text: string;
  readonly interim?: boolean;
}

/** One recorded-style call per language of the demo (sample-calls.js). */
export declare const SAMPLE_CALLS: Readonly<Record<'ru' | 'en' | 'tr', readonly CallLine[]>>;
