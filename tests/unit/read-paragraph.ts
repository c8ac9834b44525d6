import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** The observations of one paragraph, as read in a report of `reporting` dated `documentDate`. */
export function observations(text: string, reporting: string, documentDate: string) {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel(reporting),
    documentDate,
    claimed: []
  }).observations;
}

/** The observations of one paragraph, as "value@period indicator [category]", read as a report of `reporting` would be. */
export function rows(text: string, reporting = "2017", documentDate = "2018", state?: string): string[] {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel(reporting),
    documentDate,
    state,
    claimed: []
  });
  return r.observations.map((o) => `${o.value}@${o.period.label} ${o.indicator} [${o.category ?? ""}]`);
}

/** "value indicator" of the observations of one paragraph, as read in a report of `reporting` dated `documentDate`. */
export function indicatorsOf(text: string, reporting: string, documentDate: string): string[] {
  return observations(text, reporting, documentDate).map((o) => `${o.value} ${o.indicator}`);
}

/** "value country/citizenship" of the observations of one paragraph of a report on `state`. */
export function countryRows(text: string, state?: string, reporting = "2021", documentDate = "2022"): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel(reporting),
    documentDate,
    state,
    claimed: []
  }).observations.map((o) => `${o.value} ${o.country ?? "-"}/${o.citizenship ?? "-"}`);
}
