/** Renders an evaluation report as text: the summary table, then what was missed and what is unexplained. */
import type {Breakdown} from "../types.js";
import type {DocumentReport, EvalReport, Metrics, Mismatches} from "./evaluate.js";
import {MISMATCHES} from "./diagnose-mismatch.js";

export interface FormatOptions {
  /** Only the summary table. */
  quiet?: boolean;
  /** At most this many entries per list and document. */
  maxList?: number;
}

const HEADER = [
  "document",
  "family",
  "gold",
  "core",
  "core found",
  "core recall",
  "recall",
  "extracted",
  "unexplained",
  "unexpl. share"
];

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);

function cells(doc: string, family: string, m: Metrics): string[] {
  return [
    doc,
    family,
    String(m.gold),
    String(m.core),
    String(m.core_matched),
    pct(m.core_recall),
    pct(m.recall),
    String(m.extracted),
    String(m.unexplained),
    pct(m.unexplained_share)
  ];
}

export function formatSummary(report: EvalReport): string {
  const blocks: string[][][] = report.documents.map((d) => [
    ...d.families.map((f) => cells(d.doc_id, f.family, f.metrics)),
    cells(d.doc_id, "(all)", d.metrics)
  ]);
  if (report.kinds.length > 1)
    blocks.push(report.kinds.map((k) => cells(`(${k.kind}, ${k.documents} documents)`, "(all)", k.metrics)));
  blocks.push([
    ...report.families.map((f) => cells("(overall)", f.family, f.metrics)),
    cells("(overall)", "(all)", report.overall)
  ]);
  const all = [HEADER, ...blocks.flat()];
  const widths = HEADER.map((_, i) => Math.max(...all.map((c) => c[i].length)));
  const line = (c: string[]) =>
    c
      .map((v, i) => (i < 2 ? v.padEnd(widths[i]) : v.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return (
    [
      line(HEADER),
      rule,
      ...blocks
        .map((b) => b.map(line).join("\n"))
        .join(`\n${rule}\n`)
        .split("\n")
    ].join("\n") + "\n"
  );
}

export function formatBreakdown(b: Breakdown): string {
  const parts = Object.entries(b)
    .filter(([, v]) => typeof v === "string" && v !== "")
    .map(([k, v]) => `${k}=${v}`);
  return parts.length === 0 ? "total" : parts.join(", ");
}

/** Long table quotes would bury the list; the JSON report keeps them whole. */
const shorten = (s: string, n = 160) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

function capped<T>(items: T[], max: number | undefined): {shown: T[]; more: number} {
  const shown = max === undefined ? items : items.slice(0, max);
  return {shown, more: items.length - shown.length};
}

function missedList(d: DocumentReport, max?: number): string[] {
  if (d.missed_core.length === 0) return [];
  const {shown, more} = capped(d.missed_core, max);
  return [
    `  ${d.doc_id}: ${d.missed_core.length} of ${d.metrics.core} core statistics missed`,
    ...shown.map(
      (g) =>
        `    ${g.ids.join(",")}  ${g.indicator}  ${g.period ?? "no period"}  ${formatBreakdown(g.breakdown)}  ${g.value} ${g.unit}${g.paragraph ? `  [¶${g.paragraph}]` : ""}  (${g.why})\n      “${shorten(g.quote)}”`
    ),
    ...(more > 0 ? [`    … and ${more} more`] : [])
  ];
}

function unexplainedList(d: DocumentReport, max?: number): string[] {
  if (d.unexplained.length === 0) return [];
  const {shown, more} = capped(d.unexplained, max);
  return [
    `  ${d.doc_id}: ${d.unexplained.length} of ${d.metrics.extracted} rows unexplained`,
    ...shown.map(
      (r) =>
        `    ${r.indicator}  ${r.period_label}  ${formatBreakdown(r.breakdown)}  ${r.value} ${r.unit}  [${r.spec_id} @ ${r.locator}]  (${r.why})\n      “${shorten(r.quote)}”`
    ),
    ...(more > 0 ? [`    … and ${more} more`] : [])
  ];
}

function mismatchLine(label: string, m: Mismatches): string {
  const part = (counts: Record<string, number>) => MISMATCHES.map((k) => `${counts[k]} ${k}`).join(", ");
  return `  ${label}: missed core ${part(m.missed_core)}; unexplained ${part(m.unexplained)}\n`;
}

/** Where the misses lie: a value never read, or read with another period or breakdown than the gold's. */
export function formatMismatches(report: EvalReport): string {
  const kinds = report.kinds.length > 1 ? report.kinds.map((k) => mismatchLine(k.kind, k.mismatches)) : [];
  return `\nNearest mismatch (a row or gold record with the same value)\n${[...kinds, mismatchLine("all", report.mismatches)].join("")}`;
}

export function formatReport(report: EvalReport, options: FormatOptions = {}): string {
  const out = [formatSummary(report)];
  if (options.quiet) return out.join("");
  out.push(
    `\nBreakdown rule: ${report.breakdown_rule === "strict" ? "strict (a key set on either side must agree)" : "gold-keys (keys only a row sets are ignored)"}\n`
  );
  out.push(formatMismatches(report));
  if (report.skipped.length > 0) out.push(`\nNot evaluated (no gold records): ${report.skipped.join(", ")}\n`);
  const missed = report.documents.flatMap((d) => missedList(d, options.maxList));
  out.push(`\nMissed core gold records${missed.length === 0 ? ": none" : ""}\n`, ...missed.map((l) => `${l}\n`));
  const unexplained = report.documents.flatMap((d) => unexplainedList(d, options.maxList));
  out.push(`\nUnexplained rows${unexplained.length === 0 ? ": none" : ""}\n`, ...unexplained.map((l) => `${l}\n`));
  return out.join("");
}
