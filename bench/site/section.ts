/**
 * Section 4: `npm run build` of this project against the same command on a one-page Framework
 * site with the same offline configuration, built side by side in one run. Both build in
 * temporary folders that link this project's node_modules, so a build here never touches the
 * working tree's dist/ or data/; every build starts clean (no dist/, no Framework cache).
 */
import {execFileSync, spawnSync} from "node:child_process";
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {ROOT} from "../lib/paths.js";
import {summarize, type Summary} from "../lib/stats.js";

export const TARGET_RATIO = 3;

export interface SiteSection {
  reps: number;
  projectMs: Summary;
  minimalMs: Summary;
  ratio: number;
  /** The project's build, one step at a time (one extra clean build). */
  phasesMs: Record<string, number>;
  /**
   * Framework's own timing of each data loader run in that build: the last "load /x → [missing] … in N ms"
   * of a line, so that an archive loader (/data.zip) is counted once, not again for each file taken out of it.
   */
  dataLoadersMs: Record<string, number>;
  targetRatio: number;
  met: boolean;
}

/** A copy of the working tree (tracked and new files; not bench/ or tests/) in a temporary folder. */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "migstat-bench-site-"));
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    encoding: "utf8"
  })
    .split("\0")
    .filter((f) => f && !/^(?:bench|tests|\.ci)\//.test(f));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), {recursive: true});
    try {
      copyFileSync(join(ROOT, file), join(dir, file));
    } catch {
      /* deleted in the working tree */
    }
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return dir;
}

/** A one-page Framework site configured like this project (no external fonts, no search, no DuckDB extensions). */
export function minimalSite(): string {
  const dir = mkdtempSync(join(tmpdir(), "migstat-bench-minimal-"));
  mkdirSync(join(dir, "src"));
  mkdirSync(join(dir, "scripts"));
  copyFileSync(join(ROOT, "scripts/seed-framework-cache.mjs"), join(dir, "scripts/seed-framework-cache.mjs"));
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify(
      {
        name: "minimal",
        private: true,
        type: "module",
        scripts: {
          prebuild: "node scripts/seed-framework-cache.mjs",
          build: "OBSERVABLE_TELEMETRY_DISABLE=true observable build"
        }
      },
      null,
      2
    )
  );
  writeFileSync(
    join(dir, "observablehq.config.js"),
    `export default {
  root: "src", title: "minimal", pages: [{name: "Hello", path: "/"}], globalStylesheets: [],
  duckdb: {extensions: {json: null, parquet: null}}, search: false
};\n`
  );
  writeFileSync(join(dir, "src/index.md"), "# Hello\n\nOne page.\n");
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return dir;
}

function clean(dir: string) {
  for (const p of ["dist", "src/.observablehq/cache", "data"]) rmSync(join(dir, p), {recursive: true, force: true});
}

function npm(dir: string, args: string[]): number {
  return npmOutput(dir, args).ms;
}

function npmOutput(dir: string, args: string[]): {ms: number; output: string} {
  const start = performance.now();
  const result = spawnSync("npm", args, {
    cwd: dir,
    encoding: "utf8",
    env: {...process.env, npm_config_update_notifier: "false", OBSERVABLE_TELEMETRY_DISABLE: "true"}
  });
  if (result.status !== 0)
    throw new Error(
      `npm ${args.join(" ")} in ${dir} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`
    );
  return {ms: performance.now() - start, output: `${result.stdout}\n${result.stderr}`};
}

export function siteSection(
  project: string,
  minimal: string,
  options: {quick: boolean; log: (s: string) => void}
): SiteSection {
  const reps = options.quick ? 1 : 3;
  const projectMs: number[] = [],
    minimalMs: number[] = [];
  for (let r = 0; r < reps; r++) {
    options.log(`site: project build ${r + 1}/${reps}`);
    clean(project);
    projectMs.push(npm(project, ["run", "build"]));
    options.log(`site: one-page build ${r + 1}/${reps}`);
    clean(minimal);
    minimalMs.push(npm(minimal, ["run", "build"]));
  }
  const phasesMs: Record<string, number> = {};
  const dataLoadersMs: Record<string, number> = {};
  const p = summarize(projectMs),
    m = summarize(minimalMs);
  const ratio = p.p50 / m.p50;
  // The step-by-step build is a whole extra build: only in a full run.
  if (options.quick)
    return {
      reps,
      projectMs: p,
      minimalMs: m,
      ratio,
      phasesMs,
      dataLoadersMs,
      targetRatio: TARGET_RATIO,
      met: ratio <= TARGET_RATIO
    };
  options.log("site: project build step by step");
  clean(project);
  phasesMs["npm run loaders"] = npm(project, ["run", "loaders"]);
  phasesMs["npm run vendor"] = npm(project, ["run", "vendor"]);
  phasesMs["bust-loader-cache"] = npm(project, ["exec", "--", "node", "scripts/bust-loader-cache.mjs"]);
  const build = npmOutput(project, ["run", "build", "--ignore-scripts"]);
  phasesMs["observable build"] = build.ms;
  // eslint-disable-next-line no-control-regex
  for (const line of build.output.replace(/\x1b\[[0-9;]*m/g, "").split("\n")) {
    const loads = [...line.matchAll(/load (\/\S+) → (\[\w+\] )?/g)];
    const time = / in (\d+)ms\s*$/.exec(line);
    const last = loads[loads.length - 1];
    // "[fresh]": taken from the cache (an archive already made for an earlier file), not run.
    if (last && time && !last[2]?.includes("fresh")) dataLoadersMs[last[1]] = Number(time[1]);
  }
  // The build's postbuild script (the chart exports), when the project has one.
  const scripts = JSON.parse(readFileSync(join(project, "package.json"), "utf8")).scripts ?? {};
  if (scripts.postbuild) phasesMs[`postbuild (${scripts.postbuild})`] = npm(project, ["run", "postbuild"]);
  return {
    reps,
    projectMs: p,
    minimalMs: m,
    ratio,
    phasesMs,
    dataLoadersMs,
    targetRatio: TARGET_RATIO,
    met: ratio <= TARGET_RATIO
  };
}
