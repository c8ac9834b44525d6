/**
 * An item relaying a US federal body's figures for fiscal years ("deported 11 nationals for fiscal year 2019 …
 * down from 15 in 2018", "removed in 2016") counts its bare years in that body's fiscal year too: the report it
 * relays knows no other year.
 */
import type {FoundPeriod} from "./parse-period.js";
import {fiscalYears} from "./fiscal-year.js";
import type {FiscalCalendar} from "../vocabulary/fiscal-years.js";

const BARE_YEAR = new Set(["year", "year_relative", "year_following"]);

/** The periods with each whole calendar year read as the government year that closes in it. */
export function asFiscalYears(periods: FoundPeriod[], cal: FiscalCalendar): FoundPeriod[] {
  return periods.map((p) =>
    BARE_YEAR.has(p.pattern) && /^\d{4}$/.test(p.period.label)
      ? {...p, period: fiscalYears(cal, Number(p.period.label) - 1), pattern: "fiscal_year_relayed"}
      : p
  );
}
