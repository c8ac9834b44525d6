/**
 * A change stated as a percent: "increased by 4.3% from 1,341,860 to 1,399,408", "the number of work permits
 * increased by 7 percent", "1,645 applications were filed, i.e. an increase of 7.7 %", "up 11.6% compared to
 * 2017", "a 15% increase", "30 percent fewer applications". The change is of what the sentence counts: the
 * figure it reached ("to 1,399,408"), the count it restates, or else the noun it names before the percent.
 */
import type {Breakdown} from "../types.js";
import type {ShareReading} from "./read-count-share.js";
import {lastNounIn} from "./read-counted.js";
import {resolveIndicator} from "./resolve-indicator.js";

const HEDGE = String.raw`(?:some|about|around|approximately|nearly|almost|roughly|more\s+than|over|as\s+many\s+as|marginally|only|just)\s+`;
// A bare "up" or "down" opens an aside ("…, up 139%"); "make up 22%" is a share.
const VERB = String.raw`(?:increased|decreased|rose|risen|fell|fallen|grew|grown|dropped|declined|jumped|surged|climbed|(?:went|gone|were|was|is|are|been)\s+(?:up|down)|(?<=[,;(–—]\s*)(?:up|down))`;
const NOUN = String.raw`(?:increase|decrease|reduction|growth|rise|drop|decline|jump|surge|fall)`;
// "increased by 7 percent", "went up 37 percent", "an increase of 7.7 %", "up 139%".
const BEFORE = new RegExp(
  String.raw`(?:(?<![a-z])${VERB}(?:\s+(?:in\s+[^,;.]{1,40}?|marginally|sharply|significantly))?(?:\s+by)?|\b${NOUN}\s+of)\s+(?:${HEDGE})?$`,
  "i"
);
// "a 15% increase", "30 percent fewer applications", "11 percent more than", "12,1% above last January".
const AFTER = new RegExp(
  String.raw`^\s?(?:%|per\s?cent\b|percent\b)\s*(?:${NOUN}|more|fewer|less|higher|lower|above|below)\b`,
  "i"
);
const SIGN = /^\s?(?:%|per\s?cent\b|percent\b)/i;

// "went up by 527 persons (3.0 percent)": a change in persons with its percent in brackets after it.
const BY = new RegExp(String.raw`(?:(?<![a-z])${VERB}\s+by|\b${NOUN}\s+of)\s+(?:${HEDGE})?$`, "i");
const PERCENT_BRACKET = /^(?:\s+[a-z]+)?\s*\(\s*\d[\d.]*\s?(?:%|per\s?cent\b|percent\b)\s*\)/i;

/** Whether the count at [start, end) is a change whose percent follows it in brackets. */
export function isCountChange(text: string, start: number, end: number): boolean {
  return BY.test(text.slice(Math.max(0, start - 60), start)) && PERCENT_BRACKET.test(text.slice(end, end + 40));
}

/** Whether the percent at [start, end) of a sentence states a change rather than a share. */
export function isPercentChange(text: string, start: number, end: number): boolean {
  return BEFORE.test(text.slice(Math.max(0, start - 80), start)) || AFTER.test(text.slice(end, end + 30));
}

// "36,796 compared to 26,124 in 2017": the figure a change is measured against is not what changed.
const COMPARED = /(?:compared\s+(?:to|with)|as\s+against|against|from|than)\s+(?:about\s+|some\s+)?$/i;

const defined = (b: Breakdown): Breakdown => Object.fromEntries(Object.entries(b).filter(([, v]) => v));

// A change whose base is read from the clause alone is kept for review: reports state it against many a base.
const REVIEW = 0.45;

/** "from 29,615 to 31,709" right after the change: the figure reached. */
const FROM_TO = /^\s*(?:,\s*)?from\s+[^,;()]{0,30}?\d[\d,.]*(?:\s+[a-z]+){0,3}\s+to\s+(?:about\s+|some\s+)?$/i;

/**
 * Each percent change of a sentence takes what changed: the figure it reached, the count before it in its
 * clause, or the noun named before it. Its period is its base's; with no count, the sentence's own. Only a
 * change to a figure reached is a statistic; the others are kept for review.
 */
export function percentChanges<R extends ShareReading>(text: string, paragraph: string, live: R[]): void {
  for (const r of live) {
    // "went up by 527 persons (3.0 percent)": the change and its percent, of what the clause before counts.
    if (r.q.kind !== "count" || !isCountChange(text, r.q.start, r.q.end)) continue;
    const share = live.find((s) => s.shareOf === r);
    const clauseStart = text.lastIndexOf(";", r.q.start) + 1;
    const subject = lastNounIn(text, clauseStart, r.q.start);
    const resolution = subject?.noun
      ? resolveIndicator(subject.noun, false, text.slice(clauseStart, r.q.end), paragraph)
      : null;
    if (!share || !subject || !resolution?.known) continue;
    for (const c of [r, share])
      Object.assign(c, {
        indicator: `${resolution.indicator}_change`,
        family: resolution.family,
        breakdown: {...subject.breakdown},
        rule: "change",
        confidence: 0.6
      });
  }
  for (const [i, r] of live.entries()) {
    if (r.q.kind !== "percent" || r.shareOf || !isPercentChange(text, r.q.start, r.q.end)) continue;
    const afterSign = r.q.end + (SIGN.exec(text.slice(r.q.end))?.[0].length ?? 0);
    const next = live[i + 1];
    const reached =
      next?.q.kind === "count" && live[i + 2]?.q.kind === "count"
        ? FROM_TO.test(text.slice(afterSign, live[i + 2].q.start)) && live[i + 2]
        : null;
    const clauseStart = text.lastIndexOf(";", r.q.start) + 1;
    const before = live
      .slice(0, i)
      .reverse()
      .find((b) => b.q.kind === "count" && b.q.start >= clauseStart && !COMPARED.test(text.slice(0, b.q.start)));
    const base = reached || (before?.indicator && !isPercentChange(text, before.q.start, before.q.end) ? before : null);
    if (base && base.indicator) {
      r.indicator = `${base.indicator}_change`;
      r.family = base.family;
      // "departures of Mauritian residents increased by 4.7% from … to …": the subject names the part that changed.
      const named = reached ? lastNounIn(text, clauseStart, r.q.start)?.breakdown : undefined;
      r.breakdown = {...named, ...defined(base.breakdown)};
      r.shareOf = base;
      r.rule = "change";
      // Only the figure reached says for sure which count changed; a count before it may be what it is measured against.
      r.confidence = reached ? Math.min(base.confidence, 0.7) : REVIEW;
      continue;
    }
    if (before) continue;
    // "the number of work permits increased by 7 percent": what the noun before the change counts.
    const subject = lastNounIn(text, clauseStart, r.q.start);
    if (!subject?.noun) continue;
    const resolution = resolveIndicator(subject.noun, false, text.slice(clauseStart, afterSign), paragraph);
    if (!resolution.known) continue;
    r.indicator = `${resolution.indicator}_change`;
    r.family = resolution.family;
    r.breakdown = {...subject.breakdown};
    r.rule = "change";
    r.confidence = REVIEW;
  }
}
