// The review list: per document, each statement the general reader kept as a candidate, with the number
// marked in its quote, what it would be, and why it was not charted; a statistician corrects from here.
import {el} from "./dom.js";

const REASONS = {
  "no period": "no period stated, and the document gives none",
  "nothing counted": "no counted noun found for the number",
  "indicator not in the registry": "what it counts is not an indicator of the registry",
  "low confidence": "read with low confidence (a share, or money with no known purpose)"
};

function quoteWithNumber(c) {
  const {quote, value_at: at, value_to: to} = c;
  if (!(at >= 0 && to <= quote.length && at < to)) return el("blockquote", {}, quote);
  return el("blockquote", {}, quote.slice(0, at), el("mark", {}, quote.slice(at, to)), quote.slice(to));
}

function correctionLine(c) {
  const start = Math.max(0, c.value_at - 20);
  const piece = c.quote
    .slice(start, Math.min(c.quote.length, c.value_to + 20))
    .replace(/\s+/g, " ")
    .trim();
  return JSON.stringify({action: "accept", value: c.value, quote: piece, set: {indicator: c.indicator}});
}

export function reviewCandidates(candidates, documents) {
  const byDoc = Map.groupBy
    ? Map.groupBy(candidates, (c) => c.doc_id)
    : candidates.reduce((m, c) => m.set(c.doc_id, [...(m.get(c.doc_id) ?? []), c]), new Map());
  if (byDoc.size === 0)
    return el(
      "p",
      {class: "review-empty"},
      "No candidates: every number the general reader saw was read with confidence, or is not a statistic."
    );
  return el(
    "div",
    {class: "review"},
    [...byDoc].map(([docId, list]) => {
      const doc = documents.get(docId);
      return el(
        "section",
        {},
        el("h2", {}, doc?.title ?? docId, " ", el("span", {class: "muted"}, `(${list.length})`)),
        el(
          "ol",
          {class: "review-list"},
          list.map((c) =>
            el(
              "li",
              {},
              quoteWithNumber(c),
              el(
                "p",
                {},
                el("strong", {}, `${c.value} ${c.unit}`),
                ` · ${c.indicator} · ${c.period_label ?? "no period"} · paragraph ${c.locator} · confidence ${c.confidence.toFixed(2)}`
              ),
              el("p", {class: "muted"}, REASONS[c.reason] ?? c.reason),
              el("details", {}, el("summary", {}, "Correction line"), el("code", {}, correctionLine(c)))
            )
          )
        )
      );
    })
  );
}
