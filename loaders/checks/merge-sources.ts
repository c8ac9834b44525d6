/**
 * One series point per figure, whichever documents state it: the observations of one state, indicator,
 * period, breakdown and unit from several documents become one point that lists every source, with a
 * headline chosen by the ranking of loaders/registry/source-ranking.ts; and a `sources_differ` check
 * (warn) wherever those documents state values further apart than the unit's rounding allows.
 */
import type {Check, DocumentMeta, Observation} from "../types.js";
import {tierOf, valueTolerance} from "../registry/source-ranking.js";

const DIMS = ["country", "citizenship", "sex", "age_group", "category"] as const;

export interface SeriesPoint {
  /** The headline observation's id, which also names the point. */
  point_id: string;
  /** Every document's statement of the figure, the headline first, then in ranking order. */
  sources: Observation[];
  /** Why the headline is the one shown, in a sentence. */
  choice: string;
}

interface Stated {
  meta: DocumentMeta;
  observations: Observation[];
}

// Documents about different states never share a point, however alike their figures are.
const pointKey = (meta: DocumentMeta, o: Observation) =>
  [meta.state ?? "", o.family, o.indicator, o.unit, o.period_label, ...DIMS.map((d) => o[d] ?? "")].join("\u0000");

/** Ranks two documents: a better tier first, then the more recent date, then the smaller doc_id. */
function compareDocuments(a: DocumentMeta, b: DocumentMeta): number {
  return tierOf(a.kind).tier - tierOf(b.kind).tier || b.date.localeCompare(a.date) || a.doc_id.localeCompare(b.doc_id);
}

function choiceOf(ranked: DocumentMeta[]): string {
  if (ranked.length === 1) return "The only document that states this figure.";
  const [first, second] = ranked;
  const [a, b] = [tierOf(first.kind), tierOf(second.kind)];
  const of = `Chosen from ${ranked.length} documents: ${first.doc_id}`;
  if (a.tier !== b.tier) return `${of}, ${a.label} (${first.kind}), ranks above ${b.label} (${second.kind}).`;
  const rank = `${a.label} (${first.kind}) like ${second.doc_id}`;
  if (first.date !== second.date) return `${of}, ${rank}, is the more recent (${first.date}).`;
  return `${of}, ${rank} and of the same date, comes first by document id.`;
}

/** Every series point of the documents, in the order of their headlines' documents and places. */
export function mergeSources(documents: Stated[]): SeriesPoint[] {
  const groups = new Map<string, {meta: DocumentMeta; o: Observation}[]>();
  for (const {meta, observations} of documents) {
    // A figure restated in a later paragraph of one document counts once, from its first statement.
    const first = new Map<string, Observation>();
    const ordered = [...observations].sort((a, b) => a.char_start - b.char_start || a.value_start - b.value_start);
    for (const o of ordered) if (!first.has(pointKey(meta, o))) first.set(pointKey(meta, o), o);
    for (const [key, o] of first) {
      const list = groups.get(key);
      if (list) list.push({meta, o});
      else groups.set(key, [{meta, o}]);
    }
  }
  const points = [...groups.values()].map((group) => {
    const ranked = [...group].sort((x, y) => compareDocuments(x.meta, y.meta));
    return {point_id: ranked[0].o.obs_id, sources: ranked.map((s) => s.o), choice: choiceOf(ranked.map((s) => s.meta))};
  });
  return points.sort((a, b) => a.point_id.localeCompare(b.point_id));
}

const breakdownText = (o: Observation) =>
  DIMS.filter((d) => o[d] !== null)
    .map((d) => `${d} ${o[d]}`)
    .join(", ") || "total";

/**
 * A `sources_differ` check (warn) for every point whose sources state values further apart than the
 * unit's rounding allows; it covers every source, so its card shows each document's quote. Its id is
 * `<headline doc_id>:s<n>`, numbered within that document.
 */
export function sourcesDifferChecks(points: SeriesPoint[]): Check[] {
  const checks: Check[] = [];
  const numbered = new Map<string, number>();
  for (const point of points) {
    const [headline, ...others] = point.sources;
    const apart = (o: Observation) => Math.abs(o.value - headline.value);
    const differing = others.filter((o) => apart(o) > valueTolerance(o.unit, o.value, headline.value));
    if (!differing.length) continue;
    const furthest = differing.reduce((a, b) => (apart(b) > apart(a) ? b : a));
    const n = (numbered.get(headline.doc_id) ?? 0) + 1;
    numbered.set(headline.doc_id, n);
    checks.push({
      check_id: `${headline.doc_id}:s${String(n).padStart(4, "0")}`,
      doc_id: headline.doc_id,
      kind: "sources_differ",
      description: `${headline.indicator} ${headline.period_label}: ${breakdownText(headline)} stated differently by ${point.sources.length} documents`,
      locator: headline.locator,
      expected: headline.value,
      actual: furthest.value,
      tolerance: valueTolerance(headline.unit, furthest.value, headline.value),
      status: "warn",
      obs_ids: point.sources.map((o) => o.obs_id),
      detail: point.sources.map((o) => `${o.value} ${o.unit} (${o.doc_id}, ${o.locator})`).join(" vs ")
    });
  }
  return checks;
}

/** Adds each document's `sources_differ` checks to the checks of the document whose value is the headline. */
export function addSourceChecks<T extends Stated & {checks: Check[]}>(results: T[]): T[] {
  const byDoc = new Map(results.map((r) => [r.meta.doc_id, r]));
  for (const check of sourcesDifferChecks(mergeSources(results))) byDoc.get(check.doc_id)!.checks.push(check);
  return results;
}
