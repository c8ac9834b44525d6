/**
 * Section: the field NLP libraries (wink-nlp, compromise with its numbers and dates plugins,
 * chrono-node) against our own grammar on the development corpus and its hand gold, in one process
 * on one core with no network: sentence boundaries, numbers, periods, number entities that are not
 * statistics, and throughput per job.
 */
import {join} from "node:path";
import {ROOT} from "../lib/paths.js";
import {runTsChild} from "../lib/child-process.js";
import type {LibrariesRun} from "./child.js";

export type LibrariesSection = LibrariesRun;

export function librariesSection(options: {quick: boolean; log: (s: string) => void}): LibrariesSection {
  options.log("libraries: ours, wink-nlp, compromise and chrono-node on the development corpus");
  const run = runTsChild<LibrariesRun>(join(ROOT, "bench/libraries/child.ts"), ["measure", options.quick ? "2" : "6"]);
  if (run.networkAttempts.length) options.log(`libraries: network attempts refused: ${run.networkAttempts.join("; ")}`);
  return run;
}
