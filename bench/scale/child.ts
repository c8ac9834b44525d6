/**
 * One scale measurement in its own process:
 *   child.ts lines MB      the main report repeated, line breaks kept, to MB × 10^6 bytes
 *   child.ts single MB     the same text with every line break made a space: one line
 * Prints one JSON object.
 */
import {join} from "node:path";
import {extractDocument} from "../../loaders/extract-document.js";
import {readSeed} from "../../loaders/seeds/read-seeds.js";
import {SPECS} from "../../loaders/specs/index.js";
import {ROOT} from "../lib/paths.js";
import {MB} from "../lib/stats.js";

export const MAIN_REPORT = "003_c140a606e429b773.txt";
export type Shape = "lines" | "single";

export interface ScaleRun {
  shape: Shape;
  targetMB: number;
  bytes: number;
  observations: number;
  unextracted: number;
  /** Wall-clock seconds of the extraction alone. */
  seconds: number;
  secondsPerMB: number;
  /** CPU seconds (user and system, every thread) of the extraction: less moved by other work on a shared machine. */
  cpuSeconds: number;
  cpuSecondsPerMB: number;
  peakRssMB: number;
}

/** The seed repeated whole until the text reaches `bytes`, then cut there; one line when `shape` is single. */
export function scaledText(seed: string, bytes: number, shape: Shape): string {
  const unit = `${seed.trimEnd()}\n\n`;
  const text = unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit))).slice(0, bytes);
  return shape === "single" ? text.replace(/\r?\n/g, " ") : text;
}

const [shape, mbArg] = process.argv.slice(2);
if (shape === "lines" || shape === "single") {
  const targetMB = Number(mbArg);
  if (!(targetMB > 0)) throw new Error(`usage: child.ts lines|single MB (got ${mbArg})`);
  const main = readSeed(join(ROOT, "seeds"), MAIN_REPORT);
  for (let i = 0; i < 3; i++) extractDocument(main.text, main.meta, SPECS); // the extraction section's warm-up
  const text = scaledText(main.text, Math.round(targetMB * 1e6), shape);
  const start = performance.now(),
    cpuStart = process.cpuUsage();
  const result = extractDocument(text, main.meta, SPECS);
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const bytes = Buffer.byteLength(text);
  const run: ScaleRun = {
    shape,
    targetMB,
    bytes,
    observations: result.observations.length,
    unextracted: result.unextracted.length,
    seconds,
    secondsPerMB: seconds / (bytes / 1e6),
    cpuSeconds,
    cpuSecondsPerMB: cpuSeconds / (bytes / 1e6),
    peakRssMB: (process.resourceUsage().maxRSS * 1024) / MB
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}
