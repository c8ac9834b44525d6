/**
 * Applies a document's corrections to what the extractors read: a correction names exactly one reading
 * (observation or candidate) by its value and a piece of its quote; one that names none, or several,
 * is an error with its line, so a correction never silently stops applying when the text or the
 * extractors change.
 */
import type {Extracted} from "../extracted.js";
import type {Candidate} from "../general/extract-statements.js";
import type {Correction} from "./read-corrections.js";

export interface Corrected {
  observations: Extracted[];
  candidates: Candidate[];
  /** What each correction did, for the change report and the summary. */
  applied: {line: number; action: Correction["action"]; value: number; quote: string}[];
}

export class CorrectionMismatch extends Error {
  constructor(
    message: string,
    public line: number
  ) {
    super(message);
  }
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

export function applyCorrections(
  raw: string,
  observations: Extracted[],
  candidates: Candidate[],
  corrections: Correction[]
): Corrected {
  let obs = [...observations];
  let cands = [...candidates];
  const applied: Corrected["applied"] = [];
  const quoteOf = (e: Extracted) => squash(raw.slice(e.quote_start, e.quote_end));
  for (const c of corrections) {
    const wanted = squash(c.quote);
    const fits = (e: Extracted) =>
      e.value === c.value && quoteOf(e).includes(wanted) && (c.indicator === undefined || e.indicator === c.indicator);
    const hits = [
      ...obs.filter(fits).map((e) => ({e, candidate: false})),
      ...cands.filter(fits).map((e) => ({e, candidate: true}))
    ];
    // One number read for two periods ("in both 2016 and 2017") is one statement: a correction names it once.
    const spans = new Set(hits.map((h) => h.e.value_start));
    if (hits.length === 0)
      throw new CorrectionMismatch(
        `${c.action} of ${c.value} "${c.quote}" matches no reading of this document: the text or the extractors changed; update or remove the correction`,
        c.line
      );
    if (spans.size > 1)
      throw new CorrectionMismatch(
        `${c.action} of ${c.value} "${c.quote}" matches ${spans.size} statements; quote more of the one you mean`,
        c.line
      );
    const relabel = (e: Extracted): Extracted =>
      ({...e, ...c.set, period: c.set.period ?? e.period, spec_id: `correction:${c.line}`, confidence: 1}) as Extracted;
    const targets = new Set(hits.map((h) => h.e));
    if (c.action === "reject") {
      obs = obs.filter((e) => !targets.has(e));
      cands = cands.filter((e) => !targets.has(e));
    } else {
      if (c.action === "accept" && hits.every((h) => !h.candidate))
        throw new CorrectionMismatch(
          `accept of ${c.value} "${c.quote}": it is already an observation; use relabel to change it`,
          c.line
        );
      obs = [
        ...obs.map((e) => (targets.has(e) ? relabel(e) : e)),
        ...cands.filter((e) => targets.has(e)).map((e) => relabel(stripCandidate(e)))
      ];
      cands = cands.filter((e) => !targets.has(e));
    }
    applied.push({line: c.line, action: c.action, value: c.value, quote: c.quote});
  }
  return {observations: obs, candidates: cands, applied};
}

function stripCandidate(c: Candidate): Extracted {
  const {reason: _reason, ...rest} = c;
  return rest;
}
