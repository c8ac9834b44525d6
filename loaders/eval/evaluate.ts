/**
 * Compares extracted rows with gold records and computes recall and unexplained rows per document,
 * per family and overall. Pure: the CLI extracts and reads files, this only counts.
 */
import {FAMILIES, type Breakdown, type DocumentMeta, type Family, type Observation} from "../types.js";
import {
  BREAKDOWN_KEYS,
  BREAKDOWN_RULE,
  breakdownKey,
  matchDocument,
  resolveGoldDocs,
  type BreakdownRule
} from "./match-gold.js";
import type {GoldRecord, Tier} from "./read-gold.js";
import {countMismatches, MISMATCHES, whyMissed, whyUnexplained, type Mismatch} from "./diagnose-mismatch.js";

export interface Metrics {
  /** Distinct gold statistics, all tiers. */
  gold: number;
  core: number;
  core_matched: number;
  /** core_matched / core; null when there is no core gold. */
  core_recall: number | null;
  matched: number;
  /** matched / gold over all tiers; null when there is no gold. */
  recall: number | null;
  extracted: number;
  unexplained: number;
  /** unexplained / extracted; null when nothing was extracted. */
  unexplained_share: number | null;
}

/** One distinct (family, indicator, period, breakdown, value) of a document, however many gold lines state it. */
export interface GoldStatistic {
  ids: string[];
  family: Family;
  indicator: string;
  period: string | null;
  breakdown: Breakdown;
  value: number;
  unit: string;
  tier: Tier;
  paragraph: string | null;
  quote: string;
  matched: boolean;
  /** For a missed statistic, the nearest row with its value: another period, another breakdown, or none. */
  why?: Mismatch;
}

export interface UnexplainedRow {
  obs_id: string;
  family: Family;
  indicator: string;
  period_label: string;
  breakdown: Breakdown;
  value: number;
  unit: string;
  spec_id: string;
  locator: string;
  quote: string;
  /** The nearest gold record with its value: another period, another breakdown, or none. */
  why: Mismatch;
}

/** Missed core statistics and unexplained rows counted by their nearest mismatch. */
export interface Mismatches {
  missed_core: Record<Mismatch, number>;
  unexplained: Record<Mismatch, number>;
}

export interface FamilyReport {
  family: Family;
  metrics: Metrics;
}

export interface DocumentReport {
  doc_id: string;
  title: string;
  /** The sidecar's kind of document (annual chapter, agency release, press item, …); null when it gives none. */
  kind: string | null;
  metrics: Metrics;
  families: FamilyReport[];
  /** Gold lines that repeat a statistic already listed (counted once). */
  duplicate_gold_lines: number;
  rows_restated: number;
  missed_core: GoldStatistic[];
  unexplained: UnexplainedRow[];
}

export interface EvalReport {
  breakdown_rule: BreakdownRule;
  documents: DocumentReport[];
  overall: Metrics;
  families: FamilyReport[];
  /** Per kind of document: rules that read one kind well may not carry to another. */
  kinds: KindReport[];
  mismatches: Mismatches;
  /** Documents of the seed folders that no gold record names, so they were not evaluated. */
  skipped: string[];
  warnings: string[];
}

export interface KindReport {
  kind: string;
  documents: number;
  metrics: Metrics;
  mismatches: Mismatches;
}

export interface ExtractedDocument {
  meta: Pick<DocumentMeta, "doc_id" | "title"> & {kind?: string};
  observations: Observation[];
}

const TIER_RANK: Record<Tier, number> = {core: 0, secondary: 1, marginal: 2};

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

function metrics(gold: GoldStatistic[], rows: {status: string}[]): Metrics {
  const core = gold.filter((g) => g.tier === "core");
  const m = {
    gold: gold.length,
    core: core.length,
    core_matched: core.filter((g) => g.matched).length,
    matched: gold.filter((g) => g.matched).length,
    extracted: rows.length,
    unexplained: rows.filter((r) => r.status === "unexplained").length
  };
  return finish(m);
}

function finish(m: Omit<Metrics, "core_recall" | "recall" | "unexplained_share">): Metrics {
  return {
    gold: m.gold,
    core: m.core,
    core_matched: m.core_matched,
    core_recall: ratio(m.core_matched, m.core),
    matched: m.matched,
    recall: ratio(m.matched, m.gold),
    extracted: m.extracted,
    unexplained: m.unexplained,
    unexplained_share: ratio(m.unexplained, m.extracted)
  };
}

/** Sums counts, so overall recall weighs every gold statistic equally rather than every document. */
export function sumMetrics(all: Metrics[]): Metrics {
  const keys = ["gold", "core", "core_matched", "matched", "extracted", "unexplained"] as const;
  const m = Object.fromEntries(keys.map((k) => [k, all.reduce((a, x) => a + x[k], 0)])) as Record<
    (typeof keys)[number],
    number
  >;
  return finish(m);
}

/** Groups a document's gold lines into distinct statistics; a statistic is core if any of its lines is. */
function groupGold(
  records: GoldRecord[],
  goldRows: number[][],
  why: (j: number) => Mismatch
): {stats: GoldStatistic[]; duplicates: number} {
  const groups = new Map<string, GoldStatistic>();
  for (const [j, r] of records.entries()) {
    const k = JSON.stringify([r.family, r.indicator, r.period, breakdownKey(r.breakdown), r.value]);
    const g = groups.get(k);
    if (g) {
      g.ids.push(r.id);
      g.matched ||= goldRows[j].length > 0;
      if (TIER_RANK[r.tier] < TIER_RANK[g.tier]) g.tier = r.tier;
      if (g.matched) delete g.why;
      else g.why = MISMATCHES[Math.min(MISMATCHES.indexOf(g.why!), MISMATCHES.indexOf(why(j)))];
    } else {
      groups.set(k, {
        ids: [r.id],
        family: r.family,
        indicator: r.indicator,
        period: r.period,
        breakdown: compact(r.breakdown),
        value: r.value,
        unit: r.unit,
        tier: r.tier,
        paragraph: r.paragraph ?? null,
        quote: r.quote,
        matched: goldRows[j].length > 0,
        ...(goldRows[j].length > 0 ? {} : {why: why(j)})
      });
    }
  }
  return {stats: [...groups.values()], duplicates: records.length - groups.size};
}

/** Only the breakdown keys that are set, for listing. */
export function compact(b: Breakdown): Breakdown {
  const out: Breakdown = {};
  for (const k of BREAKDOWN_KEYS) if (typeof b[k] === "string" && b[k]!.trim() !== "") out[k] = b[k];
  return out;
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

export function evaluate(
  documents: ExtractedDocument[],
  gold: GoldRecord[],
  rule: BreakdownRule = BREAKDOWN_RULE
): EvalReport {
  const docIds = documents.map((d) => d.meta.doc_id);
  const {byDoc, unknown, ambiguous} = resolveGoldDocs(gold, docIds);
  const warnings = [
    ...summariseLeftOut(unknown, (doc) => `doc "${doc}", which matches no document of the seed folders; left out`),
    ...summariseLeftOut(
      ambiguous.map((a) => a.record),
      (doc) =>
        `doc "${doc}", a prefix of several documents (${ambiguous.find((a) => a.record.doc === doc)!.candidates.join(", ")}); left out`
    )
  ];
  const reports: DocumentReport[] = [];
  const skipped: string[] = [];
  for (const doc of documents) {
    const records = byDoc.get(doc.meta.doc_id) ?? [];
    if (records.length === 0) {
      skipped.push(doc.meta.doc_id);
      continue;
    }
    reports.push(evaluateDocument(doc, records, rule));
  }
  const families = FAMILIES.flatMap((family) => {
    const parts = reports.flatMap((r) => r.families.filter((f) => f.family === family).map((f) => f.metrics));
    return parts.length === 0 ? [] : [{family, metrics: sumMetrics(parts)}];
  });
  const kinds = [...new Set(reports.map((r) => r.kind ?? "(none)"))].sort().map((kind) => {
    const of = reports.filter((r) => (r.kind ?? "(none)") === kind);
    return {kind, documents: of.length, metrics: sumMetrics(of.map((r) => r.metrics)), mismatches: mismatchesOf(of)};
  });
  return {
    breakdown_rule: rule,
    documents: reports,
    overall: sumMetrics(reports.map((r) => r.metrics)),
    families,
    kinds,
    mismatches: mismatchesOf(reports),
    skipped,
    warnings
  };
}

function mismatchesOf(reports: DocumentReport[]): Mismatches {
  return {
    missed_core: countMismatches(reports.flatMap((r) => r.missed_core.map((g) => g.why!))),
    unexplained: countMismatches(reports.flatMap((r) => r.unexplained.map((u) => u.why)))
  };
}

/** One warning per (file, doc) rather than per line, so a wrong doc in a whole file reads as one problem. */
function summariseLeftOut(records: GoldRecord[], what: (doc: string) => string): string[] {
  const groups = new Map<string, GoldRecord[]>();
  for (const r of records)
    groups.set(JSON.stringify([r.file, r.doc]), [...(groups.get(JSON.stringify([r.file, r.doc])) ?? []), r]);
  return [...groups.values()].map((rs) => {
    const lines = rs.map((r) => r.line);
    const where =
      lines.length === 1
        ? `${rs[0].file}:${lines[0]}`
        : `${rs[0].file} (lines ${lines.slice(0, 5).join(", ")}${lines.length > 5 ? ", …" : ""})`;
    return `${where}: ${rs.length === 1 ? "1 gold record names" : `${rs.length} gold records name`} ${what(rs[0].doc)}`;
  });
}

export function evaluateDocument(
  doc: ExtractedDocument,
  records: GoldRecord[],
  rule: BreakdownRule = BREAKDOWN_RULE
): DocumentReport {
  const rows = doc.observations;
  const match = matchDocument(rows, records, rule);
  const {stats, duplicates} = groupGold(records, match.goldRows, (j) => whyMissed(records[j], rows, rule));
  const statusRows = rows.map((row, i) => ({row, status: match.rowStatus[i]}));
  const families = FAMILIES.flatMap((family) => {
    const g = stats.filter((s) => s.family === family);
    const r = statusRows.filter((s) => s.row.family === family);
    return g.length + r.length === 0 ? [] : [{family, metrics: metrics(g, r)}];
  });
  return {
    doc_id: doc.meta.doc_id,
    title: doc.meta.title,
    kind: doc.meta.kind ?? null,
    metrics: metrics(stats, statusRows),
    families,
    duplicate_gold_lines: duplicates,
    rows_restated: statusRows.filter((s) => s.status === "restated").length,
    missed_core: stats.filter((s) => s.tier === "core" && !s.matched),
    unexplained: statusRows
      .filter((s) => s.status === "unexplained")
      .map(({row}) => ({
        obs_id: row.obs_id,
        family: row.family,
        indicator: row.indicator,
        period_label: row.period_label,
        breakdown: compact(row),
        value: row.value,
        unit: row.unit,
        spec_id: row.spec_id,
        locator: row.locator,
        quote: collapse(row.quote),
        why: whyUnexplained(row, records, rule)
      }))
  };
}

export interface Thresholds {
  minRecall?: number;
  maxUnexplained?: number;
}

/** Why the run fails the CI thresholds; empty when it passes (no core gold fails --min-recall: nothing was measured). */
export function thresholdFailures(overall: Metrics, t: Thresholds): string[] {
  const out: string[] = [];
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  if (t.minRecall !== undefined) {
    if (overall.core_recall === null) out.push(`core recall cannot be measured: no core gold records`);
    else if (overall.core_recall < t.minRecall)
      out.push(`core recall ${pct(overall.core_recall)} is below --min-recall ${pct(t.minRecall)}`);
  }
  if (t.maxUnexplained !== undefined) {
    if (overall.unexplained_share !== null && overall.unexplained_share > t.maxUnexplained)
      out.push(
        `unexplained share ${pct(overall.unexplained_share)} is above --max-unexplained ${pct(t.maxUnexplained)}`
      );
  }
  return out;
}
