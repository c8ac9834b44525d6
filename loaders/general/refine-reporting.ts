/**
 * A report dated by whole months ("2023-01..2023-02") that states its span to the day ("mid-January to
 * mid-February, 2023") counts in that exact span: a flow period over the same months, on other days, refines it.
 */
import type {Period} from "../types.js";

const month = (iso: string) => iso.slice(0, 7);

/** The stated period when it spans the reporting period's months on other days, else null. */
export function refineReporting(stated: Period, reporting: Period | null): Period | null {
  if (!reporting || stated.stock || reporting.stock) return null;
  if (stated.start === reporting.start && stated.end === reporting.end) return null;
  return month(stated.start) === month(reporting.start) && month(stated.end) === month(reporting.end) ? stated : null;
}
