/**
 * Sentences of a paragraph's flat text, in one left-to-right pass: a full stop ends a sentence when
 * an upper-case letter, digit, quote or bracket follows, unless it ends an abbreviation.
 */
const ABBREVIATIONS = new Set([
  "no",
  "nos",
  "art",
  "arts",
  "para",
  "paras",
  "p",
  "pp",
  "e.g",
  "i.e",
  "etc",
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "vs",
  "u.s",
  "u.k",
  "u.n",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "inc",
  "ltd",
  "co",
  "fig",
  "vol",
  "cf",
  "approx",
  "incl",
  "ref",
  "tel"
]);

export function splitSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  const boundary = /[.!?؟](?=["”’)]?\s+["“‘(]?[A-Z0-9\u0600-\u06ff]|["”’)]?$)/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0] === ".") {
      const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(start, m.index - 8), m.index))?.[1]?.toLowerCase();
      // A single capital before the stop is an initial ("U.S."), not a sentence end.
      if (word && (ABBREVIATIONS.has(word) || (/^[a-z]$/.test(word) && /[A-Z]/.test(text[m.index - 1])))) continue;
    }
    const end = m.index + 1;
    if (end > start) out.push([start, end]);
    start = end;
    while (text[start] === " ") start++;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}
