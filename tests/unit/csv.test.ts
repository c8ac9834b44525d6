// The one CSV writer: every CSV the project makes neutralises text a spreadsheet would run as a formula
// (=, +, -, @, tab, carriage return at the start), keeps numbers as they are, and the explore page gets
// the original text back when it loads its tables.
import {DuckDBInstance} from "@duckdb/node-api";
import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {csvField, csvTableSql, csvText, neutralise, restoreText} from "../../src/components/csv.js";
import {toCsv} from "../../src/components/provenance.js";
import {toCSV} from "../../src/components/explore-results.js";
import {EXPORTS} from "../../loaders/db/export-tables.js";
import {queryCsv} from "../../loaders/db/csv.js";
import {runLoaders} from "../../loaders/run-loaders.js";
import {queryRows} from "../../loaders/db/query.js";
import {openDatabase} from "../../src/data/database.js";
import {exploreFiles} from "../../src/data/explore.js";
import {copySeeds, SEEDS, writeSeed} from "../seed-dir.js";

const HOSTILE = [
  '=HYPERLINK("http://attacker.example/","click")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1"
];

/** Rows of a CSV text (RFC 4180), for checking fields one by one. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [],
    field = "",
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
      if (c === "\r") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  return rows;
}

const dangerous = (field: string) => /^[=+\-@\t\r]/.test(field);

async function memory() {
  const instance = await DuckDBInstance.create(":memory:");
  return instance.connect();
}

describe("the CSV writer", () => {
  it("neutralises text that starts like a formula, and nothing else", () => {
    expect(HOSTILE.map((v) => csvField(v))).toEqual([
      `"'=HYPERLINK(""http://attacker.example/"",""click"")"`,
      "'+cmd|' /C calc'!A0",
      "'-2+3+cmd|' /C calc'!A0",
      "'@SUM(1+1)*cmd|' /C calc'!A0",
      "'\t=1+1",
      `"'\r=1+1"`
    ]);
    expect(["plain", "a, b", "", "1 (with family members 4)", "'quoted"].map((v) => csvField(v))).toEqual([
      "plain",
      `"a, b"`,
      `""`,
      "1 (with family members 4)",
      "'quoted"
    ]);
  });

  it("writes negative numbers as numbers, in numeric columns and as number values", () => {
    expect(
      csvText(
        ["value", "note"],
        [
          ["-3.5", "-3.5"],
          [-12, -12]
        ],
        {numeric: [true, false]}
      )
    ).toBe("value,note\n-3.5,'-3.5\n-12,-12\n");
  });

  it("can be undone exactly, for any text", () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom("'", "=", "+", "-", "@", "\t", "\r", "a", " ", "1")}), (s) => {
        expect(dangerous(neutralise(s))).toBe(false);
        expect(restoreText(neutralise(s))).toBe(s);
      }),
      {numRuns: 2000}
    );
  });

  it("gives DuckDB the original text back when the explore page loads a table", async () => {
    const connection = await memory();
    const values = [...HOSTILE, "'=already quoted", "''+twice", "'plain", "plain", "", null, 'a, "b"\nc'];
    const dir = mkdtempSync(join(tmpdir(), "migstat-csv-"));
    const file = join(dir, "t.csv");
    writeFileSync(
      file,
      csvText(
        ["text", "n"],
        values.map((v, i) => [v, -(i + 1)])
      )
    );
    await connection.run(
      csvTableSql("t", file, [
        {name: "text", type: "VARCHAR"},
        {name: "n", type: "INTEGER"}
      ])
    );
    const rows = (await connection.runAndReadAll("SELECT text, n FROM t")).getRows();
    expect(rows).toEqual(values.map((v, i) => [v, -(i + 1)]));
  });

  it("is every browser and chart CSV writer", () => {
    const row = {obs_id: "a1", category: HOSTILE[0], value: -5, quote: HOSTILE[2], country: "@x"};
    const [header, line] = parseCsv(toCsv([row]));
    const field = (name: string) => line[header.indexOf(name)];
    expect([field("category"), field("quote"), field("country"), field("value")]).toEqual([
      `'${HOSTILE[0]}`,
      `'${HOSTILE[2]}`,
      "'@x",
      "-5"
    ]);
    const result = {
      columns: [
        {name: "=label", kind: "text"},
        {name: "n", kind: "number"}
      ],
      rows: HOSTILE.map((v, i) => [v, -i])
    };
    const explore = parseCsv(toCSV(result));
    expect(explore[0]).toEqual(["'=label", "n"]);
    expect(explore.slice(1)).toEqual(HOSTILE.map((v, i) => [`'${v}`, String(-i)]));
  });

  it("writes the exports byte for byte as DuckDB's COPY does, when no cell needs neutralising", async () => {
    const db = join(mkdtempSync(join(tmpdir(), "migstat-csv-")), "m.duckdb");
    await runLoaders({seeds: SEEDS, db});
    const instance = await DuckDBInstance.create(db, {access_mode: "READ_ONLY"});
    const connection = await instance.connect();
    const dir = mkdtempSync(join(tmpdir(), "migstat-copy-"));
    try {
      for (const [file, sql] of Object.entries(EXPORTS)) {
        const copy = join(dir, file);
        await connection.run(`COPY (${sql}) TO '${copy}' (FORMAT csv, HEADER)`);
        expect(await queryCsv(connection, sql), file).toBe(readFileSync(copy, "utf8"));
        expect(readFileSync(join(db, "../exports", file), "utf8"), file).toBe(readFileSync(copy, "utf8"));
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it("neutralises hostile categories in the exports and the explore tables, which load back as the database holds them", async () => {
    const seeds = copySeeds();
    const main = "003_c140a606e429b773";
    const {sha256: _s, size_bytes: _b, ...meta} = JSON.parse(readFileSync(join(SEEDS, `${main}.meta.json`), "utf8"));
    let text = readFileSync(join(SEEDS, `${main}.txt`), "utf8");
    // Row labels of the pupils table become categories.
    for (const [label, hostile] of [
      ["Passport of foreign country", HOSTILE[0]],
      ["UNHCR protection document", HOSTILE[1]],
      ["Diplomatic card", HOSTILE[2]],
      ["Document on migration status", HOSTILE[3]]
    ]) {
      expect(text).toContain(`${label} `);
      text = text.replace(`${label} `, `${hostile} `);
    }
    writeSeed(seeds, `${main}.txt`, text, meta);
    const db = join(mkdtempSync(join(tmpdir(), "migstat-hostile-")), "m.duckdb");
    await runLoaders({seeds, db});
    const categories = (
      await queryRows(db, "SELECT DISTINCT category FROM observations WHERE category IS NOT NULL ORDER BY category")
    ).map((r) => r.category);
    expect(categories).toEqual(expect.arrayContaining(HOSTILE.slice(0, 4)));

    const exported = readFileSync(join(db, "../exports/observations.csv"), "utf8");
    const rows = parseCsv(exported);
    const header = rows[0];
    for (const row of rows.slice(1))
      for (const [i, field] of row.entries()) expect(dangerous(field), `${header[i]}: ${field}`).toBe(false);
    expect(rows.slice(1).map((r) => r[header.indexOf("category")])).toEqual(
      expect.arrayContaining(HOSTILE.slice(0, 4).map((h) => `'${h}`))
    );

    const site = await openDatabase(db);
    let files;
    try {
      files = await exploreFiles(site);
    } finally {
      site.close();
    }
    expect(String(files["explore/observations.csv"])).toBe(exported);
    // Loaded as the explore page loads it, the table holds what the database holds.
    const connection = await memory();
    const csv = join(mkdtempSync(join(tmpdir(), "migstat-explore-")), "observations.csv");
    writeFileSync(csv, files["explore/observations.csv"]);
    const schema = JSON.parse(String(files["explore/schema.json"]));
    await connection.run(csvTableSql("observations", csv, schema.observations));
    const loaded = (
      await connection.runAndReadAll(
        "SELECT DISTINCT category FROM observations WHERE category IS NOT NULL ORDER BY category"
      )
    )
      .getRows()
      .map((r) => r[0]);
    expect(loaded).toEqual(categories);
  });
});
