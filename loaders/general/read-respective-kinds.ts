/**
 * "convicted 20 and 14 traffickers for sex trafficking and labor trafficking, respectively", "identified 45 and 38
 * victims in 2020 and 2019, respectively": a run of coordinated counts takes, in order, the terms of the list before
 * "respectively" — kinds as categories, years as periods.
 */

export interface RespectiveTerm {
  /** Index of the count in the list given. */
  count: number;
  term: string;
  start: number;
  end: number;
  year: boolean;
}

const TERM = String.raw`[a-z0-9][a-z0-9-]*(?:\s+(?!(?:and|or)\b)[a-z][a-z-]*){0,3}`;
const LIST = new RegExp(
  String.raw`\b(?:for|in|of|to|as|into|from|during|involving)\s+(?:the\s+)?(${TERM}(?:\s*,\s*${TERM})*\s*,?\s+(?:and|or)\s+${TERM})\s*,?\s*$`
);
const JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+)$/;
const YEAR = /^(?:19|20)\d\d$/;

export function respectiveTerms(text: string, counts: {start: number; end: number}[]): RespectiveTerm[] {
  const out: RespectiveTerm[] = [];
  for (const m of text.matchAll(/\brespectively\b/g)) {
    const clauseStart = Math.max(text.lastIndexOf(";", m.index!), text.lastIndexOf(". ", m.index!)) + 1;
    const lead = text.slice(clauseStart, m.index!);
    const list = LIST.exec(lead);
    if (!list) continue;
    const listStart = clauseStart + list.index + list[0].indexOf(list[1]);
    const terms = [...list[1].matchAll(new RegExp(TERM, "g"))]
      .map((t) => ({
        term: t[0].replace(/^(?:and|or)\s+/, ""),
        start: listStart + t.index! + (t[0].length - t[0].replace(/^(?:and|or)\s+/, "").length)
      }))
      .filter((t) => !/^(?:and|or)$/.test(t.term));
    // Bare numbers other than years ("articles 301 and 302") name no kinds.
    if (terms.some((t) => /^\d/.test(t.term) && !YEAR.test(t.term))) continue;
    // The last run of counts joined by commas and "and" before the list.
    const before = counts.map((c, i) => ({...c, i})).filter((c) => c.start >= clauseStart && c.end <= listStart);
    const run: typeof before = [];
    for (const c of before) {
      if (run.length && !JOIN.test(text.slice(run[run.length - 1].end, c.start))) run.length = 0;
      run.push(c);
    }
    if (run.length !== terms.length || run.length < 2) continue;
    for (const [k, c] of run.entries())
      out.push({
        count: c.i,
        term: terms[k].term,
        start: terms[k].start,
        end: terms[k].start + terms[k].term.length,
        year: YEAR.test(terms[k].term)
      });
  }
  return out;
}
