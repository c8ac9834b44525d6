/**
 * "A report on the resident aliens in 2015 issued last week … shows 47": a time the text gives for when a report was
 * issued, published or released dates the report, not the counts it holds.
 */
import type {FoundPeriod} from "../periods/parse-period.js";
import {PUBLICATION_NOUNS} from "../vocabulary/rates.js";
import {alternation} from "./alternation.js";

const PUBLISHED_BEFORE =
  /\b(?:issued|published|released|presented|launched|made\s+public|unveiled)\s+(?:on\s+|in\s+|during\s+)?$/i;
// What the report then does: "… issued last week by Immigration shows 47", not "issued in September 2022, … 7,010 permits".
const REPORT_SAYS =
  /^\s*,?\s*(?:by\b|(?:shows?|showed|found|finds|says|said|indicates?|indicated|reveals?|revealed|notes?|noted|states?|stated)\b)/i;
const REPORT = new RegExp(String.raw`\b(?:${alternation(PUBLICATION_NOUNS)})\b`, "i");

/** The periods of a sentence less those that say when a report it names before them came out. */
export function withoutPublicationTimes(text: string, periods: FoundPeriod[]): FoundPeriod[] {
  if (!/\b(?:issued|published|released|presented|launched|public|unveiled)\b/i.test(text)) return periods;
  return periods.filter(
    (p) =>
      !(
        PUBLISHED_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start)) &&
        REPORT.test(text.slice(0, p.start)) &&
        REPORT_SAYS.test(text.slice(p.end))
      )
  );
}
