/**
 * The field libraries against ours on the development corpus (tests/fixtures/real) and its gold, in
 * one process: sentence boundaries, numbers, dates and periods, number entities that are not
 * statistics, and throughput per job with the readers alternating.
 *   child.ts measure REPS
 * Prints one JSON object.
 */
import {networkAttempts} from "./no-network.js";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {listSeedFiles, readSeed} from "../../loaders/seeds/read-seeds.js";
import {segmentParagraphs} from "../../loaders/text/segment-paragraphs.js";
import {flatten, toRaw} from "../../loaders/text/flatten.js";
import {parseReportingPeriod} from "../../loaders/periods/parse-period.js";
import {ROOT} from "../lib/paths.js";
import {MB} from "../lib/stats.js";
import {TOOLS, type Context, type Job, type Reading, type Span, type Tool} from "./tools.js";
import {
  boundaryCases,
  boundaryError,
  classifyNumber,
  findsPeriod,
  inOneSentence,
  numberForm,
  readNumber,
  type BoundaryCase,
  type NonStatistic,
  type NumberVerdict
} from "./score.js";

export const CORPUS = "tests/fixtures/real";

interface GoldRecord {
  id: string;
  quote: string;
  value: number;
  value_text?: string;
  period?: string;
  period_start: string | null;
  period_end: string | null;
}

interface Located {
  record: GoldRecord;
  quote: Span;
  /** The printed number inside the quote, or null when the quote does not hold value_text. */
  number: Span | null;
}

interface Doc {
  name: string;
  raw: string;
  context: Context;
  paragraphs: Span[];
  gold: Located[];
}

/** The first occurrence of a printed number in a text that is not part of a longer word or number. */
function indexOfNumber(text: string, printed: string): number {
  for (let i = text.indexOf(printed); i >= 0; i = text.indexOf(printed, i + 1)) {
    const before = text[i - 1] ?? " ",
      after = text[i + printed.length] ?? " ";
    if (
      !/[\w]/.test(before) &&
      !/[\w]/.test(after) &&
      !/[.,]\d/.test(text.slice(i + printed.length, i + printed.length + 2))
    )
      return i;
  }
  return -1;
}

function loadCorpus(): {docs: Doc[]; unlocated: string[]} {
  const dir = join(ROOT, CORPUS);
  const unlocated: string[] = [];
  const docs = listSeedFiles(dir).map((file) => {
    const seed = readSeed(dir, file);
    const raw = seed.text;
    const flat = flatten(raw);
    const goldFile = join(dir, file.replace(/\.txt$/, ".gold.jsonl"));
    const records = readFileSync(goldFile, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as GoldRecord);
    const gold: Located[] = [];
    for (const record of records) {
      const q = flat.text.indexOf(record.quote);
      if (q < 0) {
        unlocated.push(record.id);
        continue;
      }
      const [qs, qe] = toRaw(flat, q, q + record.quote.length);
      const v = record.value_text ? indexOfNumber(record.quote, record.value_text) : -1;
      const number = v >= 0 ? toRaw(flat, q + v, q + v + record.value_text!.length) : null;
      gold.push({record, quote: {start: qs, end: qe}, number: number && {start: number[0], end: number[1]}});
    }
    const context: Context = {
      documentDate: seed.meta.date,
      reportingPeriod: seed.meta.reporting_period ? parseReportingPeriod(seed.meta.reporting_period) : null
    };
    const paragraphs = segmentParagraphs(raw).map((p) => ({start: p.start, end: p.end}));
    return {name: file.replace(/\.txt$/, ""), raw, context, paragraphs, gold};
  });
  return {docs, unlocated};
}

/** A tool's reading of a whole document, paragraph by paragraph, with offsets into the document. */
function readDocument(tool: Tool, doc: Doc, jobs?: Job[]): Required<Reading> {
  const out: Required<Reading> = {sentences: [], numbers: [], dates: []};
  for (const p of doc.paragraphs) {
    const r = tool.read(doc.raw.slice(p.start, p.end), doc.context, jobs);
    const shift = <T extends Span>(s: T): T => ({...s, start: s.start + p.start, end: s.end + p.start});
    out.sentences.push(...(r.sentences ?? []).map(shift));
    out.numbers.push(...(r.numbers ?? []).map(shift));
    out.dates.push(...(r.dates ?? []).map(shift));
  }
  return out;
}

type CaseTally = Record<BoundaryCase["kind"], {cases: number; errors: number; examples: string[]}>;

export interface SentenceScore {
  tool: string;
  sentences: number;
  quotes: number;
  quotesInOneSentence: number;
  splitQuotes: string[];
  cases: CaseTally;
  /** The same boundary cases in the seed reports, which have no hand gold but many more abbreviations. */
  seedCases: CaseTally;
}

export interface NumberScore {
  tool: string;
  records: number;
  verdicts: Record<NumberVerdict, number>;
  /** Right, and judged a statistic (ours alone judges). */
  rightAndKept?: number;
  byForm: Record<string, {records: number; right: number}>;
  wrong: string[];
}

export interface DateScore {
  tool: string;
  records: number;
  inQuote: number;
  inSentence: number;
  byKind: Record<string, {records: number; inSentence: number}>;
  expressions: number;
  /** Gold periods this reader missed in the quote or sentence that another reader found there. */
  missed: string[];
  found: string[];
}

export interface EntityScore {
  tool: string;
  entities: number;
  atGoldNumber: number;
  byKind: Record<NonStatistic, number>;
  /** Ours alone: the same after its own exclusions (years, dates, references, ages). */
  kept?: {entities: number; atGoldNumber: number; byKind: Record<NonStatistic, number>};
}

export interface ThroughputScore {
  tool: string;
  job: Job;
  ms: number;
  mbPerS: number;
  /** Ours' MB/s on the same job divided by this tool's. */
  oursTimesFaster: number;
}

export interface LibrariesRun {
  corpus: string;
  documents: number;
  bytes: number;
  goldRecords: number;
  unlocatedQuotes: string[];
  networkAttempts: string[];
  versions: Record<string, string>;
  sentences: SentenceScore[];
  numbers: NumberScore[];
  dates: DateScore[];
  entities: EntityScore[];
  throughput: ThroughputScore[];
  reps: number;
}

const short = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, " ");

const emptyCases = (): CaseTally => ({
  abbreviation: {cases: 0, errors: 0, examples: []},
  "word stop": {cases: 0, errors: 0, examples: []},
  "number stop": {cases: 0, errors: 0, examples: []},
  "inside number": {cases: 0, errors: 0, examples: []}
});

/** Adds a paragraph's boundary cases, and the tool's errors on them, to a tally. */
function tallyCases(cases: CaseTally, text: string, sentences: Span[]): void {
  for (const c of boundaryCases(text)) {
    const tally = cases[c.kind];
    tally.cases++;
    if (boundaryError(c, text, sentences)) {
      tally.errors++;
      if (tally.examples.length < 4) tally.examples.push(short(c.text, 40));
    }
  }
}

function seedCases(tool: Tool): CaseTally {
  const cases = emptyCases();
  const dir = join(ROOT, "seeds");
  for (const file of listSeedFiles(dir).filter((f) => f.endsWith(".txt"))) {
    const raw = readSeed(dir, file).text;
    for (const p of segmentParagraphs(raw)) {
      const text = raw.slice(p.start, p.end);
      tallyCases(cases, text, tool.read(text, {reportingPeriod: null}, ["sentences"]).sentences ?? []);
    }
  }
  return cases;
}

function scoreSentences(tool: Tool, docs: Doc[], readings: Required<Reading>[]): SentenceScore {
  const cases = emptyCases();
  const score: SentenceScore = {
    tool: tool.name,
    sentences: 0,
    quotes: 0,
    quotesInOneSentence: 0,
    splitQuotes: [],
    cases,
    seedCases: seedCases(tool)
  };
  docs.forEach((doc, i) => {
    const sentences = readings[i].sentences;
    score.sentences += sentences.length;
    const seen = new Set<string>();
    for (const g of doc.gold) {
      const key = `${g.quote.start}:${g.quote.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      score.quotes++;
      if (inOneSentence(g.quote, sentences)) score.quotesInOneSentence++;
      else if (score.splitQuotes.length < 6) score.splitQuotes.push(`${doc.name}: "${short(g.record.quote)}"`);
    }
    for (const p of doc.paragraphs) {
      const text = doc.raw.slice(p.start, p.end);
      const own = sentences
        .filter((s) => s.start >= p.start && s.end <= p.end)
        .map((s) => ({start: s.start - p.start, end: s.end - p.start}));
      tallyCases(cases, text, own);
    }
  });
  return score;
}

function scoreNumbers(tool: Tool, docs: Doc[], readings: Required<Reading>[]): NumberScore {
  const score: NumberScore = {
    tool: tool.name,
    records: 0,
    verdicts: {right: 0, "wrong value": 0, "in pieces": 0, missed: 0},
    byForm: {},
    wrong: []
  };
  if (tool.name === "ours") score.rightAndKept = 0;
  docs.forEach((doc, i) => {
    for (const g of doc.gold) {
      if (!g.number || !g.record.value_text) continue;
      score.records++;
      const verdict = readNumber({...g.number, value: g.record.value}, readings[i].numbers);
      score.verdicts[verdict]++;
      const form = numberForm(g.record.value_text);
      const tally = (score.byForm[form] ??= {records: 0, right: 0});
      tally.records++;
      if (verdict === "right") {
        tally.right++;
        const kept = readings[i].numbers.some(
          (n) => n.start < g.number!.end && g.number!.start < n.end && n.excluded === null
        );
        if (score.rightAndKept !== undefined && kept) score.rightAndKept++;
      } else if (score.wrong.length < 12) score.wrong.push(`"${g.record.value_text}" ${verdict}`);
    }
  });
  return score;
}

function scoreDates(tool: Tool, docs: Doc[], readings: Required<Reading>[], sentencesOfOurs: Span[][]): DateScore {
  const score: DateScore = {
    tool: tool.name,
    records: 0,
    inQuote: 0,
    inSentence: 0,
    byKind: {},
    expressions: 0,
    missed: [],
    found: []
  };
  docs.forEach((doc, i) => {
    score.expressions += readings[i].dates.length;
    for (const g of doc.gold) {
      const {period_start: from, period_end: to} = g.record;
      if (!from || !to) continue;
      score.records++;
      const kind = /^\d{4}$/.test(g.record.period ?? "") ? "calendar year" : "other period";
      const tally = (score.byKind[kind] ??= {records: 0, inSentence: 0});
      const overlapping = sentencesOfOurs[i].filter((s) => s.start < g.quote.end && g.quote.start < s.end);
      const sentence = overlapping.length
        ? {start: Math.min(...overlapping.map((s) => s.start)), end: Math.max(...overlapping.map((s) => s.end))}
        : g.quote;
      const inQuote = findsPeriod(g.quote, readings[i].dates, from, to);
      const inSentence = inQuote || findsPeriod(sentence, readings[i].dates, from, to);
      if (inQuote) score.inQuote++;
      if (inSentence) {
        score.inSentence++;
        tally.inSentence++;
        score.found.push(g.record.id);
      }
      tally.records++;
    }
  });
  return score;
}

/** Fills each reader's missed list with the gold periods another reader found and it did not. */
function missedByOne(docs: Doc[], scores: DateScore[]): DateScore[] {
  const records = new Map(docs.flatMap((d) => d.gold.map((g) => [g.record.id, g.record] as const)));
  for (const score of scores) {
    const own = new Set(score.found);
    const others = new Set(scores.filter((o) => o !== score).flatMap((o) => o.found));
    const missed = [...others].filter((id) => !own.has(id));
    score.missed = missed.slice(0, 10).map((id) => {
      const r = records.get(id)!;
      return `${r.period}: "${short(r.quote, 60)}"`;
    });
    if (missed.length > 10) score.missed.push(`and ${missed.length - 10} more`);
  }
  return scores;
}

function scoreEntities(tool: Tool, docs: Doc[], readings: Required<Reading>[]): EntityScore {
  const empty = (): Record<NonStatistic, number> => ({
    year: 0,
    "date part": 0,
    "law or article number": 0,
    age: 0,
    other: 0
  });
  const score: EntityScore = {tool: tool.name, entities: 0, atGoldNumber: 0, byKind: empty()};
  if (tool.name === "ours") score.kept = {entities: 0, atGoldNumber: 0, byKind: empty()};
  docs.forEach((doc, i) => {
    for (const n of readings[i].numbers) {
      const atGold = doc.gold.some((g) => g.number && n.start < g.number.end && g.number.start < n.end);
      const tallies = [score, ...(score.kept && n.excluded === null ? [score.kept] : [])];
      for (const t of tallies) {
        t.entities++;
        if (atGold) t.atGoldNumber++;
        else t.byKind[classifyNumber(doc.raw, n)]++;
      }
    }
  });
  return score;
}

function throughput(docs: Doc[], reps: number): ThroughputScore[] {
  const bytes = docs.reduce(
    (a, d) => a + d.paragraphs.reduce((b, p) => b + Buffer.byteLength(d.raw.slice(p.start, p.end)), 0),
    0
  );
  const pairs = TOOLS.flatMap((tool) => tool.jobs.map((job) => ({tool, job, ms: 0})));
  for (const p of pairs) for (const d of docs) readDocument(p.tool, d, [p.job]); // warm-up
  // The readers take turns within each repetition, so the machine's noise falls on all of them alike.
  for (let r = 0; r < reps; r++)
    for (const p of pairs) {
      const start = performance.now();
      for (const d of docs) readDocument(p.tool, d, [p.job]);
      p.ms += performance.now() - start;
    }
  const rate = (ms: number) => (bytes * reps) / MB / (ms / 1000);
  return pairs.map((p) => {
    const ours = pairs.find((o) => o.tool.name === "ours" && o.job === p.job)!;
    return {tool: p.tool.name, job: p.job, ms: p.ms, mbPerS: rate(p.ms), oursTimesFaster: rate(ours.ms) / rate(p.ms)};
  });
}

function versions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of [
    "wink-nlp",
    "wink-eng-lite-web-model",
    "compromise",
    "compromise-numbers",
    "compromise-dates",
    "chrono-node"
  ])
    out[name] = (
      JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8")) as {version: string}
    ).version;
  return out;
}

function measure(reps: number): LibrariesRun {
  const {docs, unlocated} = loadCorpus();
  const readings = new Map(TOOLS.map((tool) => [tool, docs.map((d) => readDocument(tool, d))]));
  const oursSentences = readings.get(TOOLS[0])!.map((r) => r.sentences);
  const having = (job: Job) => TOOLS.filter((t) => t.jobs.includes(job));
  return {
    corpus: CORPUS,
    documents: docs.length,
    bytes: docs.reduce((a, d) => a + Buffer.byteLength(d.raw), 0),
    goldRecords: docs.reduce((a, d) => a + d.gold.length, 0) + unlocated.length,
    unlocatedQuotes: unlocated,
    networkAttempts,
    versions: versions(),
    sentences: having("sentences").map((t) => scoreSentences(t, docs, readings.get(t)!)),
    numbers: having("numbers").map((t) => scoreNumbers(t, docs, readings.get(t)!)),
    dates: missedByOne(
      docs,
      having("dates").map((t) => scoreDates(t, docs, readings.get(t)!, oursSentences))
    ),
    entities: having("numbers").map((t) => scoreEntities(t, docs, readings.get(t)!)),
    throughput: throughput(docs, reps),
    reps
  };
}

const [mode, reps] = process.argv.slice(2);
if (mode === "measure") process.stdout.write(`${JSON.stringify(measure(Number(reps) || 10))}\n`);
else throw new Error(`usage: child.ts measure REPS (got ${mode})`);
