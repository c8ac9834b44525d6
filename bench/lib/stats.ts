/** Small statistics and timing helpers shared by every benchmark section. */

/** The q-quantile (0..1) of a sample, by linear interpolation between order statistics. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at),
    hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

export function summarize(values: number[]): Summary {
  return {
    n: values.length,
    p50: quantile(values, 0.5),
    p95: quantile(values, 0.95),
    min: Math.min(...values),
    max: Math.max(...values)
  };
}

/** Milliseconds one call of fn takes, awaited if it returns a promise. */
export async function timeMs(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Rounds for JSON output: figures keep three significant digits, never fewer than the integer part. */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value))) + 1;
  const decimals = Math.max(0, digits - magnitude);
  return Number(value.toFixed(decimals));
}

export const MB = 1e6;
