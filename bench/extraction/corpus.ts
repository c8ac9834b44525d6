/**
 * Generated corpora: variants of one report in which every year is shifted by the same amount and
 * every other number is replaced by another with the same digit shape, so each report is distinct
 * but has the same structure (paragraphs, tables, sentences) as the original.
 */
import type {DocumentMeta} from "../../loaders/types.js";

/** Deterministic pseudo-random numbers (mulberry32), so a corpus is the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isYear = (n: number) => n >= 1980 && n <= 2039;

/** Years move by shift, keeping them between 1980 and 2039 as the period parser expects. */
function shiftYear(year: number, shift: number): number {
  return year + shift < 1980 || year + shift > 2039 ? year : year + shift;
}

/** The index-th variant of a report: its text and its metadata with the same year shift. */
export function makeVariant(text: string, meta: DocumentMeta, index: number): {text: string; meta: DocumentMeta} {
  const next = random(0x9e3779b9 ^ (index * 2654435761));
  // -9..-1 and 1..9: never the original years.
  const shift = index % 18 < 9 ? -1 - (index % 9) : 1 + (index % 9);
  const digit = (from: number) => String(from + Math.floor(next() * (10 - from)));
  const out = text.replace(/\d+/g, (run, offset: number) => {
    const before = text[offset - 1] ?? "",
      after = text[offset + run.length] ?? "";
    if (run.length === 4 && isYear(Number(run)) && !/\d/.test(before) && !/\d/.test(after))
      return String(shiftYear(Number(run), shift));
    // Paragraph numbers must stay in sequence for the paragraph segmenter.
    const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
    if (
      /^[ \t]*$/.test(text.slice(lineStart, offset)) &&
      /^[.-][ \t]/.test(text.slice(offset + run.length, offset + run.length + 2))
    )
      return run;
    // Ordinals ("1st half") stay; short numbers stay between 1 and 28 so that days of dates stay days.
    const rest = text.slice(offset + run.length, offset + run.length + 24);
    if (/^(?:st|nd|rd|th)\b/.test(rest)) return run;
    // A figure confirmed by its spelling ("3 (three)") keeps both.
    if (/^\s*\([a-z -]+\)/i.test(rest)) return run;
    if (run.length === 1) return run === "0" ? run : digit(1);
    if (run.length === 2) return run[0] === "0" ? `0${digit(1)}` : String(10 + Math.floor(next() * 19));
    // Same length, a leading zero only where there was one: the digit-group rules read it alike.
    return [...run].map((d, i) => (i === 0 ? (d === "0" ? "0" : digit(1)) : digit(0))).join("");
  });
  const period = meta.reporting_period?.replace(/\d{4}/g, (y) => String(shiftYear(Number(y), shift)));
  const date = meta.date.replace(/^\d{4}/, (y) => String(shiftYear(Number(y), shift)));
  return {
    text: out,
    meta: {
      ...meta,
      doc_id: `${meta.doc_id}_v${String(index).padStart(4, "0")}`,
      date,
      reporting_period: period,
      size_bytes: Buffer.byteLength(out)
    }
  };
}
