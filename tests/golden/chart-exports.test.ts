// The chart exports (scripts/export-charts.mjs, run after `npm run build`), checked against a database built
// from the seeds in a temporary folder: every chart's SVG, PNG, Vega-Lite spec and CSV exist; the spec's data
// and the SVG's marks are the database's rows for the chart, with their values; every spec is valid Vega-Lite
// and compiles without a warning; and the dataset version changes when, and only when, the rows change.
import {createHash} from "node:crypto";
import {copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {Resvg} from "@resvg/resvg-js";
import {Ajv} from "ajv";
import * as vegaLite from "vega-lite";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {queryRows} from "../../loaders/db/query.js";
import {runAsync} from "../helpers.js";
import {parseCsv} from "../parse-csv.js";
import {canonicalRows, citation, datasetVersion, sha256Hex} from "../../src/components/cite.js";
import {CHARTS, type Chart} from "../../src/components/specs/charts.js";
import {siteCharts} from "../../src/components/specs/site-charts.js";
import {unitTitle} from "../../src/components/specs/labels.js";
import {singularUnit} from "../../src/components/specs/source.js";
import {periodText} from "../../src/components/specs/periods.js";
import {RESVG_FONT} from "../../scripts/font-metrics.mjs";

const ROOT = join(import.meta.dirname, "../..");
// Texts whose SHA-256 must be the same in every runtime: empty, non-ASCII, and lengths around a block's padding.
const HASHED_TEXTS = [
  "",
  "abc",
  "é – “quote” ‎نحو 3",
  "x".repeat(55),
  "x".repeat(56),
  "x".repeat(64),
  "x".repeat(1000)
];
const EXTENSIONS = [".svg", ".png", ".vl.json", ".csv"];
type Row = Record<string, unknown>;

interface IndexEntry {
  id: string;
  title: string;
  page: string;
  rows: number;
  version: string;
  citation: string;
  documents: {doc_id: string; title: string | null; un_symbol: string | null; places: string[]}[];
  files: Record<string, {name: string; bytes: number}>;
}

const exportCharts = (db: string, out: string) =>
  runAsync(join(ROOT, "node_modules/.bin/tsx"), ["scripts/export-charts.mjs", "--db", db, "--out", out], {cwd: ROOT});
const readIndex = (out: string): IndexEntry[] => JSON.parse(readFileSync(join(out, "index.json"), "utf8")).charts;

// Rows as the database holds them, selected here rather than through the pages' query.
const SERIES = `SELECT s.*, d.title, d.un_symbol, d.kind, d.date, d.language, d.source_url FROM series s JOIN documents d USING (doc_id) ORDER BY obs_id`;

let dir: string;
let database: string;
let out: string;
let index: IndexEntry[];
let rows: Row[];
let exportLog: string;
// Every chart the site shows, made from the database's rows as the export script makes it.
let charts: Chart[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "migstat-exports-"));
  database = join(dir, "migstat.duckdb");
  out = join(dir, "exports");
  await runAsync(
    join(ROOT, "node_modules/.bin/tsx"),
    ["loaders/cli.ts", "--seeds", join(ROOT, "seeds"), "--db", database],
    {cwd: ROOT}
  );
  exportLog = await exportCharts(database, out);
  index = readIndex(out);
}, 120_000);

beforeAll(async () => {
  // Quotes as the pages show them: PDF line breaks and runs of spaces become single spaces.
  rows = (await queryRows(database, SERIES)).map((r) => ({
    ...r,
    quote: typeof r.quote === "string" ? r.quote.replace(/\s+/g, " ").trim() : r.quote
  }));
  charts = siteCharts(rows);
});

afterAll(() => {
  if (dir) rmSync(dir, {recursive: true, force: true});
});

const number = new Intl.NumberFormat("en", {maximumFractionDigits: 2});

// The words a bar's accessible label must hold for a row: its period and its value with its unit
// (a share of the period's stated total for the shares chart).
function expectedLabel(row: Row, shareOfTotal?: number): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const value =
    shareOfTotal === undefined
      ? `${number.format(Number(row.value))}${row.unit ? ` ${Number(row.value) === 1 ? singularUnit(String(row.unit)) : row.unit}` : ""}`
      : `${number.format(Math.round(shareOfTotal * 1000) / 10)}%`;
  return new RegExp(`(^|, )${escape(periodText(row.period_label))}(, .*)?: (.+ )?${escape(value)}($| \\()`);
}

function barLabels(svg: string): string[] {
  const unescape = (s: string) =>
    s
      .replaceAll("&quot;", '"')
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&#39;", "'")
      .replaceAll("&amp;", "&");
  return [
    ...svg.matchAll(/<path aria-label="([^"]*)" role="graphics-symbol" aria-roledescription="(?:bar|point)"/g)
  ].map((m) => unescape(m[1]));
}

// Each line of text of an SVG: a <text> element, or each <tspan> of a multi-line one.
function textLines(svg: string): string[] {
  return [...svg.replaceAll("&amp;", "&").matchAll(/<text[^>]*>(.*?)<\/text>/g)].flatMap((m) =>
    m[1].includes("<tspan") ? [...m[1].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]) : [m[1]]
  );
}

// An SVG with only its text left to draw: every path, line and rect outside a clip path taken out.
function textOnly(svg: string): string {
  return svg
    .split(/(<clipPath[\s\S]*?<\/clipPath>)/)
    .map((part, i) => (i % 2 ? part : part.replace(/<(path|line|rect)\b[^>]*\/>/g, "")))
    .join("");
}

describe("chart exports", () => {
  it("writes an SVG, a PNG, a Vega-Lite spec and a CSV for every chart, and an index", () => {
    expect(index.map((e) => e.id)).toEqual(charts.map((c) => c.id));
    // The curated charts under their ids, and the family pages' generated ones (a trend, a breakdown).
    for (const chart of CHARTS) expect(index.map((e) => e.id)).toContain(chart.id);
    expect(index.map((e) => e.id)).toEqual(
      expect.arrayContaining(["trafficking-victims", "detention-placements-by-category"])
    );
    for (const chart of charts)
      for (const extension of EXTENSIONS)
        expect(existsSync(join(out, `${chart.id}${extension}`)), `${chart.id}${extension}`).toBe(true);
    console.log(exportLog.trim());
  });

  it("draws the PNG at twice the SVG's size", () => {
    for (const entry of index) {
      const svg = readFileSync(join(out, `${entry.id}.svg`), "utf8");
      const [, width, height] = svg.match(/^<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/)!.map(Number);
      const png = readFileSync(join(out, `${entry.id}.png`));
      expect(png.subarray(1, 4).toString("latin1"), entry.id).toBe("PNG");
      expect(png.readUInt32BE(16), `${entry.id} width`).toBe(Math.ceil(width * 2));
      expect(png.readUInt32BE(20), `${entry.id} height`).toBe(Math.ceil(height * 2));
    }
  });

  it("inlines exactly the database's rows for each chart in its spec, with their values", async () => {
    const byId = new Map(rows.map((r) => [r.obs_id, r]));
    for (const chart of charts) {
      const expected = chart.select(rows);
      const spec = JSON.parse(readFileSync(join(out, `${chart.id}.vl.json`), "utf8"));
      const values = spec.data.values as Row[];
      expect(values.map((v) => v.obs_id).sort(), chart.id).toEqual(expected.map((r) => r.obs_id).sort());
      for (const v of values) {
        expect(v.value, `${chart.id} ${v.obs_id}`).toBe(byId.get(v.obs_id)!.value);
        expect(v.quote, `${chart.id} ${v.obs_id}`).toBe(byId.get(v.obs_id)!.quote);
      }
      expect(spec.usermeta).toMatchObject({id: chart.id, version: await datasetVersion(expected)});
    }
  });

  // A trend of four periods or more labels its points, as the others label their bars.
  it("labels one bar or point in each SVG per row, with the row's period and stated value", () => {
    for (const chart of charts) {
      const expected = chart.select(rows);
      const labels = barLabels(readFileSync(join(out, `${chart.id}.svg`), "utf8"));
      expect(labels.length, chart.id).toBe(expected.length);
      const totals = new Map<unknown, number>();
      for (const row of expected) totals.set(row.period_label, (totals.get(row.period_label) ?? 0) + Number(row.value));
      const unmatched = [...labels];
      for (const row of expected) {
        const pattern = expectedLabel(
          row,
          chart.id === "remittances-shares" ? Number(row.value) / totals.get(row.period_label)! : undefined
        );
        const at = unmatched.findIndex((label) => pattern.test(label));
        expect(
          at,
          `${chart.id}: no bar labelled ${pattern} for ${row.obs_id} among ${JSON.stringify(unmatched)}`
        ).toBeGreaterThanOrEqual(0);
        unmatched.splice(at, 1);
      }
    }
  });

  it("writes the title, units, source line and dataset version into each SVG", () => {
    for (const entry of index) {
      const text = textLines(readFileSync(join(out, `${entry.id}.svg`), "utf8")).join("\n");
      expect(text.replace(/\n/g, " "), entry.id).toContain(entry.title);
      expect(text, entry.id).toMatch(/^Sources?: /m);
      expect(text, entry.id).toContain(`dataset version ${entry.version}`);
      const units = [
        ...new Set(
          charts
            .find((c) => c.id === entry.id)!
            .select(rows)
            .map((r) => String(r.unit))
        )
      ];
      // The unit as stated ("persons") or as an axis names it in full ("Thousand US dollars" for "thousand USD").
      for (const unit of units) {
        const named =
          entry.id === "remittances-shares"
            ? ["share of the stated total"]
            : [unit, unitTitle(unit)].map((u) => u.toLowerCase());
        expect(
          named.some((u) => text.toLowerCase().includes(u)),
          `${entry.id}: unit ${unit} in ${JSON.stringify(text)}`
        ).toBe(true);
      }
    }
  });

  it("draws every line of text inside the image, in the PNG's fonts, and cuts none short", () => {
    for (const entry of index) {
      for (const name of [`${entry.id}.svg`, `${entry.id}.dark.svg`]) {
        const svg = readFileSync(join(out, name), "utf8");
        const [, width, height] = svg.match(/^<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/)!.map(Number);
        // Where resvg draws the text's ink, in the fonts and with the layout the PNG gets.
        const ink = new Resvg(textOnly(svg), {font: RESVG_FONT}).getBBox()!;
        const box = [ink.x, ink.y, ink.x + ink.width, ink.y + ink.height].map((v) => Math.round(v * 10) / 10);
        expect(
          box[0] >= 0 && box[1] >= 0 && box[2] <= width && box[3] <= height,
          `${name}: text drawn over ${box.join(", ")}, outside 0, 0, ${width}, ${height}`
        ).toBe(true);
        // Vega cuts a label that runs past its limit with an ellipsis.
        expect(
          textLines(svg).filter((line) => line.endsWith("…")),
          name
        ).toEqual([]);
      }
    }
  });

  it("lists each chart's rows in its CSV with their provenance columns", () => {
    for (const chart of charts) {
      const [header, ...records] = parseCsv(readFileSync(join(out, `${chart.id}.csv`), "utf8"));
      expect(header[0]).toBe("obs_id");
      for (const column of [
        "obs_id",
        "doc_id",
        "title",
        "un_symbol",
        "locator",
        "page",
        "period_label",
        "country",
        "citizenship",
        "sex",
        "age_group",
        "category",
        "value",
        "unit",
        "approx",
        "quote"
      ]) {
        expect(header, column).toContain(column);
      }
      const expected = new Map(chart.select(rows).map((r) => [r.obs_id, r]));
      expect(records.length, chart.id).toBe(expected.size);
      for (const record of records) {
        const row = Object.fromEntries(header.map((h, i) => [h, record[i]]));
        const db = expected.get(row.obs_id)!;
        expect(db, `${chart.id} ${row.obs_id}`).toBeDefined();
        expect(Number(row.value)).toBe(db.value);
        expect(row.doc_id).toBe(db.doc_id);
        expect(row.locator).toBe(String(db.locator));
        expect(row.title).toBe(db.title);
      }
    }
  });

  // Compiling Vega-Lite's JSON schema alone takes seconds on a busy machine.
  it(
    "validates every spec against the Vega-Lite JSON schema, and compiles each without a warning",
    {timeout: 60_000},
    () => {
      const schema = JSON.parse(readFileSync(join(ROOT, "node_modules/vega-lite/build/vega-lite-schema.json"), "utf8"));
      const ajv = new Ajv({allowUnionTypes: true, strict: false, allErrors: true});
      ajv.addFormat("uri", (s: string) => URL.canParse(s));
      ajv.addFormat("uri-reference", (s: string) => URL.canParse(s, "http://127.0.0.1/"));
      ajv.addFormat("color-hex", /^#([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i);
      const validate = ajv.compile(schema);
      expect(validate({mark: "no-such-mark", data: {values: []}}), "the schema rejects a wrong spec").toBe(false);
      for (const chart of charts) {
        const spec = JSON.parse(readFileSync(join(out, `${chart.id}.vl.json`), "utf8"));
        expect(validate(spec) ? [] : validate.errors, chart.id).toEqual([]);
        const warnings: string[] = [];
        const logger = {
          level: () => logger,
          warn: (...m: unknown[]) => warnings.push(m.join(" ")),
          error: (...m: unknown[]) => warnings.push(m.join(" ")),
          info() {},
          debug() {}
        };
        vegaLite.compile(spec, {logger: logger as never});
        expect(warnings, chart.id).toEqual([]);
      }
      expect(exportLog).not.toMatch(/warned/);
    }
  );

  it("cites each chart's documents by title, UN symbol and address, with paragraphs or tables, and its version", () => {
    for (const entry of index) {
      const chartRows = charts.find((c) => c.id === entry.id)!.select(rows);
      for (const doc of new Set(chartRows.map((r) => r.doc_id))) {
        const row = chartRows.find((r) => r.doc_id === doc)!;
        expect(entry.citation, entry.id).toContain(String(row.title));
        if (row.un_symbol) expect(entry.citation, entry.id).toContain(`(${row.un_symbol})`);
        if (row.source_url) expect(entry.citation, entry.id).toContain(`available at ${row.source_url}`);
      }
      if (!chartRows.some((r) => r.source_url)) expect(entry.citation, entry.id).not.toContain("available at");
      expect(entry.citation).toMatch(/\b(paras?\.|table “)/);
      expect(entry.citation).toContain(`dataset version ${entry.version}`);
      expect(entry.version).toMatch(/^[0-9a-f]{12}$/);
    }
  });
});

describe("dataset version", () => {
  const sample = () => charts.find((c) => c.id === "trafficking-victims-by-sex")!.select(rows);

  it("is the SHA-256 of the rows' canonical JSON", async () => {
    for (const text of HASHED_TEXTS)
      expect(await sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    expect(await datasetVersion(sample())).toBe(
      createHash("sha256").update(canonicalRows(sample()), "utf8").digest("hex").slice(0, 12)
    );
  });

  it("stays the same when the rows are reordered, or carry fields a page adds", async () => {
    const rows = sample();
    const version = await datasetVersion(rows);
    expect(await datasetVersion([...rows].reverse())).toBe(version);
    expect(await datasetVersion([...rows].sort(() => 0.5 - Math.random()))).toBe(version);
    expect(
      await datasetVersion(rows.map((r) => ({share: 0.5, total: 10, n_failed_checks: 3, ...r, kind: "other"})))
    ).toBe(version);
    expect(await datasetVersion(rows.map((r) => Object.fromEntries(Object.entries(r).reverse())))).toBe(version);
  });

  it("changes when one row's value, quote, location or period changes, or a row is added or removed", async () => {
    const rows = sample();
    const version = await datasetVersion(rows);
    const changed = (field: string, value: unknown) =>
      datasetVersion(rows.map((r, i) => (i === 2 ? {...r, [field]: value} : r)));
    expect(await changed("value", Number(rows[2].value) + 1)).not.toBe(version);
    expect(await changed("quote", `${rows[2].quote} `)).not.toBe(version);
    expect(await changed("locator", "999")).not.toBe(version);
    expect(await changed("period_label", "1999")).not.toBe(version);
    expect(await changed("un_symbol", "CMW/C/XXX/1")).not.toBe(version);
    expect(await datasetVersion(rows.slice(1))).not.toBe(version);
    expect(await datasetVersion([...rows, {...rows[0], obs_id: "zzz"}])).not.toBe(version);
  });

  it("in the exports changes for exactly the charts that show a row whose value changed in the database", async () => {
    const target = charts.find((c) => c.id === "detention-by-sex")!.select(rows)[0];
    const changedDb = join(dir, "changed.duckdb");
    copyFileSync(database, changedDb);
    const instance = await DuckDBInstance.create(changedDb);
    const connection = await instance.connect();
    await connection.run(`UPDATE observations SET value = value + 1 WHERE obs_id = '${target.obs_id}'`);
    connection.closeSync();
    instance.closeSync();
    const changedOut = join(dir, "changed-exports");
    await exportCharts(changedDb, changedOut);
    const after = new Map(readIndex(changedOut).map((e) => [e.id, e.version]));
    const showing = new Set(
      charts.filter((c) => c.select(rows).some((r) => r.obs_id === target.obs_id)).map((c) => c.id)
    );
    expect(showing.has("detention-by-sex")).toBe(true);
    for (const entry of index) expect(after.get(entry.id) !== entry.version, entry.id).toBe(showing.has(entry.id));
    await exportCharts(database, join(dir, "again"));
    expect(readIndex(join(dir, "again")).map((e) => e.version)).toEqual(index.map((e) => e.version));
  }, 120_000);

  it("is stated in every chart's citation, which cannot be written without it", async () => {
    const rows = sample();
    const chart = charts.find((c) => c.id === "trafficking-victims-by-sex")!;
    const version = await datasetVersion(rows);
    expect(citation(chart, rows, {version})).toContain(`dataset version ${version}, ${rows.length} figures.`);
    expect(() => citation(chart, rows, {} as {version: string})).toThrow(/the dataset version is required/);
  });
});
