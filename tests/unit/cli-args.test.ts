// The loaders' command lines: strict options, so a mistyped flag stops the command instead of being ignored.
import {spawnSync} from "node:child_process";
import {existsSync, mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const run = (script: string, args: string[]) => spawnSync(TSX, [script, ...args], {cwd: ROOT, encoding: "utf8"});

describe("command-line options", () => {
  const dir = mkdtempSync(join(tmpdir(), "migstat-args-"));
  const db = join(dir, "m.duckdb");

  it.each([
    ["loaders/cli.ts", 2],
    ["loaders/refresh.ts", 1],
  ])("%s refuses an unknown option, a missing value and a stray argument, writing nothing", {timeout: 60_000}, (script, status) => {
    for (const [args, message] of [
      [["--db", db, "--sedes", "x"], /Unknown option '--sedes'/],
      [["--db"], /Option '--db <value>' argument missing/],
      [["--db", db, "seeds"], /Unexpected argument 'seeds'/],
    ] as const) {
      const r = run(script, [...args]);
      expect(r.status, r.stderr).toBe(status);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/usage: npm run/);
    }
    expect(existsSync(db)).toBe(false);
  });

  it("prints the usage with --help and exits 0", {timeout: 30_000}, () => {
    const r = run("loaders/refresh.ts", ["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run refresh -- \[--seeds DIR\] \[--db FILE\]/);
  });
});
