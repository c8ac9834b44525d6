/**
 * One extraction measurement in its own process, so its memory high-water belongs to it alone:
 *   child.ts seeds REPS     every seed, REPS passes
 *   child.ts corpus N       N generated variants of the main report, each made just before it is read
 * Prints one JSON object. Run with --expose-gc to also record the heap retained between documents.
 */
import {join} from "node:path";
import {extractDocument} from "../../loaders/extract-document.js";
import {listSeedFiles, readSeed, type Seed} from "../../loaders/seeds/read-seeds.js";
import {SPECS} from "../../loaders/specs/index.js";
import {makeVariant} from "./corpus.js";
import {MB, summarize} from "../lib/stats.js";
import {ROOT} from "../lib/paths.js";

export const SEEDS = join(ROOT, "seeds");
export const MAIN_REPORT = "003_c140a606e429b773.txt";

export interface ExtractionRun {
  mode: "seeds" | "corpus";
  documents: number;
  bytes: number;
  observations: number;
  ms: number;
  mbPerS: number;
  observationsPerS: number;
  msPerMB: number;
  perDocumentMs: ReturnType<typeof summarize>;
  peakRssMB: number;
  peakHeapUsedMB: number;
  /** Heap left after a full collection, sampled at ten points through the run (needs --expose-gc). */
  retainedHeapMB: number[];
  maxRssMB: number;
}

const gc = (globalThis as {gc?: () => void}).gc;

export function measure(
  documents: Iterable<Seed | {text: string; meta: Seed["meta"]}>,
  mode: ExtractionRun["mode"],
  count: number
): ExtractionRun {
  const main = readSeed(SEEDS, MAIN_REPORT);
  for (let i = 0; i < 3; i++) extractDocument(main.text, main.meta, SPECS); // the same warm-up for every run
  gc?.();
  let bytes = 0,
    observations = 0,
    ms = 0,
    peakRss = 0,
    peakHeap = 0,
    done = 0;
  const perDocument: number[] = [];
  const retained: number[] = [];
  const every = Math.max(1, Math.floor(count / 10));
  for (const doc of documents) {
    const start = performance.now();
    const result = extractDocument(doc.text, doc.meta, SPECS);
    const elapsed = performance.now() - start;
    ms += elapsed;
    perDocument.push(elapsed);
    bytes += Buffer.byteLength(doc.text);
    observations += result.observations.length;
    const memory = process.memoryUsage();
    peakRss = Math.max(peakRss, memory.rss);
    peakHeap = Math.max(peakHeap, memory.heapUsed);
    if (gc && ++done % every === 0) {
      gc();
      retained.push(process.memoryUsage().heapUsed / MB);
    }
  }
  return {
    mode,
    documents: perDocument.length,
    bytes,
    observations,
    ms,
    mbPerS: bytes / MB / (ms / 1000),
    observationsPerS: observations / (ms / 1000),
    msPerMB: ms / (bytes / MB),
    perDocumentMs: summarize(perDocument),
    peakRssMB: peakRss / MB,
    peakHeapUsedMB: peakHeap / MB,
    retainedHeapMB: retained,
    maxRssMB: (process.resourceUsage().maxRSS * 1024) / MB
  };
}

function* seedPasses(reps: number) {
  const seeds = listSeedFiles(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readSeed(SEEDS, f));
  for (let r = 0; r < reps; r++) yield* seeds;
}

function* corpus(n: number) {
  const main = readSeed(SEEDS, MAIN_REPORT);
  for (let i = 0; i < n; i++) yield makeVariant(main.text, main.meta, i);
}

const [mode, countArg] = process.argv.slice(2);
if (mode === "seeds" || mode === "corpus") {
  const n = Number(countArg);
  if (!Number.isInteger(n) || n < 1) throw new Error(`usage: child.ts seeds|corpus N (got ${countArg})`);
  const run =
    mode === "seeds" ? measure(seedPasses(n), mode, n * listSeedFiles(SEEDS).length) : measure(corpus(n), mode, n);
  process.stdout.write(`${JSON.stringify(run)}\n`);
}
