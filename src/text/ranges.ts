/** Range queries over spans sorted by start, so per-sentence look-ups stay logarithmic on huge documents. */
export interface Span {
  start: number;
  end: number;
}

/** Index of the first span whose start is >= offset. */
export function lowerBound(sorted: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans lying wholly inside [start, end). */
export function spansWithin<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(sorted, start); i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end <= end) out.push(sorted[i]);
  return out;
}

/**
 * Does any span of a sorted, non-nested list overlap [start, end)? Spans may overlap one
 * another, so a bounded look back covers those that start earlier and reach in.
 */
export function overlapsAny(sorted: readonly Span[], start: number, end: number, lookBack = 8): boolean {
  const i = lowerBound(sorted, end);
  for (let k = i - 1; k >= 0 && k >= i - lookBack; k--) if (sorted[k].end > start && sorted[k].start < end) return true;
  return false;
}
