/**
 * Sentences of a paragraph's flat text, in one left-to-right pass: a full stop ends a sentence when
 * an upper-case letter, digit, quote or bracket follows, unless it ends an abbreviation.
 */
import {opensKeyFigure} from "./key-figure.js";
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

// A line that opens on a figure and a word, not on a paragraph's number ("236. Relevant …") nor a code ("575.1.4 of").
const FIGURE_LINE = /^\d{1,3}(?:[,\s]\d{3})*(?:\.\d+)?%?\s+\p{L}/u;
// "6,425: claims processed by …": a figure, a colon and what it counts.
const FIGURE_COLON_LINE = /^\d{1,3}(?:,\d{3})*:\s*\p{L}/u;
// A line ending on a word that needs one after it goes on past the blank line.
const OPEN_END = /\b(?:of|the|to|and|or|in|a|an|by|for|with|from|at|on|than|as)$/i;

/**
 * Where a short heading line stands alone above a blank line ("… for 46 Foreign Nationals\n\nAs a result …"):
 * flat offsets at which a new sentence begins although no stop ends the heading.
 */
export function headingBreaks(raw: string, offsets: Int32Array, text: string): number[] {
  const out: number[] = [];
  for (let k = text.indexOf(" "); k >= 0; k = text.indexOf(" ", k + 1)) {
    // A single space or line break is no blank line: most gaps are passed over without a slice.
    const wide = offsets[k + 1] - offsets[k] >= 2;
    if (!wide && raw[offsets[k]] !== "\n") continue;
    const gap = raw.slice(offsets[k], offsets[k + 1]);
    // "POPULATIONS OF CONCERN\n299,162 Number of refugees …": a key figure's line opens a sentence of its own.
    // "…, 14 # of appeals set aside by the RAB\n\nMonthly Trend of …": and it ends at the line's end.
    const line = raw.slice(raw.lastIndexOf("\n", offsets[k] - 1) + 1, offsets[k]).trim();
    if (gap.includes("\n") && (opensKeyFigure(text.slice(k + 1, k + 80)) || opensKeyFigure(line))) {
      out.push(k + 1);
      continue;
    }
    // "1,993: interceptions in Quebec.\n477: interceptions in Manitoba.": a box of figures, each before a colon and
    // its label, one a line; each line is a sentence of its own, and so is the heading after the last.
    if (gap.includes("\n") && (FIGURE_COLON_LINE.test(text.slice(k + 1, k + 40)) || FIGURE_COLON_LINE.test(line))) {
      out.push(k + 1);
      continue;
    }
    if (!wide || !/\n[^\S\n]*\n/.test(gap)) continue;
    // "Publication date\n\n259,145 Central African refugees …\n\n85,463 Nigerian refugees …": a factsheet's key figures,
    // one a line under a short heading or another figure's line, however long, each open a sentence of their own.
    if (
      FIGURE_LINE.test(text.slice(k + 1, k + 40)) &&
      !OPEN_END.test(line) &&
      !/[,;:–-]$/.test(line) &&
      ((FIGURE_LINE.test(line) && line.length <= 240) || (/^[A-Z]/.test(line) && line.split(/\s+/).length <= 6))
    ) {
      out.push(k + 1);
      continue;
    }
    if (line.length > 100 || /[.!?:;,–-]$/.test(line)) continue;
    if (/^[A-Z]/.test(text.slice(k + 1, k + 2)) && /^[A-Z"“]/.test(line)) out.push(k + 1);
    // "1,235 undocumented Afghans returned from Pakistan\n\n13,993 …": a release's highlights, one figure a line.
    else if (
      FIGURE_LINE.test(line) &&
      line.length <= 70 &&
      FIGURE_LINE.test(text.slice(k + 1, k + 40)) &&
      !OPEN_END.test(line)
    )
      out.push(k + 1);
  }
  return out;
}

export function splitSentences(text: string, breaks: number[] = []): [number, number][] {
  const out: [number, number][] = [];
  // A stop with no space after it ends a sentence too when a word ends before it and one begins after ("last year.On average").
  // "… October 2020.\n-\nDuring Jul-Oct …": a dash that marks the next item of a list stands between them.
  const boundary =
    /[.!?؟](?=["”’)]?\s+(?:[-–—]\s+)?["“‘(]?[A-Z0-9\u0600-\u06ff]|["”’)]?$)|(?<=[a-z]{2})\.(?=[A-Z][a-z])|(?<=[a-z]{2}|[)”"])\.(?=\d{1,3}\s+(?:\d{1,3}\.\s+)?["“‘(]?[A-Z])/g;
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
    // "(57,464).1 The number …": a footnote's mark after the stop belongs to neither sentence.
    const mark = text[start - 1] === "." ? /^\d{1,3}(?=\s)/.exec(text.slice(start, start + 4)) : null;
    if (mark) start += mark[0].length;
    while (text[start] === " ") start++;
  }
  if (start < text.length) out.push([start, text.length]);
  if (breaks.length === 0) return out;
  return out.flatMap(([a, b]) => {
    const inside = breaks.filter((k) => k > a && k < b);
    return [a, ...inside].map(
      (s, i) => [s, i < inside.length ? endBefore(text, s, inside[i] - 1) : b] as [number, number]
    );
  });
}

// The bullet that opens the next item is not the last word of the one before ("… 275,465 • Total …").
const TRAILING_BULLET = /[\s•▪●◦■►➢‣⁃]+$/u;

/** Where a sentence cut at a break ends, the next item's bullet and the space before it left out. */
function endBefore(text: string, start: number, end: number): number {
  const trail = TRAILING_BULLET.exec(text.slice(start, end));
  return trail && trail.index > 0 ? start + trail.index : end;
}
