/**
 * Section 3: building the database from the seeds (runLoaders into a temporary file), and the
 * queries the dashboard's data loaders run against it, both on an open connection and the way a
 * loader runs them (open the file, query, close).
 */
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {runLoaders} from "../../loaders/run-loaders.js";
import {queryRows} from "../../loaders/db/query.js";
import {ROOT} from "../lib/paths.js";
import {summarize, type Summary} from "../lib/stats.js";
import {EXPORTS} from "../../loaders/db/export-tables.js";
import {findPageQueries, type PageQuery} from "./queries.js";
import {openDatabase} from "../../src/data/database.js";
import {dataFiles} from "../../src/data/files.js";

/** Values for the route parameters of parameterised loaders: every value the site builds. */
const PARAMETER_VALUES: Record<string, string> = {doc: "SELECT doc_id FROM documents ORDER BY doc_id"};

export interface DatabaseSection {
  build: {
    reps: number;
    totalMs: Summary;
    extractMs: Summary;
    writeAndExportMs: Summary;
    documents: number;
    observations: number;
  };
  /** A parameterised query runs once per parameter value in each repetition; its rows are summed over them. */
  queries: {
    id: string;
    sql: string;
    parameterValues: number;
    rows: number;
    openConnectionMs: Summary;
    loaderStyleMs: Summary;
  }[];
  skippedQueries: string[];
  /** Every data file the pages read, made the way src/data.zip.ts makes them: one connection, in one process. */
  pageData: {files: number; bytes: number; ms: Summary};
}

export async function databaseSection(options: {quick: boolean; log: (s: string) => void}): Promise<DatabaseSection> {
  const dir = mkdtempSync(join(tmpdir(), "migstat-bench-db-"));
  try {
    const db = join(dir, "migstat.duckdb");
    const reps = options.quick ? 2 : 5;
    const total: number[] = [],
      extract: number[] = [],
      write: number[] = [];
    let documents = 0,
      observations = 0;
    for (let r = 0; r < reps; r++) {
      options.log(`database: build ${r + 1}/${reps}`);
      const start = performance.now();
      let extracted = start;
      const results = await runLoaders({
        seeds: join(ROOT, "seeds"),
        db,
        exportsDir: join(dir, "exports"),
        onProgress: (e) => {
          if (e.stage === "extracted") extracted = performance.now();
        }
      });
      const end = performance.now();
      total.push(end - start);
      extract.push(extracted - start);
      write.push(end - extracted);
      documents = results.length;
      observations = results.reduce((a, d) => a + d.observations.length, 0);
    }

    const found = findPageQueries(ROOT);
    // The explore page's loaders run the CSV exports' queries, which live with the loaders.
    const queries: PageQuery[] = [
      ...found.queries,
      ...Object.entries(EXPORTS).map(([file, sql]) => ({id: `EXPORTS["${file}"] (explore)`, sql, parameters: []}))
    ];
    const skipped = found.skipped;
    const open = new Map<string, {rows: number; ms: number[]}>();
    const instance = await DuckDBInstance.create(db, {access_mode: "READ_ONLY"});
    const connection = await instance.connect();
    const statements = new Map<string, string[]>();
    try {
      for (const q of queries) {
        let sql = [q.sql];
        for (const p of q.parameters) {
          const values = PARAMETER_VALUES[p]
            ? (await connection.runAndReadAll(PARAMETER_VALUES[p])).getRows().map((r) => String(r[0]))
            : [];
          sql = sql.flatMap((s) => values.map((v) => s.replaceAll(`\${${p}}`, v.replace(/'/g, "''"))));
        }
        statements.set(q.id, sql);
      }
      for (const q of queries) {
        const sql = statements.get(q.id)!;
        if (sql.length === 0) {
          skipped.push(`${q.id} (no values for ${q.parameters.join(", ")})`);
          continue;
        }
        options.log(`database: ${q.id}`);
        const ms: number[] = [];
        let rows = 0;
        for (const s of sql) await connection.runAndReadAll(s); // warm-up
        for (let r = 0; r < (options.quick ? 15 : 50); r++) {
          const start = performance.now();
          rows = 0;
          for (const s of sql) rows += (await connection.runAndReadAll(s)).getRowObjects().length;
          ms.push(performance.now() - start);
        }
        open.set(q.id, {rows, ms});
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    // A data loader opens the file, runs its query and closes it again.
    const out: DatabaseSection["queries"] = [];
    for (const q of queries) {
      const o = open.get(q.id);
      if (!o) continue;
      const sql = statements.get(q.id)!;
      const ms: number[] = [];
      for (let r = 0; r < (options.quick ? 5 : 20); r++) {
        const start = performance.now();
        for (const s of sql) await queryRows(db, s);
        ms.push(performance.now() - start);
      }
      out.push({
        id: q.id,
        sql: q.sql.trim().replace(/\s+/g, " "),
        parameterValues: q.parameters.length ? sql.length : 0,
        rows: o.rows,
        openConnectionMs: summarize(o.ms),
        loaderStyleMs: summarize(ms)
      });
    }
    // The data loader as a whole, less the cost of its process: open the database, make every file, close.
    options.log("database: every page data file in one process");
    const pageMs: number[] = [];
    let files = 0,
      bytes = 0;
    for (let r = 0; r < (options.quick ? 3 : 10); r++) {
      const start = performance.now();
      const pageDb = await openDatabase(db);
      try {
        const made = Object.values(await dataFiles(pageDb));
        files = made.length;
        bytes = made.reduce((a, content) => a + Buffer.byteLength(content), 0);
      } finally {
        pageDb.close();
      }
      pageMs.push(performance.now() - start);
    }
    return {
      build: {
        reps,
        totalMs: summarize(total),
        extractMs: summarize(extract),
        writeAndExportMs: summarize(write),
        documents,
        observations
      },
      queries: out,
      skippedQueries: skipped,
      pageData: {files, bytes, ms: summarize(pageMs)}
    };
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
