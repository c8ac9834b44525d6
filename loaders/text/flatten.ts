/**
 * A whitespace-collapsed view of a span of the seed, with a map back to raw offsets, so that
 * patterns can ignore PDF line breaks while every match still points at the exact source text.
 */
export interface FlatText {
  text: string;
  /** offsets[i] is the raw offset of flat character i; offsets[text.length] is the raw end. */
  offsets: Int32Array;
}

export function flatten(raw: string, start = 0, end = raw.length): FlatText {
  const chars: string[] = [];
  const offsets = new Int32Array(end - start + 1);
  let n = 0;
  let pendingSpace = -1;
  for (let i = start; i < end; i++) {
    const c = raw[i];
    if (c === " " || c === "\n" || c === "\r" || c === "\t" || c === "\u00a0" || c === "\f") {
      if (n > 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      chars.push(" ");
      offsets[n++] = pendingSpace;
      pendingSpace = -1;
    }
    chars.push(c);
    offsets[n++] = i;
  }
  offsets[n] = n > 0 ? offsets[n - 1] + 1 : start;
  return {text: chars.join(""), offsets: offsets.slice(0, n + 1)};
}

/** Raw [start, end) of a flat [start, end) span. */
export function toRaw(flat: FlatText, start: number, end: number): [number, number] {
  return [flat.offsets[start], end > start ? flat.offsets[end - 1] + 1 : flat.offsets[start]];
}
