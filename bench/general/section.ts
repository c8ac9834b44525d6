/**
 * Section: the general statement reader. Throughput of the spec-only path and the full path (specs then
 * the general reader) side by side in one process, and many documents extracted serially and across
 * worker threads, whose output must be byte-identical.
 */
import {join} from "node:path";
import {ROOT} from "../lib/paths.js";
import {runTsChild} from "../lib/child-process.js";
import type {OverridesRun, ParallelRun, ThroughputRun} from "./child.js";

export const TARGET_GENERAL_MB_PER_S = 5;

export interface GeneralSection {
  throughput: ThroughputRun;
  parallel: ParallelRun;
  overrides: OverridesRun;
  targetMBPerS: number;
  met: boolean;
}

export async function generalSection(options: {quick: boolean; log: (s: string) => void}): Promise<GeneralSection> {
  const child = join(ROOT, "bench/general/child.ts");
  options.log("general: throughput, spec-only and full paths");
  const throughput = runTsChild<ThroughputRun>(child, ["throughput", options.quick ? "3" : "10"], []);
  options.log("general: serial and parallel extraction");
  const parallel = runTsChild<ParallelRun>(child, ["parallel", options.quick ? "20" : "60", "2"], [], "all cores");
  options.log("general: which sentence specs the general reader reproduces");
  const overrides = runTsChild<OverridesRun>(child, ["overrides"], []);
  return {
    throughput,
    parallel,
    overrides,
    targetMBPerS: TARGET_GENERAL_MB_PER_S,
    met: throughput.generalMbPerS >= TARGET_GENERAL_MB_PER_S && parallel.identical
  };
}
