/**
 * A growing set of [start, end) offset spans answering "does any span overlap this one?" in time
 * bounded by the spans near the query, not by how many spans the document holds.
 */
const BUCKET = 64;

export class SpanSet {
  // Each span is filed under every bucket of BUCKET offsets it touches, so two overlapping spans share a bucket.
  private readonly buckets = new Map<number, [number, number][]>();

  constructor(spans: Iterable<[number, number]> = []) {
    for (const [a, b] of spans) this.add(a, b);
  }

  add(start: number, end: number): void {
    const span: [number, number] = [start, end];
    const last = Math.floor(Math.max(start, end - 1) / BUCKET);
    for (let k = Math.floor(Math.min(start, end) / BUCKET); k <= last; k++) {
      const bucket = this.buckets.get(k);
      if (bucket) bucket.push(span);
      else this.buckets.set(k, [span]);
    }
  }

  /** True when some span [a, b) has start < b and a < end: the test the spans were once scanned for one by one. */
  overlaps(start: number, end: number): boolean {
    const last = Math.floor(Math.max(start, end - 1) / BUCKET);
    for (let k = Math.floor(Math.min(start, end) / BUCKET); k <= last; k++) {
      const bucket = this.buckets.get(k);
      if (bucket && bucket.some(([a, b]) => start < b && a < end)) return true;
    }
    return false;
  }
}
