/**
 * Section 1: extraction throughput and memory, on the seeds and on generated corpora, each run in
 * its own one-core process; a CPU profile mapped to the sources when the target is missed.
 */
import {join} from "node:path";
import {ROOT} from "../lib/paths.js";
import {pinned, runTsChild} from "../lib/child-process.js";
import {profileExtraction, type ProfileReport} from "./profile.js";
import type {ExtractionRun} from "./child.js";

export const TARGET_MB_PER_S = 20;
/** Every corpus process gets this heap limit: a run that kept its documents would not fit in it. */
export const HEAP_LIMIT_MB = 256;

export interface ExtractionSection {
  pinnedToOneCore: boolean;
  heapLimitMB: number;
  seeds: ExtractionRun;
  corpora: (ExtractionRun & {msPerMBvsSmallest: number; peakRssVsSmallest: number})[];
  targetMBPerS: number;
  met: boolean;
  profile?: ProfileReport;
}

export async function extractionSection(options: {
  quick: boolean;
  log: (s: string) => void;
}): Promise<ExtractionSection> {
  const child = join(ROOT, "bench/extraction/child.ts");
  const flags = ["--expose-gc", `--max-old-space-size=${HEAP_LIMIT_MB}`];
  options.log("extraction: seeds");
  const seeds = runTsChild<ExtractionRun>(child, ["seeds", options.quick ? "3" : "10"], flags);
  const sizes = options.quick ? [10, 100] : [10, 100, 1000];
  const runs: ExtractionRun[] = [];
  for (const n of sizes) {
    options.log(`extraction: corpus of ${n}`);
    runs.push(runTsChild<ExtractionRun>(child, ["corpus", String(n)], flags));
  }
  const corpora = runs.map((r) => ({
    ...r,
    msPerMBvsSmallest: r.msPerMB / runs[0].msPerMB,
    peakRssVsSmallest: r.peakRssMB / runs[0].peakRssMB
  }));
  const met = [seeds, ...runs].every((r) => r.mbPerS >= TARGET_MB_PER_S);
  const section: ExtractionSection = {
    pinnedToOneCore: pinned,
    heapLimitMB: HEAP_LIMIT_MB,
    seeds,
    corpora,
    targetMBPerS: TARGET_MB_PER_S,
    met
  };
  if (!met) {
    options.log("extraction: below target, profiling");
    section.profile = await profileExtraction(["corpus", options.quick ? "10" : "30"]);
  }
  return section;
}
