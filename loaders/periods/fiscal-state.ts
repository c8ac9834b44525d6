/**
 * The state whose government year a document's fiscal years are counted in: a US federal body's when the document
 * cites that body's annual report; else its own, unless it has no known government year other than the calendar one
 * and the document speaks for a US federal body, naming it in its first half ("US Coast Guard crews interdicted …
 * 5,396 Cuban migrants in Fiscal Year 2016"), whose fiscal year runs October to September.
 */
import {US_FEDERAL_BODIES} from "../vocabulary/fiscal-years.js";
import {fiscalCalendar} from "./fiscal-year.js";

const US_BODY = new RegExp(
  `(?<![\\p{L}])(?:${US_FEDERAL_BODIES.map((b) => b.replace(/[.]/g, "\\.").replace(/ /g, "\\s+")).join("|")})(?![\\p{L}])`,
  "iu"
);
const FISCAL = /\b(?:fiscal\s+year|FY\s?\d)/i;
// "according to U.S. Immigration and Customs Enforcement (ICE) Annual Report": a federal body's annual report counts its fiscal years.
const ANNUAL_REPORT = new RegExp(
  String.raw`${US_BODY.source}(?:\s*\([A-Z]{2,6}\))?(?:['’]s?)?\s+(?:[\p{L}\d-]+\s+){0,3}annual\s+report`,
  "iu"
);

/** The state code whose calendar reads the document's fiscal years. */
export function fiscalState(text: string, state: string | undefined): string | undefined {
  // The figures of a federal body's annual report are its own, whatever year the reporting state keeps.
  if (ANNUAL_REPORT.test(text)) return "USA";
  const cal = fiscalCalendar(state);
  if (cal && !(cal.month === 1 && cal.day === 1)) return state;
  // A body first named in the item's second half is context ("… whose CBP detained 2.76 million in fiscal year
  // 2022" closing an item on another state's figures), not the source the item speaks for.
  const body = US_BODY.exec(text);
  return FISCAL.test(text) && body && body.index < text.length / 2 ? "USA" : state;
}

/** The state whose calendar reads one sentence's fiscal years: a US federal body's when the sentence names it. */
export function sentenceFiscalState(sentence: string, documentState: string | undefined): string | undefined {
  return FISCAL.test(sentence) && US_BODY.test(sentence) ? "USA" : documentState;
}
