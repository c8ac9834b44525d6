import {spawn, spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync, readdirSync, truncateSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import fc from "fast-check";
import {runLoaders} from "../../loaders/run-loaders.js";
import {snapshotOfDatabase, snapshotOfResults} from "../../loaders/diff/snapshot.js";
import {diffSnapshots, formatReport} from "../../loaders/diff/diff-snapshots.js";
import {queryRows} from "../../loaders/db/query.js";
import {extract} from "../helpers.js";
import {copySeeds, SEEDS, writeSeed} from "../seed-dir.js";

const ROOT = join(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const next = readFileSync(join(import.meta.dirname, "../fixtures/cmw-next-report.txt"), "utf8");
const main = readFileSync(join(SEEDS, "003_c140a606e429b773.txt"), "utf8");

describe("refresh", () => {
  const dir = mkdtempSync(join(tmpdir(), "migstat-refresh-"));
  const db = join(dir, "migstat.duckdb");
  beforeAll(async () => {
    await runLoaders({seeds: SEEDS, db});
  });

  it("lists exactly the observations a new report adds", async () => {
    const seeds = copySeeds();
    writeSeed(seeds, "005_next_report.txt", next, {reporting_period: "2020-2022+2023H1"});
    const out = join(mkdtempSync(join(tmpdir(), "migstat-refresh-")), "migstat.duckdb");
    await runLoaders({seeds: SEEDS, db: out});
    const before = await snapshotOfDatabase(out);
    const results = await runLoaders({seeds, db: out});
    const report = diffSnapshots(before, snapshotOfResults(results));
    const expected = results.find((r) => r.meta.doc_id === "005_next_report")!.observations;
    expect(expected.length).toBeGreaterThan(60);
    expect(report.documents).toEqual({added: ["005_next_report"], removed: [], changed: []});
    expect(report.observations.added.map((o) => o.obs_id).sort()).toEqual(expected.map((o) => o.obs_id).sort());
    expect(report.observations.removed).toEqual([]);
    expect(report.observations.changed).toEqual([]);
    expect(report.newly_failing).toBe(0);
    expect(formatReport(report)).toContain("marriages_with_foreigners 2023H1 = 1350 marriages");
  });

  it("reports a changed number with its old and new value and quote", async () => {
    const seeds = copySeeds();
    const {
      sha256: _sha,
      size_bytes: _size,
      ...meta
    } = JSON.parse(readFileSync(join(SEEDS, "003_c140a606e429b773.meta.json"), "utf8"));
    writeSeed(seeds, "003_c140a606e429b773.txt", main.replace("2429 in 2017", "2529 in 2017"), meta);
    const results = await runLoaders({seeds, db: join(dir, "changed.duckdb")});
    const report = diffSnapshots(await snapshotOfDatabase(db), snapshotOfResults(results));
    expect(report.documents.changed).toEqual(["003_c140a606e429b773"]);
    expect(
      report.observations.changed.map((c) => [c.after.indicator, c.after.period_label, c.before.value, c.after.value])
    ).toEqual([["marriages_with_foreigners", "2017", 2429, 2529]]);
    expect(report.observations.added).toEqual([]);
  });

  const bad: [string, (seeds: string) => void, RegExp][] = [
    ["an empty file", (s) => writeSeed(s, "009_bad.txt", ""), /009_bad\.txt: the file is empty/],
    [
      "a binary file",
      (s) => writeSeed(s, "009_bad.txt", Buffer.from([0x25, 0x50, 0x0a, 0x00, 0xff])),
      /009_bad\.txt:2: the file holds NUL bytes/
    ],
    [
      "UTF-16 text",
      (s) => writeSeed(s, "009_bad.txt", Buffer.from("\ufeff1. Report.", "utf16le")),
      /009_bad\.txt: the file is UTF-16/
    ],
    [
      "Latin-1 text",
      (s) => writeSeed(s, "009_bad.txt", Buffer.from("1. R\xe9sum\xe9.\n", "latin1")),
      /009_bad\.txt:1: the file is not valid UTF-8/
    ],
    // A sparse file: 100 MB to the reader, no disk used.
    [
      "a 100 MB file",
      (s) => {
        writeSeed(s, "009_bad.txt", "x");
        truncateSync(join(s, "009_bad.txt"), 100 * 1024 * 1024);
      },
      /009_bad\.txt: the file is 100\.0 MB/
    ],
    [
      "a truncated table",
      (s) => writeSeed(s, "009_bad.txt", next.slice(0, next.indexOf("Germany 41 120") + "Germany 41 120".length)),
      /009_bad\.txt:\d+: table "remittances-by-country", row "Germany": "41 120" cannot be read as 3 numbers/
    ],
    // Cut inside a table that has no Total row yet: "3 340 3" would read as three cells, 3 / 340 / 3.
    [
      "a table cut before its Total row",
      (s) => {
        const {
          sha256: _sha,
          size_bytes: _size,
          ...meta
        } = JSON.parse(readFileSync(join(SEEDS, "003_c140a606e429b773.meta.json"), "utf8"));
        const cut = "Document on migration status 3 340 3";
        writeSeed(s, "003_c140a606e429b773.txt", main.slice(0, main.indexOf(cut) + cut.length), meta);
      },
      /003_c140a606e429b773\.txt:1912: table "foreign-pupils-by-document" ends before its Total row/
    ],
    [
      "a number that cannot be parsed",
      (s) => writeSeed(s, "009_bad.txt", next.replace("Germany 41 120 44 900 52 010", "Germany 41 120 44 9O0 52 010")),
      /009_bad\.txt:\d+: table "remittances-by-country", row "Germany"/
    ],
    [
      "a missing sidecar",
      (s) => writeFileSync(join(s, "009_bad.txt"), "1. A report."),
      /009_bad\.meta\.json: missing metadata sidecar for 009_bad\.txt/
    ],
    [
      "a malformed sidecar",
      (s) => {
        writeSeed(s, "009_bad.txt", "1. A report.");
        writeFileSync(join(s, "009_bad.meta.json"), '{\n"doc_id": "009_bad",\n}');
      },
      /009_bad\.meta\.json:3: malformed JSON/
    ],
    [
      "a seed whose hash changed without its metadata",
      (s) => writeFileSync(join(s, "003_c140a606e429b773.txt"), main.replace("2429", "2428")),
      /003_c140a606e429b773\.meta\.json: sha256 .* does not match/
    ],
    [
      "a PDF that is not one",
      (s) => writeSeed(s, "009_bad.pdf", "not a pdf"),
      /009_bad\.pdf: the file does not start with %PDF-/
    ]
  ];

  it.each(bad)(
    "refuses %s with an error naming the file and keeps the previous database",
    async (_, spoil, message) => {
      const before = readFileSync(db);
      const seeds = copySeeds();
      spoil(seeds);
      await expect(runLoaders({seeds, db})).rejects.toThrow(message);
      expect(readFileSync(db).equals(before)).toBe(true);
      expect((await queryRows(db, "SELECT count(*) AS n FROM documents"))[0].n).toBe(5);
    }
  );

  it("reads a truncated-line table's line number right", async () => {
    const seeds = copySeeds();
    writeSeed(seeds, "009_bad.txt", next.replace("Germany 41 120 44 900 52 010", "Germany 41 120"));
    const line = next.split("\n").findIndex((l) => l.startsWith("Germany")) + 1;
    await expect(runLoaders({seeds, db: join(dir, "x.duckdb")})).rejects.toThrow(new RegExp(`009_bad\\.txt:${line}:`));
  });

  it("accepts CRLF line endings with the same figures", async () => {
    const crlf = extract(next.replace(/\n/g, "\r\n")).observations.map((o) => [o.indicator, o.period_label, o.value]);
    const lf = extract(next).observations.map((o) => [o.indicator, o.period_label, o.value]);
    expect(crlf).toEqual(lf);
  });

  it("reads a PDF report, keeping page numbers in the provenance", async () => {
    const seeds = mkdtempSync(join(tmpdir(), "migstat-pdf-"));
    writeSeed(
      seeds,
      "010_report.pdf",
      minimalPdf([
        [
          "1. The report.",
          "2. In 2021, based on employers’ requests, 1,204 foreigners and stateless persons were granted work permits."
        ],
        [
          "3. The number of registered marriages between citizens of the Republic and foreigners",
          "was 1904 in 2020, 2611 in 2021."
        ]
      ])
    );
    const out = join(dir, "pdf.duckdb");
    await runLoaders({seeds, db: out});
    const rows = await queryRows(
      out,
      "SELECT indicator, period_label, value, page FROM observations ORDER BY char_start, value_start"
    );
    expect(rows).toEqual([
      {indicator: "work_permits_issued", period_label: "2021", value: 1204, page: 1},
      {indicator: "marriages_with_foreigners", period_label: "2020", value: 1904, page: 2},
      {indicator: "marriages_with_foreigners", period_label: "2021", value: 2611, page: 2}
    ]);
  });

  it("writes byte-identical exports from the same seeds", async () => {
    const a = mkdtempSync(join(tmpdir(), "migstat-a-")),
      b = mkdtempSync(join(tmpdir(), "migstat-b-"));
    await runLoaders({seeds: SEEDS, db: join(a, "m.duckdb")});
    await runLoaders({seeds: SEEDS, db: join(b, "m.duckdb")});
    const files = readdirSync(join(a, "exports")).sort();
    expect(files).toEqual(["checks.csv", "documents.csv", "observations.csv"]);
    for (const f of files)
      expect(readFileSync(join(a, "exports", f)).equals(readFileSync(join(b, "exports", f)))).toBe(true);
  });

  it("survives two runs at once", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "migstat-concurrent-")), "m.duckdb");
    const run = () =>
      new Promise<number>((resolve) =>
        spawn(TSX, ["loaders/cli.ts", "--quiet", "--db", out], {cwd: ROOT}).on("exit", (code) => resolve(code ?? -1))
      );
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    expect((await queryRows(out, "SELECT count(*) AS n FROM documents"))[0].n).toBe(5);
  }, 60_000);

  it("leaves the previous database readable and unchanged when killed while writing", async () => {
    const seeds = copySeeds();
    // Enough copies of the main report that writing the database takes a while; in a language the general reader does
    // not read, only its specs read them, so extracting them stays quick however slow the general reader is.
    for (let i = 0; i < 150; i++) writeSeed(seeds, `1${String(i).padStart(3, "0")}_copy.txt`, main, {language: "fr"});
    const before = readFileSync(db);
    // One process (no tsx wrapper), so the kill reaches the process doing the work.
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "loaders/cli.ts", "--quiet", "--seeds", seeds, "--db", db],
      {cwd: ROOT}
    );
    const exited = new Promise((r) => child.on("exit", r));
    let sawTemp = false;
    for (let waited = 0; waited < 120_000 && child.exitCode === null; waited += 5) {
      if (readdirSync(dir).some((f) => f.includes(".tmp-"))) {
        sawTemp = true;
        child.kill("SIGKILL");
        break;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    await exited;
    expect(sawTemp, "the run was killed while its temporary database existed").toBe(true);
    expect(readFileSync(db).equals(before)).toBe(true);
    expect((await queryRows(db, "SELECT count(*) AS n FROM documents"))[0].n).toBe(5);
    // The next run clears what the killed one left behind.
    await runLoaders({seeds: SEEDS, db});
    expect(readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
  }, 180_000);

  it("exits 0 when nothing changed, 2 when something did, plus 4 when a check newly fails", {timeout: 60_000}, () => {
    const out = join(mkdtempSync(join(tmpdir(), "migstat-exit-")), "m.duckdb");
    const refresh = (seeds: string) =>
      spawnSync(TSX, ["loaders/refresh.ts", "--seeds", seeds, "--db", out], {cwd: ROOT, encoding: "utf8"});
    // From nothing, everything is new, the seeds' two real inconsistencies included.
    expect(refresh(SEEDS).status).toBe(6);
    const again = refresh(SEEDS);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("Nothing changed.");
    expect(existsSync(join(out, "../refresh-report.json"))).toBe(true);
    const seeds = copySeeds();
    const {
      sha256: _sha,
      size_bytes: _size,
      ...meta
    } = JSON.parse(readFileSync(join(SEEDS, "003_c140a606e429b773.meta.json"), "utf8"));
    writeSeed(seeds, "003_c140a606e429b773.txt", main.replace("2429 in 2017", "2529 in 2017"), meta);
    expect(refresh(seeds).status).toBe(2);
  });

  it("never crashes on random text", () => {
    fc.assert(
      fc.property(fc.string({maxLength: 400}), (s) => {
        expect(() => extract(`1. ${s}\n2. In 2017, ${s} 12 in 2018.`)).not.toThrow();
      }),
      {numRuns: 200}
    );
  });
});

/** A two-page PDF with one line of text per entry, written by hand so tests need no PDF tool. */
function minimalPdf(pages: string[][]): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + i * 2} 0 R`).join(" ")}] /Count ${pages.length} >>`
  ];
  const font = 3 + pages.length * 2;
  pages.forEach((lines, i) => {
    const content = `BT /F1 10 Tf 12 TL 40 750 Td ${lines.map((l) => `(${l.replace(/[()\\]/g, "\\$&").replace(/’/g, "'")}) Tj T*`).join(" ")} ET`;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${4 + i * 2} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`
    );
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });
  objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  let out = "%PDF-1.4\n";
  const offsets = objects.map((o, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}
