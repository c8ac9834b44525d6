// What one extracted number means: the card the reader shows when a highlighted number is chosen.
import {el} from "./dom.js";
import {breakdown, familyName, formatLocator, formatValue, indicatorLabel, STATUS_LABELS} from "./source-format.js";
import {checkTitle} from "./specs/labels.js";

export function statusBadge(status) {
  return el("span", {class: `status-badge status-${status}`}, STATUS_LABELS[status] ?? String(status));
}

function row(label, ...value) {
  return [el("dt", {}, label), el("dd", {}, ...value)];
}

function period(o) {
  const range = o.period_start && o.period_end ? ` (${o.period_start} to ${o.period_end})` : "";
  return `${o.period_label ?? "—"}${range}${o.partial ? ", part of a year" : ""}`;
}

// checks: Map check_id → {check_id, kind, status, description}; qualityHref: the data quality page.
export function observationCard(o, {checks = new Map(), qualityHref = "data-quality"} = {}) {
  const parts = breakdown(o);
  const covering = (o.check_ids ?? []).map((id) => checks.get(id) ?? {check_id: id, status: "pass", description: id});
  return el(
    "div",
    {class: "observation-card", "data-obs-id": o.obs_id},
    el(
      "p",
      {class: "observation-value"},
      el("strong", {}, formatValue(o.value)),
      " ",
      el("span", {}, o.unit ?? ""),
      o.approx
        ? el("span", {class: "observation-approx", dir: "auto"}, ` (stated as approximate: “${o.approx}”)`)
        : null
    ),
    el(
      "dl",
      {class: "observation-fields"},
      row("Indicator", indicatorLabel(o.indicator), el("br"), el("code", {}, o.indicator)),
      row("Family", familyName(o.family)),
      row("Period", period(o)),
      row(
        "Breakdown",
        parts.length
          ? parts.map(([label, value]) =>
              el("span", {class: "breakdown-item"}, `${label}: `, el("span", {dir: "auto"}, value))
            )
          : "none (a total)"
      ),
      row("Where", formatLocator(o.locator, o.page)),
      row(
        "Checks",
        covering.length
          ? el(
              "ul",
              {class: "observation-checks"},
              covering.map((c) =>
                el(
                  "li",
                  {},
                  statusBadge(c.status),
                  " ",
                  el(
                    "a",
                    {href: `${qualityHref}#check-${c.check_id}`},
                    c.description ? checkTitle(c.description) : c.check_id
                  )
                )
              )
            )
          : "none covers this number"
      ),
      row("Observation", el("a", {href: `#obs-${o.obs_id}`, class: "observation-link"}, el("code", {}, o.obs_id)))
    )
  );
}
