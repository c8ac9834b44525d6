/**
 * A copy of the project, built from scratch, is byte for byte the site this checkout built from the same
 * seeds; and a number changed in a seed reaches the built site: the page data, the chart's exported spec
 * and its CSV. Built in a copy of the project so the checkout's own dist/ and caches are untouched.
 */
import {execFile, execFileSync} from "node:child_process";
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import {afterAll, describe, expect, it} from "vitest";
import {copyProject, ROOT, withBuildLock} from "./site.js";

const FROM = "2429 in 2017";
const TO = "2529 in 2017";

/** Every marriages_with_foreigners value for 2017 in the JSON data files the built pages load. */
function pageValues(dir: string): number[] {
  const found: number[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      const row = node as Record<string, unknown>;
      if (row.indicator === "marriages_with_foreigners" && row.period_label === "2017" && typeof row.value === "number")
        found.push(row.value);
      Object.values(row).forEach(visit);
    }
  };
  const walk = (path: string): void => {
    for (const name of readdirSync(path)) {
      const p = join(path, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(".json")) visit(JSON.parse(readFileSync(p, "utf8")));
    }
  };
  walk(join(dir, "dist/_file"));
  return found;
}

describe("a fresh copy of the project", () => {
  const copy = mkdtempSync(join(tmpdir(), "migstat-site-"));
  afterAll(() => rmSync(copy, {recursive: true, force: true}));

  // Asynchronous, so that the test's process keeps answering vitest while a build takes its minute.
  const build = () =>
    promisify(execFile)("npm", ["run", "build"], {
      cwd: copy,
      maxBuffer: 64 * 1024 * 1024,
      env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}
    });

  it("builds, in a fresh copy of the project, the same bytes as this checkout's site", async () => {
    copyProject(copy);
    await build();
    // Every file, written at other times by other processes (data loader, vendor bundles, DuckDB's engine),
    // carries the same bytes: nothing in the site depends on when its inputs were written.
    const differing = await withBuildLock(() => {
      const list = (dir: string, prefix = ""): string[] =>
        readdirSync(join(dir, prefix), {withFileTypes: true})
          .flatMap((e) => (e.isDirectory() ? list(dir, join(prefix, e.name)) : [join(prefix, e.name)]))
          .sort();
      const ours = list(join(ROOT, "dist"));
      expect(list(join(copy, "dist"))).toEqual(ours);
      return ours.filter((f) => !readFileSync(join(ROOT, "dist", f)).equals(readFileSync(join(copy, "dist", f))));
    });
    expect(differing).toEqual([]);
  }, 600_000);

  it("changes the page data, the chart spec and the chart CSV after a rebuild", async () => {
    const seed = join(copy, "seeds/003_c140a606e429b773.txt");
    const text = readFileSync(seed, "utf8");
    expect(text.split(FROM)).toHaveLength(2);
    writeFileSync(seed, text.replace(FROM, TO));
    execFileSync("npm", ["run", "--silent", "seed:meta", "--", "seeds/003_c140a606e429b773.txt"], {
      cwd: copy,
      stdio: "pipe"
    });
    await build();

    const values = pageValues(copy);
    expect(values.length).toBeGreaterThan(0);
    expect(new Set(values)).toEqual(new Set([2529]));

    const spec = JSON.parse(readFileSync(join(copy, "dist/exports/marriages-with-foreigners.vl.json"), "utf8"));
    const specValues = JSON.stringify(spec);
    expect(specValues).toContain("2529");
    expect(specValues).not.toContain("2429");
    const csv = readFileSync(join(copy, "dist/exports/marriages-with-foreigners.csv"), "utf8");
    expect(csv).toMatch(/2529/);
    expect(csv).not.toMatch(/\b2429\b/);
  }, 600_000);
});
