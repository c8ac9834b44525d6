/**
 * A whitespace-collapsed view of a span of the seed, with a map back to raw offsets, so that
 * patterns can ignore PDF line breaks while every match still points at the exact source text.
 */
import {partitionPoint} from "../partition-point.js";

export interface FlatText {
  text: string;
  /** offsets[i] is the raw offset of flat character i; offsets[text.length] is the raw end. */
  offsets: Int32Array;
}

const decoder = new TextDecoder("utf-16le");

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 12;

export function flatten(raw: string, start = 0, end = raw.length): FlatText {
  // Char codes into a typed array, decoded once: far cheaper than joining one-character strings.
  const codes = new Uint16Array(end - start);
  const offsets = new Int32Array(end - start + 1);
  let n = 0;
  let pendingSpace = -1;
  for (let i = start; i < end; i++) {
    const c = raw.charCodeAt(i);
    if (isSpace(c)) {
      if (n > 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      codes[n] = 32;
      offsets[n++] = pendingSpace;
      pendingSpace = -1;
    }
    codes[n] = c;
    offsets[n++] = i;
  }
  offsets[n] = n > 0 ? offsets[n - 1] + 1 : start;
  return {text: decoder.decode(codes.subarray(0, n)), offsets: offsets.subarray(0, n + 1)};
}

/** The flat view of a raw span, cut out of a flattened whole (no second pass over the text). */
export function flatSlice(flat: FlatText, rawStart: number, rawEnd: number): FlatText {
  let s = flatIndexOf(flat, rawStart);
  const e = flatIndexOf(flat, rawEnd);
  if (flat.text[s] === " " && s < e) s++;
  return {text: flat.text.slice(s, e), offsets: flat.offsets.subarray(s, e + 1)};
}

/** The first flat index whose raw offset is at or after a raw offset. */
export function flatIndexOf(flat: FlatText, raw: number): number {
  return partitionPoint(flat.text.length, (i) => flat.offsets[i] < raw);
}

/** Raw [start, end) of a flat [start, end) span. */
export function toRaw(flat: FlatText, start: number, end: number): [number, number] {
  return [flat.offsets[start], end > start ? flat.offsets[end - 1] + 1 : flat.offsets[start]];
}
