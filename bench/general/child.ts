/**
 * The general statement reader measured in one process on one core:
 *   child.ts throughput REPS   seeds and development documents, REPS passes, spec-only path and full path side by side
 *   child.ts parallel N W      N generated variants of the main report, serially and on W worker threads
 *   child.ts overrides         each sentence spec of the main report left out in turn: does the general reader read its statements the same?
 * Prints one JSON object.
 */
import {join} from "node:path";
import {extractDocument} from "../../loaders/extract-document.js";
import {extractParallel, type DocumentInput} from "../../loaders/extract-parallel.js";
import {listSeedFiles, readSeed} from "../../loaders/seeds/read-seeds.js";
import {SPECS} from "../../loaders/specs/index.js";
import {MB} from "../lib/stats.js";
import {ROOT} from "../lib/paths.js";
import {makeVariant} from "../extraction/corpus.js";

const FOLDERS = [join(ROOT, "seeds"), join(ROOT, "tests/fixtures/real")];

export interface ThroughputRun {
  documents: number;
  bytes: number;
  specOnly: {ms: number; mbPerS: number; observations: number};
  full: {ms: number; mbPerS: number; observations: number};
  /** The general reader's own time: full minus spec-only, per MB of text. */
  generalMbPerS: number;
}

export interface ParallelRun {
  documents: number;
  bytes: number;
  workers: number;
  serialMs: number;
  parallelMs: number;
  speedup: number;
  identical: boolean;
}

export interface OverridesRun {
  /** Sentence specs that read at least one statement of the main report. */
  specs: number;
  /** Left out, the general reader gives the same value, indicator, unit, period and breakdown at the same place for all its rows. */
  identical: number;
  /** The same value and period at the same place, breakdown aside. */
  sameValueAndPeriod: number;
  notReproduced: string[];
}

function overrides(): OverridesRun {
  const main = readSeed(join(ROOT, "seeds"), "003_c140a606e429b773.txt");
  const full = extractDocument(main.text, main.meta, SPECS);
  type Row = (typeof full.observations)[number];
  // The row the seed's golden file holds: a spec may go only when this is reproduced for all its rows.
  const exact = (o: Row) =>
    [
      o.value_start,
      o.value,
      o.indicator,
      o.unit,
      o.period_start,
      o.period_end,
      o.country,
      o.citizenship,
      o.sex,
      o.age_group,
      o.category
    ].join("|");
  const loose = (o: Row) => [o.value_start, o.value, o.period_start, o.period_end].join("|");
  const run: OverridesRun = {specs: 0, identical: 0, sameValueAndPeriod: 0, notReproduced: []};
  for (const spec of SPECS.sentences) {
    const own = full.observations.filter((o) => o.spec_id === spec.id);
    if (own.length === 0) continue;
    run.specs++;
    const without = extractDocument(main.text, main.meta, {
      tables: SPECS.tables,
      sentences: SPECS.sentences.filter((s) => s !== spec)
    });
    const general = without.observations.filter((o) => o.spec_id.startsWith("general:"));
    const has = (key: (o: Row) => string) => own.every((o) => general.some((g) => key(g) === key(o)));
    if (has(exact)) run.identical++;
    if (has(loose)) run.sameValueAndPeriod++;
    else run.notReproduced.push(spec.id);
  }
  return run;
}

function timed(documents: DocumentInput[], reps: number, general: boolean): {ms: number; observations: number} {
  for (const d of documents) extractDocument(d.text, d.meta, SPECS, {general}); // warm-up
  let ms = 0,
    observations = 0;
  for (let r = 0; r < reps; r++) {
    for (const d of documents) {
      const start = performance.now();
      const result = extractDocument(d.text, d.meta, SPECS, {general});
      ms += performance.now() - start;
      if (r === 0) observations += result.observations.length;
    }
  }
  return {ms, observations};
}

function throughput(reps: number): ThroughputRun {
  const documents = FOLDERS.flatMap((dir) =>
    listSeedFiles(dir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readSeed(dir, f))
  );
  const bytes = documents.reduce((a, d) => a + Buffer.byteLength(d.text), 0) * reps;
  // Alternating the two paths spreads the machine's noise over both.
  const specOnly = {ms: 0, observations: 0},
    full = {ms: 0, observations: 0};
  for (let r = 0; r < reps; r++) {
    const a = timed(documents, 1, false),
      b = timed(documents, 1, true);
    specOnly.ms += a.ms;
    full.ms += b.ms;
    specOnly.observations = a.observations;
    full.observations = b.observations;
  }
  const rate = (ms: number) => bytes / MB / (ms / 1000);
  return {
    documents: documents.length,
    bytes,
    specOnly: {...specOnly, mbPerS: rate(specOnly.ms)},
    full: {...full, mbPerS: rate(full.ms)},
    generalMbPerS: rate(Math.max(1e-9, full.ms - specOnly.ms))
  };
}

async function parallel(n: number, workers: number): Promise<ParallelRun> {
  const main = readSeed(join(ROOT, "seeds"), "003_c140a606e429b773.txt");
  const documents = Array.from({length: n}, (_, i) => makeVariant(main.text, main.meta, i));
  const bytes = documents.reduce((a, d) => a + Buffer.byteLength(d.text), 0);
  let start = performance.now();
  const serial = documents.map((d) => extractDocument(d.text, d.meta, SPECS));
  const serialMs = performance.now() - start;
  start = performance.now();
  const spread = await extractParallel(documents, workers);
  const parallelMs = performance.now() - start;
  return {
    documents: n,
    bytes,
    workers,
    serialMs,
    parallelMs,
    speedup: serialMs / parallelMs,
    identical: JSON.stringify(serial) === JSON.stringify(spread)
  };
}

const [mode, a, b] = process.argv.slice(2);
if (mode === "throughput") process.stdout.write(`${JSON.stringify(throughput(Number(a) || 5))}\n`);
else if (mode === "overrides") process.stdout.write(`${JSON.stringify(overrides())}\n`);
else if (mode === "parallel")
  process.stdout.write(`${JSON.stringify(await parallel(Number(a) || 40, Number(b) || 2))}\n`);
else throw new Error(`usage: child.ts throughput REPS | parallel N WORKERS (got ${mode})`);
