/**
 * A press item's subheadings stand on lines of their own with no stop ("120 foreigners arrested\nAccording to the
 * GIS, …"): a short line after a finished sentence and before a capital is a sentence of its own, so its number is
 * not read with the words of the paragraph under it.
 */

/** Flat offsets at which the line after a short unpunctuated line begins a new sentence. */
export function subheadingBreaks(raw: string, offsets: Int32Array, text: string): number[] {
  const out: number[] = [];
  for (let k = text.indexOf(" "); k >= 0; k = text.indexOf(" ", k + 1)) {
    const gap = raw.slice(offsets[k], offsets[k + 1]);
    if (!gap.includes("\n") || !/^["“]?[A-Z]/.test(text.slice(k + 1, k + 3))) continue;
    const lineStart = raw.lastIndexOf("\n", offsets[k] - 1) + 1;
    const line = raw.slice(lineStart, offsets[k]).trim();
    if (line.length > 60 || line.split(/\s+/).length > 8 || !/^["“]?[A-Z0-9]/.test(line) || /[.!?:;,–-]$/.test(line))
      continue;
    // "The Ministry of\nInterior": a line ending on a word that needs more is the start of a wrapped sentence.
    if (/\b(?:of|the|a|an|and|or|to|in|for|with|by|on|at|from|that|which|who)$/i.test(line)) continue;
    // The line before ends a sentence (or there is none): the short line is no wrapped middle of one.
    // The last character before the line that is not white space, found without copying the text before it.
    let b = lineStart - 1;
    while (b >= 0 && /\s/.test(raw[b])) b--;
    if (b >= 0 && !/[.!?"”’)]/.test(raw[b])) continue;
    out.push(k + 1);
  }
  return out;
}
