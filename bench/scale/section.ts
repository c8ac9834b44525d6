/**
 * Section: extraction cost against input size, up to the 20 MB seed cap. The main report repeated to
 * 1, 2, 5, 10 and 20 MB, as ordinary text and joined into one line, each size extracted in a process of
 * its own with a time limit; linear cost keeps the seconds per MB flat.
 */
import {join} from "node:path";
import {ROOT} from "../lib/paths.js";
import {pinned, runTsChild} from "../lib/child-process.js";
import type {ScaleRun, Shape} from "./child.js";

/** CPU seconds per MB at the largest size over CPU seconds per MB at 1 MB, for each shape. */
export const TARGET_RATIO = 1.5;
/** A size gets this many seconds per MB before its process is stopped (quadratic cost would blow through it). */
export const SECONDS_PER_MB_LIMIT = 30;
const MIN_LIMIT_S = 120;

export interface ScaleShape {
  shape: Shape;
  runs: (ScaleRun | {shape: Shape; targetMB: number; timedOut: true; limitS: number})[];
  /** CPU s/MB at the largest size over CPU s/MB at the smallest; null when a size timed out. */
  ratio: number | null;
  /** The same for wall-clock seconds, which other work on a shared machine moves. */
  wallRatio: number | null;
  largestMB: number;
}

export interface ScaleSection {
  pinnedToOneCore: boolean;
  shapes: ScaleShape[];
  targetRatio: number;
  met: boolean;
}

export const SHAPES: Shape[] = ["lines", "single"];

export function scaleSection(options: {quick: boolean; log: (s: string) => void}): ScaleSection {
  const child = join(ROOT, "bench/scale/child.ts");
  const sizes = options.quick ? [1, 2, 5] : [1, 2, 5, 10, 20];
  const shapes = SHAPES.map((shape): ScaleShape => {
    const runs: ScaleShape["runs"] = [];
    for (const mb of sizes) {
      const limitS = Math.max(MIN_LIMIT_S, SECONDS_PER_MB_LIMIT * mb);
      options.log(`scale: ${shape === "lines" ? "ordinary text" : "one line"}, ${mb} MB`);
      try {
        runs.push(runTsChild<ScaleRun>(child, [shape, String(mb)], [], "one core", limitS * 1000));
      } catch (e) {
        options.log(`scale: ${shape} ${mb} MB stopped: ${(e as Error).message.split("\n")[0]}`);
        runs.push({shape, targetMB: mb, timedOut: true, limitS});
        break; // a larger size would take longer still
      }
    }
    const done = runs.filter((r): r is ScaleRun => !("timedOut" in r));
    const complete = done.length === runs.length && done.length > 1;
    const last = done[done.length - 1];
    return {
      shape,
      runs,
      ratio: complete ? last.cpuSecondsPerMB / done[0].cpuSecondsPerMB : null,
      wallRatio: complete ? last.secondsPerMB / done[0].secondsPerMB : null,
      largestMB: sizes[sizes.length - 1]
    };
  });
  return {
    pinnedToOneCore: pinned,
    shapes,
    targetRatio: TARGET_RATIO,
    met: shapes.every((s) => s.ratio !== null && s.ratio <= TARGET_RATIO)
  };
}
