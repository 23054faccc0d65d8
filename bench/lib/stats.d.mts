export interface Summary {
  readonly n: number;
  readonly p50: number | undefined;
  readonly p95: number | undefined;
  readonly max: number | undefined;
  readonly mean: number | undefined;
}

export function percentile(values: readonly number[], p: number): number | undefined;
export function summarize(values: readonly number[]): Summary;
export const median: (values: readonly number[]) => number | undefined;
