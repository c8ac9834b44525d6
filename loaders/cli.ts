/**
 * npm run loaders -- [--seeds DIR] [--db FILE] [--quiet] [--json]
 * Extracts every seed into DuckDB and prints what was found per document and family.
 */
import {readArgs} from "./cli-args.js";
import {runLoaders} from "./run-loaders.js";
import {FAMILIES} from "./types.js";
import type {DocumentResult} from "./db/write-database.js";

const USAGE = "npm run loaders -- [--seeds DIR] [--db FILE] [--quiet] [--json]";
// A usage error exits 2, a failed run 1.
const args = readArgs(
  "loaders",
  USAGE,
  {
    seeds: {type: "string", default: "seeds"},
    db: {type: "string", default: "data/migstat.duckdb"},
    quiet: {type: "boolean", default: false},
    json: {type: "boolean", default: false}
  },
  2
) as {seeds: string; db: string; quiet: boolean; json: boolean};

function summaryRows(results: DocumentResult[]) {
  return results.flatMap((r) => {
    const families = FAMILIES.filter((f) => r.observations.some((o) => o.family === f));
    const rows = families.map((family) => {
      const ids = new Set(r.observations.filter((o) => o.family === family).map((o) => o.obs_id));
      const checks = r.checks.filter((c) => c.obs_ids.some((id) => ids.has(id)));
      return {
        doc_id: r.meta.doc_id,
        family,
        observations: ids.size,
        pass: checks.filter((c) => c.status === "pass").length,
        warn: checks.filter((c) => c.status === "warn").length,
        fail: checks.filter((c) => c.status === "fail").length,
        unextracted: null as number | null
      };
    });
    rows.push({
      doc_id: r.meta.doc_id,
      family: "(all)" as never,
      observations: r.observations.length,
      pass: r.checks.filter((c) => c.status === "pass").length,
      warn: r.checks.filter((c) => c.status === "warn").length,
      fail: r.checks.filter((c) => c.status === "fail").length,
      unextracted: r.unextracted.length
    });
    return rows;
  });
}

/**
 * What the table cannot show: a document whose paragraphs could not be numbered in sequence from 1 (a
 * text that starts at paragraph 2, say), so its figures are located "preamble" and their periods may be
 * read across paragraphs.
 */
function documentNotes(results: DocumentResult[]): {doc_id: string; note: string}[] {
  return results.flatMap((r) => {
    const {numbered, candidates} = r.paragraphs;
    if (candidates === 0 || numbered >= candidates / 2) return [];
    return [
      {
        doc_id: r.meta.doc_id,
        note:
          numbered === 0
            ? `paragraphs could not be numbered: ${candidates} lines start like a numbered paragraph, but none in sequence from 1; figures are located "preamble"`
            : `only ${numbered} of ${candidates} lines that start like a numbered paragraph could be numbered in sequence from 1`
      }
    ];
  });
}

/** What became of every number each document states: read by a spec, by the general reader, kept as a candidate, excluded by rule, or missed. */
function coverageRows(results: DocumentResult[]) {
  return results.map((r) => ({
    doc_id: r.meta.doc_id,
    ...r.coverage,
    corrections: r.corrections.length,
    excluded_total: Object.values(r.coverage.excluded).reduce((a, b) => a + b, 0)
  }));
}

function printCoverage(rows: ReturnType<typeof coverageRows>): void {
  const header = [
    "document",
    "numbers seen",
    "by spec",
    "by general reader",
    "candidates",
    "excluded by rule",
    "unextracted",
    "corrections"
  ];
  const cells = rows.map((r) =>
    [r.doc_id, r.seen, r.by_spec, r.by_general, r.candidates, r.excluded_total, r.unextracted, r.corrections].map(
      String
    )
  );
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => (i < 1 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join("  ");
  process.stdout.write(
    `\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n${cells.map(line).join("\n")}\n`
  );
}

function printTable(rows: ReturnType<typeof summaryRows>): void {
  const header = ["document", "family", "observations", "pass", "warn", "fail", "unextracted"];
  const cells = rows.map((r) =>
    [r.doc_id, r.family, r.observations, r.pass, r.warn, r.fail, r.unextracted ?? ""].map(String)
  );
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => (i < 2 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join("  ");
  process.stdout.write(
    `${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n${cells.map(line).join("\n")}\n`
  );
}

const started = performance.now();
const tty = process.stderr.isTTY;
try {
  const results = await runLoaders({
    seeds: args.seeds,
    db: args.db,
    onProgress: ({index, total, file, stage, result}) => {
      if (args.quiet) return;
      const msg =
        stage === "read"
          ? `[${index + 1}/${total}] ${file} …`
          : `[${index + 1}/${total}] ${file}: ${result!.observations.length} observations, ${result!.checks.filter((c) => c.status === "fail").length} failed checks`;
      if (tty) process.stderr.write(`\r\x1b[K${msg}${stage === "extracted" ? "\n" : ""}`);
      else if (stage === "extracted") process.stderr.write(`${msg}\n`);
    },
    onWait: (holder, lock) =>
      process.stderr.write(
        `loaders: waiting for process ${holder || "(starting)"}, which is writing ${args.db} (${lock})\n`
      )
  });
  const rows = summaryRows(results);
  const notes = documentNotes(results);
  const coverage = coverageRows(results);
  if (args.json) process.stdout.write(JSON.stringify({db: args.db, documents: rows, coverage, notes}, null, 2) + "\n");
  else if (!args.quiet) {
    printTable(rows);
    printCoverage(coverage);
  }
  if (!args.json) {
    const stream = args.quiet ? process.stderr : process.stdout;
    for (const {doc_id, note} of notes) stream.write(`${args.quiet ? "loaders: " : ""}note: ${doc_id}: ${note}\n`);
  }
  const total = results.reduce((a, r) => a + r.observations.length, 0);
  process.stderr.write(
    `loaders: ${total} observations from ${results.length} documents written to ${args.db} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`
  );
} catch (e) {
  process.stderr.write(`loaders: ${(e as Error).message}\n`);
  process.exit(1);
}
