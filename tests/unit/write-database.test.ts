import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {runLoaders} from "../../loaders/run-loaders.js";
import {queryRows} from "../../loaders/db/query.js";

const SEEDS = join(import.meta.dirname, "../../seeds");

describe("database", () => {
  const dir = mkdtempSync(join(tmpdir(), "migstat-db-"));
  const db = join(dir, "migstat.duckdb");

  it("holds documents, observations, checks and per-family series", async () => {
    await runLoaders({seeds: SEEDS, db});
    const docs = await queryRows(db, "SELECT doc_id, un_symbol, n_observations FROM documents ORDER BY doc_id");
    expect(docs).toHaveLength(5);
    expect(docs.find((d) => d.doc_id === "003_c140a606e429b773")).toMatchObject({un_symbol: "CMW/C/AZE/3"});
    // Where each document came from, as its sidecar says, and nothing where it is silent.
    const origins = await queryRows(db, "SELECT doc_id, state, source_url, accessed FROM documents ORDER BY doc_id");
    expect(new Set(origins.map((d) => d.state))).toEqual(new Set(["AZE"]));
    expect(origins.find((d) => d.doc_id === "003_c140a606e429b773")).toMatchObject({
      source_url: "https://undocs.org/CMW/C/AZE/3",
      accessed: null
    });
    expect(origins.find((d) => d.doc_id === "000_bcdf4f3f73cfda7b")).toMatchObject({source_url: null});
    // Each document's text, as the loaders read it, beside the paragraphs they segmented.
    const [text] = await queryRows(db, "SELECT text FROM document_texts WHERE doc_id = '002_a096751e98680ec5'");
    expect(text.text).toBe(readFileSync(join(SEEDS, "002_a096751e98680ec5.txt"), "utf8"));
    const [spans] = await queryRows(
      db,
      `SELECT count(*) AS n, min(char_start) AS first, bool_and(char_end > char_start) AS forward FROM paragraphs
       WHERE doc_id = '003_c140a606e429b773'`
    );
    expect(spans).toEqual({n: 247, first: 0, forward: true});
    const [o] = await queryRows(
      db,
      `SELECT value, unit, period_label, strftime(period_start, '%Y-%m-%d') AS s, partial, locator, quote
      FROM observations WHERE indicator = 'calls_received' AND period_label = '2019H1'`
    );
    expect(o).toMatchObject({
      value: 53303,
      unit: "calls",
      s: "2019-01-01",
      partial: true,
      locator: "table:call-centre-calls"
    });
    const failed = await queryRows(db, "SELECT locator FROM checks WHERE status = 'fail' ORDER BY locator");
    expect(failed.map((c) => c.locator)).toEqual(["109", "116"]);
    const linked = await queryRows(
      db,
      `SELECT count(*) AS n FROM check_observations co JOIN checks c USING (check_id) WHERE c.locator = '109'`
    );
    expect(linked[0].n).toBe(3);
    const series = await queryRows(db, "SELECT count(*) AS n FROM series_remittances WHERE country IS NULL");
    expect(series[0].n).toBe(3);
    const families = await queryRows(db, "SELECT DISTINCT family FROM observations");
    expect(families.length).toBeGreaterThanOrEqual(12);
  });

  it("leaves the previous database untouched when a run fails", async () => {
    const before = readFileSync(db);
    const bad = mkdtempSync(join(tmpdir(), "migstat-bad-"));
    cpSync(SEEDS, bad, {recursive: true});
    writeFileSync(join(bad, "003_c140a606e429b773.txt"), "tampered");
    await expect(runLoaders({seeds: bad, db})).rejects.toThrow(
      /003_c140a606e429b773\.meta\.json: sha256 .* does not match/
    );
    expect(readFileSync(db).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
    rmSync(bad, {recursive: true, force: true});
  });

  it("is rebuilt from the seeds: a changed number reaches the database", async () => {
    const changed = mkdtempSync(join(tmpdir(), "migstat-changed-"));
    cpSync(SEEDS, changed, {recursive: true});
    const file = join(changed, "003_c140a606e429b773.txt");
    const text = readFileSync(file, "utf8").replace("2429 in 2017", "2430 in 2017");
    writeFileSync(file, text);
    const metaFile = join(changed, "003_c140a606e429b773.meta.json");
    const meta = JSON.parse(readFileSync(metaFile, "utf8"));
    const {createHash} = await import("node:crypto");
    meta.sha256 = createHash("sha256").update(text).digest("hex");
    writeFileSync(metaFile, JSON.stringify(meta));
    const out = join(changed, "out.duckdb");
    await runLoaders({seeds: changed, db: out});
    const rows = await queryRows(
      out,
      "SELECT value FROM observations WHERE indicator = 'marriages_with_foreigners' AND period_label = '2017'"
    );
    expect(rows).toEqual([{value: 2430}]);
    expect(existsSync(out)).toBe(true);
  });

  it("takes the values of a query as parameters, never as SQL", async () => {
    const hostile = "003_c140a606e429b773' OR '1' = '1";
    expect(await queryRows(db, "SELECT count(*) AS n FROM documents WHERE doc_id = $1", [hostile])).toEqual([{n: 0}]);
    expect(
      await queryRows(db, "SELECT count(*) AS n FROM documents WHERE doc_id = $doc", {doc: "003_c140a606e429b773"})
    ).toEqual([{n: 1}]);
  });
});
