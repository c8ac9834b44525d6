// Replacing the database: never over a file that is not one, never while another process writes it,
// never beside another database's log; and the database, its exports and the change report as one unit,
// so that every change is reported exactly once whatever fails or is killed.
import {spawn, spawnSync, type ChildProcess} from "node:child_process";
import {createHash} from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {runLoaders, runRefresh} from "../../loaders/run-loaders.js";
import {queryRows} from "../../loaders/db/query.js";
import {copySeeds, SEEDS, writeSeed} from "../seed-dir.js";

const ROOT = join(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const MAIN = "003_c140a606e429b773";

/** A copy of the seeds in which one number of the main report changed (2429 → 2529 marriages in 2017). */
function changedSeeds(): string {
  const seeds = copySeeds();
  const {sha256: _s, size_bytes: _b, ...meta} = JSON.parse(readFileSync(join(SEEDS, `${MAIN}.meta.json`), "utf8"));
  writeSeed(
    seeds,
    `${MAIN}.txt`,
    readFileSync(join(SEEDS, `${MAIN}.txt`), "utf8").replace("2429 in 2017", "2529 in 2017"),
    meta
  );
  return seeds;
}

const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** Every published file of a data folder by name (files inside folders included), with its hash. */
function state(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p, `${prefix}${f}/`);
      else if (!f.endsWith(".lock")) out[`${prefix}${f}`] = hash(p);
    }
  };
  walk(dir, "");
  return out;
}

const leftovers = (dir: string) => Object.keys(state(dir)).filter((f) => /\.(tmp|old|publish)-|\.wal/.test(f));
const marriages2017 = async (db: string) =>
  (
    await queryRows(
      db,
      "SELECT value FROM observations WHERE indicator = 'marriages_with_foreigners' AND period_label = '2017'"
    )
  ).map((r) => r.value);

/** A process that opens db for writing and keeps uncommitted-to-file changes in its log (no checkpoint). */
/** The folder's state once two looks a moment apart agree: DuckDB may still be writing the writer's blocks when it says ready. */
async function settledState(dir: string): Promise<Record<string, string>> {
  let last = state(dir);
  for (let i = 0; i < 40; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = state(dir);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  throw new Error(`the writer kept changing ${dir}`);
}

async function writer(db: string): Promise<ChildProcess> {
  const code = `
    import {DuckDBInstance} from "@duckdb/node-api";
    const instance = await DuckDBInstance.create(${JSON.stringify(db)});
    const connection = await instance.connect();
    await connection.run("SET checkpoint_threshold = '1TB'");
    await connection.run("DELETE FROM observations WHERE indicator = 'calls_received'");
    await connection.run("INSERT INTO observations SELECT o.* REPLACE ('junk-' || i AS obs_id, 'junk' AS indicator) FROM (SELECT * FROM observations LIMIT 1) o, range(50000) t(i)");
    process.stdout.write("ready\\n");
    // Holding the instance keeps it from being collected, which would close the file and drop its lock.
    setInterval(() => [instance, connection], 1000);`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", code], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"]
  });
  await new Promise((resolve, reject) => {
    child.stdout!.once("data", resolve);
    child.once("exit", (status) => reject(new Error(`the writer exited with ${status}`)));
  });
  return child;
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}

describe("replacing the database", () => {
  it(
    "refuses while another process has it open for writing, naming that process, and leaves no log of the old database beside the new one",
    {timeout: 120_000},
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "migstat-wal-"));
      const db = join(dir, "migstat.duckdb");
      await runLoaders({seeds: SEEDS, db});
      const child = await writer(db);
      try {
        expect(existsSync(`${db}.wal`)).toBe(true);
        const before = await settledState(dir);
        await expect(runLoaders({seeds: SEEDS, db})).rejects.toThrow(
          new RegExp(`open for writing in another process \\(.*\\(PID ${child.pid}\\)\\)`)
        );
        await expect(runRefresh({seeds: SEEDS, db})).rejects.toThrow(new RegExp(`PID ${child.pid}`));
        expect(state(dir)).toEqual(before);
      } finally {
        await kill(child);
      }
      // The killed writer left its log: it belongs to the file being replaced, not to the new one.
      expect(existsSync(`${db}.wal`)).toBe(true);
      const results = await runLoaders({seeds: SEEDS, db});
      expect(existsSync(`${db}.wal`)).toBe(false);
      // Exactly the rows this run extracted: none of the junk the killed writer logged.
      const extracted = results.reduce((n, r) => n + r.observations.length, 0);
      expect(
        await queryRows(
          db,
          "SELECT count(*) AS n, count(*) FILTER (indicator = 'junk') AS junk, count(*) FILTER (indicator = 'calls_received') AS calls FROM observations"
        )
      ).toEqual([{n: extracted, junk: 0, calls: 3}]);
      const clean = join(mkdtempSync(join(tmpdir(), "migstat-clean-")), "migstat.duckdb");
      await runLoaders({seeds: SEEDS, db: clean});
      for (const f of ["documents.csv", "observations.csv", "checks.csv"])
        expect(hash(join(dir, "exports", f)), f).toBe(hash(join(clean, "../exports", f)));
      expect(leftovers(dir)).toEqual([]);
    }
  );

  it(
    "refuses a target that exists and is not a DuckDB database, and leaves it as it was",
    {timeout: 60_000},
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "migstat-target-"));
      const readme = join(dir, "README.md");
      cpSync(join(ROOT, "README.md"), readme);
      writeFileSync(join(dir, "empty.duckdb"), "");
      mkdirSync(join(dir, "folder.duckdb"));
      for (const target of [readme, join(dir, "empty.duckdb"), join(dir, "folder.duckdb")]) {
        await expect(runLoaders({seeds: SEEDS, db: target})).rejects.toThrow(/exists and is not a DuckDB database/);
        await expect(runRefresh({seeds: SEEDS, db: target})).rejects.toThrow(/exists and is not a DuckDB database/);
      }
      const cli = spawnSync(TSX, ["loaders/cli.ts", "--quiet", "--db", readme], {cwd: ROOT, encoding: "utf8"});
      expect(cli.status).toBe(1);
      expect(cli.stderr).toMatch(/README\.md exists and is not a DuckDB database: refusing to replace it/);
      expect(readFileSync(readme).equals(readFileSync(join(ROOT, "README.md")))).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(["README.md", "empty.duckdb", "folder.duckdb"]);
    }
  );
});

describe("publishing the database, its exports and the change report as one unit", () => {
  it(
    "with exports/ made a file, refuses (exit 1) and replaces nothing; once it is removed, reports the change once",
    {timeout: 120_000},
    () => {
      const dir = mkdtempSync(join(tmpdir(), "migstat-unit-"));
      const db = join(dir, "migstat.duckdb");
      const refresh = (seeds: string) =>
        spawnSync(TSX, ["loaders/refresh.ts", "--seeds", seeds, "--db", db], {cwd: ROOT, encoding: "utf8"});
      expect(refresh(SEEDS).status).toBe(6);
      const seeds = changedSeeds();
      rmSync(join(dir, "exports"), {recursive: true});
      writeFileSync(join(dir, "exports"), "not a folder\n");
      const before = state(dir);
      const failed = refresh(seeds);
      expect(failed.status).toBe(1);
      expect(failed.stderr).toMatch(/exports exists and is not a folder/);
      expect(state(dir)).toEqual(before);
      rmSync(join(dir, "exports"));
      const changed = refresh(seeds);
      expect(changed.status).toBe(2);
      expect(changed.stdout).toContain("marriages_with_foreigners 2017: 2429 → 2529");
      expect(readFileSync(join(dir, "refresh-report.md"), "utf8")).toContain("2429 → 2529");
      const again = refresh(seeds);
      expect(again.status).toBe(0);
      expect(again.stdout).toContain("Nothing changed.");
      expect(leftovers(dir)).toEqual([]);
    }
  );

  it(
    "undoes every step when one fails, leaving no temporary file, so the next refresh reports the change",
    {timeout: 240_000},
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "migstat-steps-"));
      const db = join(dir, "migstat.duckdb");
      await runRefresh({seeds: SEEDS, db});
      const seeds = changedSeeds();
      const steps: string[] = [];
      await runRefresh({seeds, db, onStep: (step) => steps.push(step)});
      expect(steps).toEqual(["exports", "refresh-report.json", "refresh-report.md", "wal", "database", "committed"]);
      await runRefresh({seeds: SEEDS, db});
      for (const failing of steps.slice(0, -1)) {
        const before = state(dir);
        await expect(
          runRefresh({
            seeds,
            db,
            onStep: (step) => {
              if (step === failing) throw new Error(`failed at ${step}`);
            }
          })
        ).rejects.toThrow(`failed at ${failing}`);
        expect(state(dir), `after a failure at ${failing}`).toEqual(before);
        const next = await runRefresh({seeds, db});
        expect(
          next.report.observations.changed.map((c) => [c.before.value, c.after.value]),
          `the refresh after a failure at ${failing}`
        ).toEqual([[2429, 2529]]);
        expect((await runRefresh({seeds, db})).report.changed).toBe(false);
        await runRefresh({seeds: SEEDS, db});
      }
      expect(leftovers(dir)).toEqual([]);
    }
  );

  it("puts every file back when the rename of the database itself fails", {timeout: 60_000}, async () => {
    const dir = mkdtempSync(join(tmpdir(), "migstat-rename-"));
    const db = join(dir, "migstat.duckdb");
    await runRefresh({seeds: SEEDS, db});
    const before = state(dir);
    const saved = join(mkdtempSync(join(tmpdir(), "migstat-saved-")), "migstat.duckdb");
    // Just before the database is renamed into place, a folder takes its name: the rename fails.
    await expect(
      runRefresh({
        seeds: changedSeeds(),
        db,
        onStep: (step) => {
          if (step !== "database") return;
          renameSync(db, saved);
          mkdirSync(db);
          writeFileSync(join(db, "in-the-way"), "");
        }
      })
    ).rejects.toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    rmSync(db, {recursive: true});
    renameSync(saved, db);
    expect(state(dir)).toEqual(before);
  });

  it.each(["exports", "refresh-report.json", "refresh-report.md", "wal", "database", "committed"])(
    "after a refresh killed at step %s, the next one reports the change exactly when the killed one had not published it",
    {timeout: 120_000},
    async (stopAt) => {
      const dir = mkdtempSync(join(tmpdir(), "migstat-killed-"));
      const db = join(dir, "migstat.duckdb");
      await runRefresh({seeds: SEEDS, db});
      const before = state(dir);
      const seeds = changedSeeds();
      const killed = spawnSync(
        process.execPath,
        ["--import", "tsx", "tests/fixtures/refresh-stopping.ts", seeds, db, stopAt],
        {cwd: ROOT, encoding: "utf8"}
      );
      expect(killed.signal).toBe("SIGKILL");
      const committed = stopAt === "committed";
      if (committed) {
        // Everything published together: the new database, and the report of the change.
        expect(await marriages2017(db)).toEqual([2529]);
        expect(readFileSync(join(dir, "refresh-report.md"), "utf8")).toContain("2429 → 2529");
        expect(readFileSync(join(dir, "exports/observations.csv"), "utf8")).toContain(",2529.0,");
      } else {
        expect(hash(db)).toBe(before["migstat.duckdb"]);
      }
      const next = await runRefresh({seeds, db});
      expect(next.report.changed).toBe(!committed);
      expect(state(dir)["exports/observations.csv"]).not.toBe(before["exports/observations.csv"]);
      expect(leftovers(dir)).toEqual([]);
    }
  );

  it(
    "takes turns with a refresh that runs at the same time: exactly one of two reports the change",
    {timeout: 120_000},
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "migstat-two-"));
      const db = join(dir, "migstat.duckdb");
      await runRefresh({seeds: SEEDS, db});
      const seeds = changedSeeds();
      const refresh = () =>
        new Promise<number>((resolve) =>
          spawn(process.execPath, ["--import", "tsx", "loaders/refresh.ts", "--seeds", seeds, "--db", db], {
            cwd: ROOT,
            stdio: "ignore"
          }).on("exit", (code) => resolve(code ?? -1))
        );
      expect((await Promise.all([refresh(), refresh()])).sort()).toEqual([0, 2]);
      expect(await marriages2017(db)).toEqual([2529]);
      expect(leftovers(dir)).toEqual([]);
    }
  );

  it(
    "removes what a killed run of an older version left: temporary files of processes that are gone",
    {timeout: 60_000},
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "migstat-orphans-"));
      const db = join(dir, "migstat.duckdb");
      await runRefresh({seeds: SEEDS, db});
      const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
        encoding: "utf8"
      }).stdout;
      for (const f of [
        `migstat.duckdb.tmp-${gone}-1`,
        `refresh-report.json.tmp-${gone}`,
        `refresh-report.md.tmp-${gone}`
      ])
        writeFileSync(join(dir, f), "");
      mkdirSync(join(dir, `exports.tmp-${gone}-1`));
      const alive = `refresh-report.md.tmp-${process.pid}`;
      writeFileSync(join(dir, alive), "");
      await runRefresh({seeds: SEEDS, db});
      expect(leftovers(dir)).toEqual([alive]);
    }
  );
});
