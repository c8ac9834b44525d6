import {extractStatements} from "../../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../../loaders/periods/parse-period.js";

/** The general reader's observations of one paragraph as the reporting period frames it, each as `show` prints it. */
export function observe(
  text: string,
  period: string,
  documentDate: string,
  show: (o: ReturnType<typeof extractStatements>["observations"][number]) => string
): string[] {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel(period),
    documentDate,
    claimed: []
  });
  return r.observations.map(show);
}

/** An observation as "value citizenship sex age category", "-" for a key it does not set. */
export function partsOf(o: ReturnType<typeof extractStatements>["observations"][number]): string {
  return `${o.value} ${o.citizenship ?? "-"} ${o.sex ?? "-"} ${o.age_group ?? "-"} ${o.category ?? "-"}`;
}
