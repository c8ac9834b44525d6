// The pages' queries (src/data/) over a database built from the bundled seeds: values reach a query as
// parameters, so a quote in a document id or family name is a value to look up, never SQL.
import {cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {runLoaders} from "../../loaders/run-loaders.js";
import {openDatabase, type Database} from "../../src/data/database.js";
import {documentText} from "../../src/data/document-text.js";
import {observationRows} from "../../src/data/observation-rows.js";
import {readerPaths} from "../../src/data/reader-paths.js";
import {segmentParagraphs} from "../../loaders/text/segment-paragraphs.js";

const SEEDS = join(import.meta.dirname, "../../seeds");
const dir = mkdtempSync(join(tmpdir(), "migstat-page-data-"));
let db: Database;

beforeAll(async () => {
  await runLoaders({seeds: SEEDS, db: join(dir, "migstat.duckdb")});
  db = await openDatabase(join(dir, "migstat.duckdb"));
});

afterAll(() => {
  db?.close();
  rmSync(dir, {recursive: true, force: true});
});

describe("page data queries", () => {
  it("bind values as parameters", async () => {
    expect(await db.rows("SELECT $text AS text, $n AS n", {text: "it's -- not SQL", n: 3})).toEqual([
      {text: "it's -- not SQL", n: 3}
    ]);
    expect((await db.table("SELECT $x AS x", {x: "a'b"})).rows).toEqual([["a'b"]]);
  });

  it("read one family's rows, and a family name holding a quote as a name that matches nothing", async () => {
    const all = await observationRows(db);
    const trafficking = await observationRows(db, "trafficking");
    expect(trafficking.length).toBeGreaterThan(0);
    expect(trafficking).toEqual(all.filter((r) => r.family === "trafficking"));
    expect(await observationRows(db, "trafficking' OR '1'='1")).toEqual([]);
  });

  it("read a document by its id, and say a quoted id is not in the database", async () => {
    const text = (await documentText(db, "003_c140a606e429b773")) as {doc_id: string; observations: unknown[]};
    expect(text.doc_id).toBe("003_c140a606e429b773");
    expect(text.observations.length).toBeGreaterThan(0);
    await expect(documentText(db, "x' OR '1'='1")).rejects.toThrow(/^no document x' OR '1'='1 in the database$/);
  });

  it("write a query's result as CSV", async () => {
    expect((await db.csv("SELECT 'a,b' AS x, 1 AS n")).toString("utf8")).toBe('x,n\n"a,b",1\n');
  });
});

// The reader pages and their routes come from the database alone: a database built from a copy of the seeds in
// which one document is renamed, the copy then deleted, still yields that document's route, text and paragraphs.
describe("reader data from the database alone", () => {
  const RENAMED = "003_renamed";
  const folder = mkdtempSync(join(tmpdir(), "migstat-db-only-"));
  const seeds = join(folder, "seeds");
  const database = join(folder, "migstat.duckdb");
  let original: string;
  let only: Database;

  beforeAll(async () => {
    cpSync(SEEDS, seeds, {recursive: true});
    original = readFileSync(join(seeds, "003_c140a606e429b773.txt"), "utf8");
    const sidecar = join(seeds, "003_c140a606e429b773.meta.json");
    writeFileSync(sidecar, JSON.stringify({...JSON.parse(readFileSync(sidecar, "utf8")), doc_id: RENAMED}));
    await runLoaders({seeds, db: database});
    renameSync(seeds, join(folder, "gone"));
    rmSync(join(folder, "gone"), {recursive: true, force: true});
    only = await openDatabase(database);
  });

  afterAll(() => {
    only?.close();
    rmSync(folder, {recursive: true, force: true});
  });

  it("lists a reader route for each document in the database, and only those", async () => {
    const paths = await readerPaths(database);
    expect(paths).toContain(`/sources/${RENAMED}`);
    expect(paths).not.toContain("/sources/003_c140a606e429b773");
    expect(paths).toHaveLength(5);
  });

  it("reads a document's full text and its paragraphs from the database", async () => {
    const data = (await documentText(only, RENAMED)) as {
      text: string;
      paragraphs: {number: string; start: number; end: number; page: number | null}[];
    };
    expect(data.text).toBe(original);
    expect(data.paragraphs).toEqual(segmentParagraphs(original).map((p) => ({...p, page: null})));
    expect(data.paragraphs.find((p) => p.number === "12")?.start).toBe(original.search(/^ ?12\. /m));
    await expect(documentText(only, "003_c140a606e429b773")).rejects.toThrow(/no document/);
  });
});
