/**
 * The readers compared: ours (the general reader's sentence splitter, quantity finder and period
 * frame) and the field libraries, each behind one adapter that reads a raw paragraph and returns
 * sentence spans, number entities and date entities with offsets into that paragraph.
 */
import winkNLP from "wink-nlp";
import winkModel from "wink-eng-lite-web-model";
import nlp from "compromise";
import nlpTokenizer from "compromise/one";
import compromiseNumbers from "compromise-numbers";
import compromiseDates from "compromise-dates";
import * as chrono from "chrono-node";
import {flatten, toRaw} from "../../loaders/text/flatten.js";
import {headingBreaks, splitSentences} from "../../loaders/general/split-sentences.js";
import {findQuantities} from "../../loaders/general/find-quantities.js";
import {frameSentence} from "../../loaders/general/resolve-period.js";
import type {Period} from "../../loaders/types.js";

export type Job = "sentences" | "numbers" | "dates";

export interface Span {
  start: number;
  end: number;
}

export interface NumberEntity extends Span {
  /** The value the reader gives; null when it names a number without a value. */
  value: number | null;
  /** Why ours judges it not a statistic (years, dates, references, ages); libraries do not say. */
  excluded?: string | null;
}

export interface DateEntity extends Span {
  /** First and last day (ISO) of the period the expression resolves to. */
  from: string;
  to: string;
}

export interface Reading {
  sentences?: Span[];
  numbers?: NumberEntity[];
  dates?: DateEntity[];
}

export interface Context {
  documentDate?: string;
  reportingPeriod: Period | null;
}

export interface Tool {
  name: string;
  jobs: Job[];
  /** Reads one raw paragraph for the jobs asked (all of its own when none are). */
  read(raw: string, context: Context, jobs?: Job[]): Reading;
}

const wants = (jobs: Job[] | undefined, job: Job) => !jobs || jobs.includes(job);

export const ours: Tool = {
  name: "ours",
  jobs: ["sentences", "numbers", "dates"],
  read(raw, context, jobs) {
    const flat = flatten(raw);
    const spans = splitSentences(flat.text, headingBreaks(raw, flat.offsets, flat.text));
    const out: Reading = {};
    const rawSpan = (s: number, e: number): Span => {
      const [start, end] = toRaw(flat, s, e);
      return {start, end};
    };
    if (wants(jobs, "sentences")) out.sentences = spans.map(([s, e]) => rawSpan(s, e));
    if (wants(jobs, "numbers")) out.numbers = [];
    if (wants(jobs, "dates")) out.dates = [];
    for (const [s, e] of spans) {
      const text = flat.text.slice(s, e);
      if (out.numbers)
        for (const q of findQuantities(text))
          out.numbers.push({...rawSpan(s + q.start, s + q.end), value: q.value, excluded: q.excluded});
      if (out.dates)
        for (const p of frameSentence(text, context.documentDate, context.reportingPeriod).periods)
          out.dates.push({...rawSpan(s + p.start, s + p.end), from: p.period.start, to: p.period.end});
    }
    return out;
  }
};

const wink = winkNLP(winkModel);
const its = wink.its;
/** wink's entity types that name an amount (DATE, DURATION, ORDINAL and TIME do not). */
const WINK_AMOUNTS = new Set(["CARDINAL", "MONEY", "PERCENT"]);

/**
 * wink gives an entity's span and type, never its value: digits are read as JavaScript reads them once
 * comma separators, currency and percent signs are dropped, a trailing million/thousand multiplies, and
 * words get no value.
 */
export function plainValue(text: string): number | null {
  const m = /^[^\d]*?(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion)?\s*(?:%|per\s*cent|percent)?$/i.exec(
    text.trim()
  );
  if (!m) return null;
  const scale = {thousand: 1e3, million: 1e6, billion: 1e9}[(m[2] ?? "").toLowerCase()] ?? 1;
  return Math.round(Number(m[1].replace(/,/g, "")) * scale * 1e6) / 1e6;
}

export const winkTool: Tool = {
  name: "wink-nlp",
  jobs: ["sentences", "numbers"],
  read(raw, _context, jobs) {
    const doc = wink.readDoc(raw);
    // Token offsets: each token is looked for after the previous one and the spaces wink says precede it.
    const texts = doc.tokens().out() as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const starts: number[] = [];
    let at = 0;
    for (let i = 0; i < texts.length; i++) {
      const found = raw.indexOf(texts[i], at + (spaces[i]?.length ?? 0));
      at = found < 0 ? at + (spaces[i]?.length ?? 0) : found;
      starts.push(at);
      at += texts[i].length;
    }
    const span = ([a, b]: number[]): Span => ({start: starts[a], end: starts[b] + texts[b].length});
    const out: Reading = {};
    if (wants(jobs, "sentences")) out.sentences = (doc.sentences().out(its.span) as number[][]).map(span);
    if (wants(jobs, "numbers")) {
      const spans = doc.entities().out(its.span) as number[][];
      const details = doc.entities().out(its.detail) as {value: string; type: string}[];
      out.numbers = details.flatMap((d, i) =>
        WINK_AMOUNTS.has(d.type) ? [{...span(spans[i]), value: plainValue(d.value)}] : []
      );
    }
    return out;
  }
};

nlp.plugin(compromiseNumbers);
nlp.plugin(compromiseDates);

interface Offset {
  offset: {start: number; length: number};
}
const offsetSpan = ({offset}: Offset): Span => ({start: offset.start, end: offset.start + offset.length});

// Sentences come from compromise's tokenizer alone (the same boundaries as the tagged document, for less work);
// terms are left out of the JSON, which otherwise costs more than the tagging.
export const compromiseTool: Tool = {
  name: "compromise",
  jobs: ["sentences", "numbers"],
  read(raw, _context, jobs) {
    const out: Reading = {};
    if (wants(jobs, "sentences"))
      out.sentences = (nlpTokenizer(raw).json({offset: true, terms: false} as object) as Offset[]).map(offsetSpan);
    if (wants(jobs, "numbers")) {
      const found = (nlp(raw) as unknown as {numbers(): {json(o: object): (Offset & {number?: {num?: number}})[]}})
        .numbers()
        .json({offset: true, terms: false});
      out.numbers = found.map((n) => ({...offsetSpan(n), value: n.number?.num ?? null}));
    }
    return out;
  }
};

const day = (iso: string) => iso.slice(0, 10);

/** The day "today" is for a library's relative dates: the document's date, its middle when only a year or month is known. */
export function referenceDay(documentDate: string | undefined): string {
  if (!documentDate) return "2000-01-01";
  if (/^\d{4}$/.test(documentDate)) return `${documentDate}-07-01`;
  if (/^\d{4}-\d\d$/.test(documentDate)) return `${documentDate}-15`;
  return documentDate.slice(0, 10);
}

export const compromiseDatesTool: Tool = {
  name: "compromise-dates",
  jobs: ["dates"],
  read(raw, context) {
    const doc = nlp(raw) as unknown as {
      dates(o: object): {json(o: object): (Offset & {dates?: {start?: string; end?: string}})[]};
    };
    const options = {timezone: "UTC", today: referenceDay(context.documentDate)};
    const dates = doc
      .dates(options)
      .json({offset: true, terms: false})
      .flatMap((d) =>
        d.dates?.start ? [{...offsetSpan(d), from: day(d.dates.start), to: day(d.dates.end ?? d.dates.start)}] : []
      );
    return {dates};
  }
};

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** chrono resolves to an instant; the components it knows say how wide the period is ("June 2019" is the month). */
export function chronoPeriod(start: chrono.ParsedComponents, end: chrono.ParsedComponents | null): [string, string] {
  const y1 = start.get("year")!,
    last = end ?? start;
  const y2 = last.get("year")!;
  const m1 = start.isCertain("month") ? start.get("month")! : 1;
  const d1 = start.isCertain("day") ? start.get("day")! : 1;
  const m2 = last.isCertain("month") ? last.get("month")! : 12;
  const d2 = last.isCertain("day") ? last.get("day")! : lastDay(y2, m2);
  return [iso(y1, m1, d1), iso(y2, m2, d2)];
}

export const chronoTool: Tool = {
  name: "chrono-node",
  jobs: ["dates"],
  read(raw, context) {
    const reference = new Date(`${referenceDay(context.documentDate)}T12:00:00Z`);
    const dates = chrono.parse(raw, reference).map((r) => {
      const [from, to] = chronoPeriod(r.start, r.end ?? null);
      return {start: r.index, end: r.index + r.text.length, from, to};
    });
    return {dates};
  }
};

export const TOOLS: Tool[] = [ours, winkTool, compromiseTool, compromiseDatesTool, chronoTool];
