/**
 * Writes a complete database into a new file, which loaders/db/publish.ts then puts in place of the
 * old one: a failed or killed run leaves the old one intact.
 */
import {DuckDBInstance, type DuckDBAppender} from "@duckdb/node-api";
import {rmSync} from "node:fs";
import type {DocumentMeta} from "../types.js";
import type {DocumentExtraction} from "../extract-document.js";
import {FINALISE_SQL, SCHEMA_SQL} from "./schema.js";
import {mergeSources} from "../checks/merge-sources.js";
import {segmentParagraphs} from "../text/segment-paragraphs.js";
import {pageFinder} from "../seeds/read-pdf.js";
import {REGISTRY} from "../registry/index.js";

export interface DocumentResult extends DocumentExtraction {
  meta: DocumentMeta;
  /** The seed's text as extracted: every offset of the other fields indexes it. */
  text: string;
}

/** Writes the results into a database at path, a file that must not exist yet; on failure, removes it. */
export async function buildDatabase(path: string, results: DocumentResult[]): Promise<void> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  try {
    await connection.run(SCHEMA_SQL);
    await append(connection, "documents", results, (a, r) => {
      const m = r.meta;
      str(a, m.doc_id);
      str(a, m.file);
      str(a, m.title);
      str(a, m.un_symbol);
      str(a, m.publisher);
      str(a, m.date);
      str(a, m.language);
      str(a, m.kind);
      str(a, m.reporting_period ?? null);
      str(a, m.sha256);
      a.appendBigInt(BigInt(m.size_bytes));
      a.appendInteger(r.observations.length);
      a.appendInteger(r.checks.filter((c) => c.status === "fail").length);
      a.appendInteger(r.unextracted.length);
      str(a, m.state);
      str(a, m.source_url);
      str(a, m.accessed);
      str(a, m.licence);
      str(a, m.producer);
    });
    await append(connection, "document_texts", results, (a, r) => {
      str(a, r.meta.doc_id);
      str(a, r.text);
    });
    await append(connection, "paragraphs", results.flatMap(paragraphRows), (a, p) => {
      str(a, p.doc_id);
      a.appendInteger(p.index);
      str(a, p.number);
      a.appendInteger(p.start);
      a.appendInteger(p.end);
      if (p.page === null) a.appendNull();
      else a.appendInteger(p.page);
    });
    await append(
      connection,
      "observations_staging",
      results.flatMap((r) => r.observations),
      (a, o) => {
        str(a, o.obs_id);
        str(a, o.doc_id);
        str(a, o.family);
        str(a, o.indicator);
        str(a, o.period_label);
        str(a, o.period_start);
        str(a, o.period_end);
        a.appendBoolean(o.partial);
        str(a, o.country);
        str(a, o.citizenship);
        str(a, o.sex);
        str(a, o.age_group);
        str(a, o.category);
        a.appendDouble(o.value);
        str(a, o.unit);
        str(a, o.approx);
        str(a, o.locator);
        if (o.page === null) a.appendNull();
        else a.appendInteger(o.page);
        a.appendInteger(o.char_start);
        a.appendInteger(o.char_end);
        a.appendInteger(o.value_start);
        a.appendInteger(o.value_end);
        str(a, o.quote);
        str(a, o.spec_id);
        a.appendDouble(o.confidence);
      }
    );
    // The registry every reader maps to, so pages and exports label indicators from the database alone.
    await append(
      connection,
      "indicators",
      REGISTRY.map((ind, i) => ({ind, i})),
      (a, {ind, i}) => {
        str(a, ind.id);
        str(a, ind.family);
        str(a, ind.label);
        str(a, ind.unit);
        str(a, ind.definition);
        str(a, ind.breakdowns.join(","));
        a.appendInteger(i);
      }
    );
    await append(
      connection,
      "candidates",
      results.flatMap((r) => r.candidates),
      (a, c) => {
        str(a, c.candidate_id);
        str(a, c.doc_id);
        str(a, c.family);
        str(a, c.indicator);
        str(a, c.period_label);
        str(a, c.period_start);
        str(a, c.period_end);
        str(a, c.country);
        str(a, c.citizenship);
        str(a, c.sex);
        str(a, c.age_group);
        str(a, c.category);
        a.appendDouble(c.value);
        str(a, c.unit);
        str(a, c.approx);
        str(a, c.locator);
        a.appendInteger(c.char_start);
        a.appendInteger(c.char_end);
        a.appendInteger(c.value_start);
        a.appendInteger(c.value_end);
        str(a, c.quote);
        str(a, c.rule);
        a.appendDouble(c.confidence);
        str(a, c.reason);
      }
    );
    await append(
      connection,
      "checks_staging",
      results.flatMap((r) => r.checks),
      (a, c) => {
        str(a, c.check_id);
        str(a, c.doc_id);
        str(a, c.kind);
        str(a, c.description);
        str(a, c.locator);
        num(a, c.expected);
        num(a, c.actual);
        a.appendDouble(c.tolerance);
        str(a, c.status);
        str(a, c.obs_ids.join(","));
        str(a, c.detail);
      }
    );
    // Every document's statement of each series point, ranked: the series view charts rank 1.
    await append(
      connection,
      "series_sources",
      mergeSources(results).flatMap((p) => p.sources.map((o, i) => ({p, o, i}))),
      (a, {p, o, i}) => {
        str(a, p.point_id);
        str(a, o.obs_id);
        a.appendInteger(i + 1);
        str(a, p.choice);
      }
    );
    await append(
      connection,
      "unextracted_numbers",
      results.flatMap((r) => r.unextracted.map((u) => ({doc_id: r.meta.doc_id, ...u}))),
      (a, u) => {
        str(a, u.doc_id);
        str(a, u.text);
        a.appendInteger(u.start);
        a.appendInteger(u.line);
        str(a, u.context);
      }
    );
    await connection.run(FINALISE_SQL);
    await connection.run("CHECKPOINT");
  } catch (e) {
    connection.closeSync();
    instance.closeSync();
    for (const f of [path, `${path}.wal`]) rmSync(f, {force: true});
    throw e;
  }
  connection.closeSync();
  instance.closeSync();
  rmSync(`${path}.wal`, {force: true});
}

/** A document's paragraphs as the extraction segmented them, each with the page it starts on. */
function paragraphRows(r: DocumentResult) {
  const pageAt = pageFinder(r.text);
  return segmentParagraphs(r.text).map((p, index) => ({doc_id: r.meta.doc_id, index, ...p, page: pageAt(p.start)}));
}

async function append<T>(
  connection: Awaited<ReturnType<DuckDBInstance["connect"]>>,
  table: string,
  rows: T[],
  row: (a: DuckDBAppender, r: T) => void
): Promise<void> {
  const appender = await connection.createAppender(table);
  for (const r of rows) {
    row(appender, r);
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
}

function str(a: DuckDBAppender, v: string | null | undefined): void {
  if (v === null || v === undefined) a.appendNull();
  else a.appendVarchar(v);
}

function num(a: DuckDBAppender, v: number | null): void {
  if (v === null) a.appendNull();
  else a.appendDouble(v);
}
