// The data quality page: every consistency check with its arithmetic and the quotes of the
// observations it covers, failures first, filterable by status, document and kind.
import {el} from "./dom.js";
import {formatCount} from "./format.js";
import {
  breakdownLabel,
  formatLocator,
  formatValue,
  humanise,
  indicatorLabel,
  readerHref,
  shortDocumentLabel,
  STATUS_ORDER
} from "./source-format.js";
import {highlightText} from "./source-highlight.js";
import {checkTitle} from "./specs/labels.js";
import {statusBadge} from "./source-observation.js";

export const KIND_LABELS = {
  sum: "Sum",
  equal_marginals: "Equal marginals",
  subset: "Subset",
  split: "Row split",
  sources_differ: "Sources differ"
};

// What each kind of check compares, in the card's words.
export const KIND_DESCRIPTIONS = {
  sum: "parts against their stated total",
  equal_marginals: "two breakdowns of the same total",
  subset: "a part against the whole it belongs to",
  split: "how a table row's digit groups split into numbers",
  sources_differ: "one figure as different documents state it"
};

const SECTION_TITLES = {fail: "Failed", warn: "Warnings", pass: "Passed"};

// Paragraph locators sort by number, tables after paragraphs.
function locatorKey(locator) {
  return /^\d+$/.test(locator ?? "") ? Number(locator) : Infinity;
}

export function sortChecks(checks) {
  return [...checks].sort(
    (a, b) =>
      (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9) ||
      String(a.doc_id).localeCompare(String(b.doc_id)) ||
      locatorKey(a.locator) - locatorKey(b.locator) ||
      String(a.check_id).localeCompare(String(b.check_id))
  );
}

function arithmetic(check) {
  const items = [];
  const item = (label, value, className) =>
    items.push(el("div", {class: className}, el("dt", {}, label), el("dd", {}, value)));
  if (check.expected != null) item("Expected", formatValue(check.expected));
  if (check.actual != null) item("Actual", formatValue(check.actual));
  if (check.expected != null && check.actual != null) {
    const difference = Number(check.actual) - Number(check.expected);
    item("Difference", `${difference > 0 ? "+" : ""}${formatValue(difference)}`, difference ? "off" : undefined);
  }
  item("Tolerance", formatValue(check.tolerance ?? 0));
  return el("dl", {class: "check-arithmetic"}, items);
}

// What a highlighted number in a quote stands for, in one line.
function observationSummary(o) {
  const parts = [indicatorLabel(o.indicator), o.period_label, breakdownLabel(o)];
  return `${parts.join(", ")}: ${formatValue(o.value)} ${o.unit ?? ""}`.trim();
}

// The covered observations grouped by the passage they were read from, each number marked in its quote.
function quotes(check, observations, documents) {
  const groups = new Map();
  for (const id of check.obs_ids ?? []) {
    const o = observations.get(id);
    if (!o) continue;
    const key = `${o.doc_id}\u0000${o.locator}\u0000${o.quote}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(o);
  }
  const missing = (check.obs_ids ?? []).filter((id) => !observations.has(id));
  return el(
    "div",
    {class: "check-quotes"},
    [...groups.values()].map((group) => {
      const first = group[0];
      const document = documents.get(first.doc_id);
      const spans = group.map((o) => ({start: o.value_at, end: o.value_to, observation: o}));
      const {fragment} = highlightText(first.quote, spans, (span, slice) =>
        el(
          "a",
          {
            class: "quote-value",
            href: readerHref(span.observation.doc_id, {obsId: span.observation.obs_id}),
            title: observationSummary(span.observation)
          },
          slice
        )
      );
      return el(
        "figure",
        {class: "check-quote"},
        el("blockquote", {dir: "auto", lang: document?.language}, fragment),
        el(
          "figcaption",
          {},
          `${shortDocumentLabel(document)}, ${formatLocator(first.locator, first.page)} · `,
          el("a", {href: readerHref(first.doc_id, {obsId: first.obs_id})}, "read in context")
        )
      );
    }),
    missing.length ? el("p", {class: "check-missing"}, `Not found among the observations: ${missing.join(", ")}`) : null
  );
}

export function checkCard(check, {observations, documents}) {
  const document = documents.get(check.doc_id);
  const open = check.status !== "pass";
  return el(
    "details",
    {
      class: `check-card status-${check.status}`,
      id: `check-${check.check_id}`,
      "data-check-id": check.check_id,
      "data-status": check.status,
      ...(open ? {open: ""} : {})
    },
    el(
      "summary",
      {},
      el(
        "span",
        {class: "check-heading"},
        statusBadge(check.status),
        el(
          "span",
          {class: "check-description", dir: "auto"},
          check.description ? checkTitle(check.description) : check.check_id
        )
      ),
      el(
        "span",
        {class: "check-meta"},
        `${shortDocumentLabel(document)}, ${formatLocator(check.locator)} · ${KIND_LABELS[check.kind] ?? humanise(check.kind)}: ${
          KIND_DESCRIPTIONS[check.kind] ?? "a consistency check"
        }`
      )
    ),
    el(
      "div",
      {class: "check-body"},
      arithmetic(check),
      check.detail ? el("p", {class: "check-detail"}, el("code", {}, check.detail)) : null,
      quotes(check, observations, documents)
    )
  );
}

// A sentence per failing check, naming where the source contradicts itself.
export function failureSummary(checks, documents) {
  const failed = sortChecks(checks).filter((c) => c.status === "fail");
  if (!failed.length)
    return el("p", {class: "quality-callout pass"}, "No check fails: every stated total agrees with its parts.");
  return el(
    "div",
    {class: "quality-callout fail"},
    el(
      "p",
      {},
      `${formatCount(failed.length)} ${failed.length === 1 ? "check fails" : "checks fail"} because the source contradicts itself:`
    ),
    el(
      "ul",
      {},
      failed.map((c) =>
        el(
          "li",
          {},
          el(
            "a",
            {href: `#check-${c.check_id}`},
            `${shortDocumentLabel(documents.get(c.doc_id))}, ${formatLocator(c.locator)}`
          ),
          ": ",
          el("code", {}, c.detail ?? `${formatValue(c.actual)} against ${formatValue(c.expected)}`)
        )
      )
    )
  );
}

function option(value, label, selected) {
  return el("option", {value, ...(selected ? {selected: ""} : {})}, label);
}

// Status toggles, document and kind menus, and the list of checks they select.
export function qualityChecks(checks, {observations, documents}) {
  const sorted = sortChecks(checks);
  const count = (predicate) => sorted.filter(predicate).length;
  const shown = new Set(["fail", "warn", "pass"]);
  let docFilter = "";
  let kindFilter = "";

  const statusButtons = ["fail", "warn", "pass"].map((status) =>
    el(
      "button",
      {type: "button", class: `status-toggle status-${status}`, "data-status": status, "aria-pressed": "true"},
      `${SECTION_TITLES[status]} `,
      el("strong", {}, formatCount(count((c) => c.status === status)))
    )
  );
  const docIds = [...new Set(sorted.map((c) => c.doc_id))].sort();
  const docSelect = el(
    "select",
    {"aria-label": "Document"},
    option("", "All documents", true),
    docIds.map((id) =>
      option(id, `${shortDocumentLabel(documents.get(id))} (${formatCount(count((c) => c.doc_id === id))})`)
    )
  );
  const kinds = [...new Set(sorted.map((c) => c.kind))].sort();
  const kindSelect = el(
    "select",
    {"aria-label": "Kind of check"},
    option("", "All kinds of check", true),
    kinds.map((kind) =>
      option(kind, `${KIND_LABELS[kind] ?? humanise(kind)} (${formatCount(count((c) => c.kind === kind))})`)
    )
  );
  const status = el("p", {class: "quality-count", role: "status"});
  const list = el("div", {class: "quality-list"});

  function render() {
    const selected = sorted.filter(
      (c) => shown.has(c.status) && (!docFilter || c.doc_id === docFilter) && (!kindFilter || c.kind === kindFilter)
    );
    status.textContent = `Showing ${formatCount(selected.length)} of ${formatCount(sorted.length)} checks`;
    list.replaceChildren(
      ...["fail", "warn", "pass"]
        .map((s) => /** @type {[string, any[]]} */ ([s, selected.filter((c) => c.status === s)]))
        .filter(([, group]) => group.length)
        .map(([s, group]) =>
          el(
            "section",
            {class: `quality-section status-${s}`, "data-status": s},
            el("h2", {}, `${SECTION_TITLES[s]} (${formatCount(group.length)})`),
            group.map((c) => checkCard(c, {observations, documents}))
          )
        )
    );
    if (!selected.length) list.append(el("p", {class: "quality-empty"}, "No check matches these filters."));
  }

  for (const button of statusButtons) {
    button.addEventListener("click", () => {
      const s = button.dataset.status;
      if (shown.has(s)) shown.delete(s);
      else shown.add(s);
      button.setAttribute("aria-pressed", String(shown.has(s)));
      render();
    });
  }
  docSelect.addEventListener("change", () => ((docFilter = docSelect.value), render()));
  kindSelect.addEventListener("change", () => ((kindFilter = kindSelect.value), render()));
  render();

  // Pages link to a check as data-quality#check-<id>; the cards exist only once rendered, so follow the hash then.
  requestAnimationFrame(() => {
    const target =
      location.hash.startsWith("#check-") && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target instanceof HTMLDetailsElement) {
      target.open = true;
      target.scrollIntoView();
    }
  });

  return el(
    "div",
    {class: "quality-checks"},
    el(
      "div",
      {class: "quality-filters"},
      el("div", {class: "status-toggles", role: "group", "aria-label": "Status"}, statusButtons),
      docSelect,
      kindSelect
    ),
    status,
    list
  );
}
