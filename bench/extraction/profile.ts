/**
 * CPU profile of extraction with every hot spot named by its TypeScript file and line: the child
 * is bundled with a source map, run under --cpu-prof, and the profile is mapped back to the sources.
 */
import {spawnSync} from "node:child_process";
import {mkdirSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {SourceMap} from "node:module";
import {join, relative} from "node:path";
import {build} from "esbuild";
import {OUT, ROOT} from "../lib/paths.js";
import {pinnedNode} from "../lib/child-process.js";

interface ProfileNode {
  id: number;
  callFrame: {functionName: string; url: string; lineNumber: number; columnNumber: number};
  children?: number[];
  positionTicks?: {line: number; ticks: number}[];
}

export interface HotSpot {
  where: string;
  selfPct: number;
  totalPct?: number;
  code?: string;
}

export interface ProfileReport {
  workload: string;
  profile: string;
  sampledMs: number;
  functions: HotSpot[];
  lines: HotSpot[];
  regexPct: number;
  regexes: HotSpot[];
}

/** Profiles `entry` (by default the extraction child) run with the workload's arguments. */
export async function profileExtraction(
  workload: string[],
  entry = join(ROOT, "bench/extraction/child.ts")
): Promise<ProfileReport> {
  const dir = join(OUT, "profile");
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  const bundle = join(dir, "child.mjs");
  await build({
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "external",
    keepNames: true,
    packages: "external",
    logLevel: "warning"
  });
  const run = spawnSync(...pinnedNode(["--cpu-prof", `--cpu-prof-dir=${dir}`, bundle, ...workload]), {
    cwd: ROOT,
    encoding: "utf8",
    env: {...process.env, MIGSTAT_ROOT: ROOT}
  });
  if (run.status !== 0) throw new Error(`profiled extraction failed: ${run.stderr}`);
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error("node --cpu-prof wrote no profile");
  const profile = JSON.parse(readFileSync(join(dir, file), "utf8")) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, "utf8")));
  const generated = readFileSync(bundle, "utf8").split("\n");
  const sources = new Map<string, string[]>();
  const sourceLine = (file: string, line: number) => {
    if (!sources.has(file)) {
      try {
        sources.set(file, readFileSync(join(ROOT, file), "utf8").split("\n"));
      } catch {
        sources.set(file, []);
      }
    }
    return sources.get(file)![line - 1]?.trim().slice(0, 110);
  };
  // Generated (0-based line, column) to "file:line" in the project, or null outside the bundle.
  const original = (line: number, column: number): {file: string; line: number} | null => {
    const entry = map.findEntry(line, column) as {originalSource?: string; originalLine?: number};
    if (!entry?.originalSource) return null;
    return {
      file: relative(ROOT, new URL(entry.originalSource, `file://${bundle}`).pathname),
      line: entry.originalLine! + 1
    };
  };

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const isBundle = (n: ProfileNode) => n.callFrame.url.endsWith("/child.mjs");
  const functionKey = (n: ProfileNode): string => {
    const f = n.callFrame;
    if (isBundle(n)) {
      const o = original(f.lineNumber, f.columnNumber);
      if (o) return `${f.functionName || "(anonymous)"} ${o.file}:${o.line}`;
    }
    if (f.functionName.startsWith("RegExp: ")) return "(regular expression)";
    return `${f.functionName || `(${f.url ? "anonymous" : "native"})`}${f.url ? ` ${f.url.replace(/^.*node_modules\//, "")}` : ""}`;
  };
  // Regular expressions run as their own frames: charge them to the function that ran them.
  const caller = (n: ProfileNode): string => {
    for (let p = parent.get(n.id); p !== undefined; p = parent.get(p)) {
      const node = byId.get(p)!;
      if (isBundle(node)) return functionKey(node);
    }
    return "?";
  };

  let total = 0,
    idle = 0,
    regex = 0;
  const selfBy = new Map<string, number>(),
    totalBy = new Map<string, number>(),
    lineBy = new Map<string, number>(),
    regexBy = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  for (const n of profile.nodes) {
    const us = selfUs.get(n.id) ?? 0;
    if (!us) continue;
    total += us;
    if (n.callFrame.functionName === "(idle)") {
      idle += us;
      continue;
    }
    add(selfBy, functionKey(n), us);
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const k = functionKey(byId.get(id)!);
      if (!seen.has(k)) {
        seen.add(k);
        add(totalBy, k, us);
      }
    }
    if (n.callFrame.functionName.startsWith("RegExp: ")) {
      regex += us;
      add(regexBy, `/${n.callFrame.functionName.slice(8, 90)}…/ run by ${caller(n)}`, us);
    } else if (isBundle(n) && n.positionTicks) {
      const ticks = n.positionTicks.reduce((a, t) => a + t.ticks, 0);
      for (const t of n.positionTicks) {
        const text = generated[t.line - 1] ?? "";
        const o = original(t.line - 1, text.length - text.trimStart().length);
        if (o) add(lineBy, `${o.file}:${o.line}`, (us * t.ticks) / ticks);
      }
    }
  }
  const busy = total - idle;
  const pct = (us: number) => Number(((100 * us) / busy).toFixed(1));
  const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k);
  return {
    workload: workload.join(" "),
    profile: relative(ROOT, join(dir, file)),
    sampledMs: Math.round(busy / 1000),
    functions: top(selfBy, 15).map(([where, us]) => ({
      where,
      selfPct: pct(us),
      totalPct: pct(totalBy.get(where) ?? us)
    })),
    lines: top(lineBy, 15).map(([where, us]) => {
      const [file, line] = where.split(":");
      return {where, selfPct: pct(us), code: sourceLine(file, Number(line))};
    }),
    regexPct: pct(regex),
    regexes: top(regexBy, 8).map(([where, us]) => ({where, selfPct: pct(us)}))
  };
}
