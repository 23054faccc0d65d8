// Percentiles by the nearest-rank method: every figure is a time that was really measured.

/** The `p`-th percentile (0–100) of `values`; undefined for no values. */
export function percentile(values, p) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** Count, p50, p95, max and mean of `values`. */
export function summarize(values) {
  return {
    n: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: values.length === 0 ? undefined : Math.max(...values),
    mean: values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length,
  };
}

export const median = (values) => percentile(values, 50);
