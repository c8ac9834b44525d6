/**
 * `s` with the characters from `from` to `to` turned to spaces, so a reading can skip words while every offset after
 * them still points where it did.
 */
export function blankSpan(s: string, from: number, to: number): string {
  const [start, end] = [Math.max(0, from), Math.min(s.length, to)];
  return end > start ? s.slice(0, start) + " ".repeat(end - start) + s.slice(end) : s;
}
