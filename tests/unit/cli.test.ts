// The loaders' command lines: strict options, so a mistyped flag stops the command instead of being ignored;
// and what their summary says beyond the counts.
import {spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {SEEDS, writeSeed} from "../seed-dir.js";

const ROOT = join(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const run = (script: string, args: string[]) => spawnSync(TSX, [script, ...args], {cwd: ROOT, encoding: "utf8"});

describe("command-line options", () => {
  const dir = mkdtempSync(join(tmpdir(), "migstat-args-"));
  const db = join(dir, "m.duckdb");

  it.each([
    ["loaders/cli.ts", 2],
    ["loaders/refresh.ts", 1]
  ])(
    "%s refuses an unknown option, a missing value and a stray argument, writing nothing",
    {timeout: 60_000},
    (script, status) => {
      for (const [args, message] of [
        [["--db", db, "--sedes", "x"], /Unknown option '--sedes'/],
        [["--db"], /Option '--db <value>' argument missing/],
        [["--db", db, "seeds"], /Unexpected argument 'seeds'/]
      ] as const) {
        const r = run(script, [...args]);
        expect(r.status, r.stderr).toBe(status);
        expect(r.stderr).toMatch(message);
        expect(r.stderr).toMatch(/usage: npm run/);
      }
      expect(existsSync(db)).toBe(false);
    }
  );

  it("prints the usage with --help and exits 0", {timeout: 30_000}, () => {
    const r = run("loaders/refresh.ts", ["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run refresh -- \[--seeds DIR\] \[--db FILE\]/);
  });
});

describe("the loaders' summary", () => {
  it("says when a document's paragraphs could not be numbered", {timeout: 60_000}, () => {
    const seeds = mkdtempSync(join(tmpdir(), "migstat-numbering-"));
    const main = readFileSync(join(SEEDS, "003_c140a606e429b773.txt"), "utf8");
    // The report without its first paragraph: no paragraph number starts a sequence from 1.
    writeSeed(seeds, "009_from_paragraph_2.txt", main.slice(main.search(/^\s*2\.\s/m)), {
      date: "2019",
      reporting_period: "2013-2018+2019H1"
    });
    writeSeed(seeds, "010_whole.txt", main, {date: "2019", reporting_period: "2013-2018+2019H1"});
    const db = join(mkdtempSync(join(tmpdir(), "migstat-numbering-")), "m.duckdb");
    const json = run("loaders/cli.ts", ["--quiet", "--json", "--seeds", seeds, "--db", db]);
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).notes).toEqual([
      {
        doc_id: "009_from_paragraph_2",
        note: `paragraphs could not be numbered: 246 lines start like a numbered paragraph, but none in sequence from 1; figures are located "preamble"`
      }
    ]);
    const table = run("loaders/cli.ts", ["--seeds", seeds, "--db", db]);
    expect(table.stdout).toMatch(/^note: 009_from_paragraph_2: paragraphs could not be numbered/m);
    expect(table.stdout).not.toMatch(/010_whole: /);
    expect(run("loaders/cli.ts", ["--quiet", "--seeds", seeds, "--db", db]).stderr).toMatch(
      /^loaders: note: 009_from_paragraph_2: paragraphs could not be numbered/m
    );
  });
});
