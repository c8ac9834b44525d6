/**
 * A number changed in a seed reaches the built site: the page data, the chart's exported spec and
 * its CSV. Built in a copy of the project so the checkout's own dist/ and caches are untouched.
 */
import {execFileSync} from "node:child_process";
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {ROOT} from "./site.js";
import {runAsync} from "../helpers.js";

const FROM = "2429 in 2017";
const TO = "2529 in 2017";

/** Every marriages_with_foreigners value for 2017 in the JSON data files the built pages load. */
function pageValues(dir: string): number[] {
  const found: number[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      const row = node as Record<string, unknown>;
      if (row.indicator === "marriages_with_foreigners" && row.period_label === "2017" && typeof row.value === "number") found.push(row.value);
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

describe("a changed seed", () => {
  const copy = mkdtempSync(join(tmpdir(), "migstat-site-"));
  afterAll(() => rmSync(copy, {recursive: true, force: true}));

  it("changes the page data, the chart spec and the chart CSV after a rebuild", async () => {
    // The project as committed (plus working-tree edits), without its generated folders.
    const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {cwd: ROOT, encoding: "utf8"}).split("\0").filter(Boolean);
    for (const f of files) {
      if (!existsSync(join(ROOT, f))) continue;
      mkdirSync(dirname(join(copy, f)), {recursive: true});
      cpSync(join(ROOT, f), join(copy, f));
    }
    symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
    const seed = join(copy, "seeds/003_c140a606e429b773.txt");
    const text = readFileSync(seed, "utf8");
    expect(text.split(FROM)).toHaveLength(2);
    writeFileSync(seed, text.replace(FROM, TO));
    await runAsync("npm", ["run", "--silent", "seed:meta", "--", "seeds/003_c140a606e429b773.txt"], {cwd: copy});
    await runAsync("npm", ["run", "build"], {cwd: copy, env: {OBSERVABLE_TELEMETRY_DISABLE: "true"}});

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
