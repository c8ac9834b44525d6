/**
 * Applies sentence patterns to a report's paragraphs and emits one observation per number slot,
 * resolving each number's period from the pattern, its sentence or its paragraph.
 */
import type {Period} from "../types.js";
import type {Extracted} from "../extracted.js";
import type {Paragraph} from "../text/segment-paragraphs.js";
import {flatIndexOf, flatSlice, flatten, toRaw, type FlatText} from "../text/flatten.js";
import {parseNumber} from "../numbers/parse-number.js";
import {
  findDates,
  findPeriods,
  parsePeriod,
  periodFromBounds,
  unionPeriod,
  type FoundPeriod
} from "../periods/parse-period.js";
import {canonicalCountry} from "../specs/countries.js";
import {compilePattern, type CompiledPattern} from "./compile-pattern.js";
import type {Emit, SentenceSpec} from "./sentence-spec.js";
import {partitionPoint} from "../partition-point.js";
import {SpanSet} from "../span-set.js";

export interface SentenceOptions {
  /** The report's own reporting period, for "during the reporting period" outside a dated paragraph. */
  reportingPeriod: Period | null;
  /** The document's own date (YYYY, YYYY-MM or YYYY-MM-DD), for running totals stated "to date". */
  documentDate?: string;
  /** Raw spans already read (tables); numbers inside them are not read again. */
  claimed: [number, number][];
  /** The whole seed flattened once, to cut paragraphs from. */
  flatDoc?: FlatText;
}

/** Observations emitted by one match of a pattern (with its items), kept together for checks. */
export interface MatchGroup {
  spec_id: string;
  observations: Extracted[];
}

interface Compiled {
  spec: SentenceSpec;
  anchor: CompiledPattern;
  items?: CompiledPattern;
  /** The spec's `within`, global, to find its paragraphs in one pass. */
  within?: RegExp;
}

const cache = new WeakMap<SentenceSpec, Compiled>();
function compiled(spec: SentenceSpec): Compiled {
  let c = cache.get(spec);
  if (!c) {
    const reversedGroups = spec.digitGroups === "reversed";
    c = {
      spec,
      anchor: compilePattern(spec.pattern, "gid", {reversedGroups}),
      items: spec.items ? compilePattern(spec.items.pattern, "yid", {reversedGroups}) : undefined,
      within: spec.within ? new RegExp(spec.within.source, spec.within.flags.replace("g", "") + "g") : undefined
    };
    cache.set(spec, c);
  }
  return c;
}

export function extractSentences(
  raw: string,
  paragraphs: Paragraph[],
  specs: SentenceSpec[],
  options: SentenceOptions
): MatchGroup[] {
  const groups: MatchGroup[] = [];
  const claimed = new SpanSet(options.claimed);
  const isClaimed = (s: number, e: number) => claimed.overlaps(s, e);
  const flatDoc = options.flatDoc ?? flatten(raw);
  const views = paragraphs.map((p) => flatSlice(flatDoc, p.start, p.end));
  const periodCache = new Map<number, ParagraphPeriods>();
  // Each pattern runs only in paragraphs holding its required words (or its `within` text).
  const starts = paragraphs.map((p) => flatIndexOf(flatDoc, p.start));
  // Lower-casing keeps offsets only when it keeps the length (it can grow a few letters, e.g. "İ").
  const lower = flatDoc.text.toLowerCase();
  const lowerDoc = lower.length === flatDoc.text.length ? lower : null;
  const candidates = specs.map((spec) => candidateParagraphs(compiled(spec), starts, flatDoc, lowerDoc));
  for (const [index, paragraph] of paragraphs.entries()) {
    const flat = views[index];
    const periods = () => periodCache.get(index) ?? periodCache.set(index, paragraphPeriods(flat.text)).get(index)!;
    for (const [k, spec] of specs.entries()) {
      if (!candidates[k].has(index)) continue;
      const c = compiled(spec);
      if (spec.within && !spec.within.test(flat.text)) continue;
      c.anchor.regex.lastIndex = 0;
      for (let m = c.anchor.regex.exec(flat.text); m; m = c.anchor.regex.exec(flat.text)) {
        if (m[0].length === 0) {
          c.anchor.regex.lastIndex++;
          continue;
        }
        // A text with no numbered paragraphs is one paragraph: there the words `within` asks for must be in the match's sentence.
        if (
          spec.within &&
          paragraph.number === "" &&
          !spec.within.test(sentenceAround(flat.text, m.index, m[0].length))
        )
          continue;
        const ctx: MatchContext = {raw, flat, paragraph, periods: periods(), options, spec, isClaimed};
        const anchorPeriod = slotPeriod(m, c.anchor, spec.emit);
        const observations = emitAll(ctx, m, c.anchor, spec.emit, anchorPeriod);
        if (observations === null) continue;
        let end = m.index + m[0].length;
        if (c.items && spec.items) {
          for (;;) {
            SEPARATOR.lastIndex = end;
            c.items.regex.lastIndex = end + SEPARATOR.exec(flat.text)![0].length;
            const im = c.items.regex.exec(flat.text);
            if (!im || im[0].length === 0) break;
            const emitted = emitAll(
              ctx,
              im,
              c.items,
              spec.items.emit,
              slotPeriod(im, c.items, spec.items.emit) ?? anchorPeriod ?? undefined
            );
            if (emitted) observations.push(...emitted);
            end = im.index + im[0].length;
          }
        }
        for (const o of observations) claimed.add(o.value_start, o.value_end);
        if (observations.length > 0) groups.push({spec_id: spec.id, observations});
        c.anchor.regex.lastIndex = Math.max(c.anchor.regex.lastIndex, end);
      }
    }
  }
  return groups;
}

/** The sentence holding the match at [at, at + length): from the full stop before it to the one after it. */
function sentenceAround(text: string, at: number, length: number): string {
  const start = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("\n", at)) + 1;
  const stop = text.slice(at + length).search(/\.(?:\s|$)/);
  return text.slice(start, stop < 0 ? text.length : at + length + stop);
}

// Between a pattern's items: read in place (sticky), since cutting the paragraph's rest per item is quadratic.
const SEPARATOR = /[\s,;]*(?:and\s+)?/y;

/** Indexes of the paragraphs a pattern can match in, found by one search of the whole text. */
function candidateParagraphs(c: Compiled, starts: number[], flatDoc: FlatText, lowerDoc: string | null): Set<number> {
  const out = new Set<number>();
  const add = (at: number) => {
    const lo = partitionPoint(starts.length, (i) => starts[i] <= at);
    if (lo > 0) out.add(lo - 1);
  };
  if (c.anchor.literal && lowerDoc) {
    for (let at = lowerDoc.indexOf(c.anchor.literal); at >= 0; at = lowerDoc.indexOf(c.anchor.literal, at + 1)) add(at);
  } else if (c.within) {
    c.within.lastIndex = 0;
    for (let m = c.within.exec(flatDoc.text); m; m = c.within.exec(flatDoc.text)) {
      if (m[0].length === 0) c.within.lastIndex++;
      add(m.index);
    }
  } else starts.forEach((_, i) => out.add(i));
  return out;
}

interface MatchContext {
  raw: string;
  flat: FlatText;
  paragraph: Paragraph;
  periods: ParagraphPeriods;
  options: SentenceOptions;
  spec: SentenceSpec;
  isClaimed: (s: number, e: number) => boolean;
}

function slotPeriod(m: RegExpExecArray, c: CompiledPattern, emits: Emit[]): Period | undefined {
  const wanted = emits.find((e) => e.periodSlot)?.periodSlot;
  for (const [name, type] of c.slots) {
    if (type !== "period" || (wanted && name !== wanted)) continue;
    const text = m.groups?.[name];
    if (text) return parsePeriod(text) ?? undefined;
  }
  return undefined;
}

/** Emits every slot of one match; null when the match must be skipped as a whole. */
function emitAll(
  ctx: MatchContext,
  m: RegExpExecArray,
  c: CompiledPattern,
  emits: Emit[],
  period: Period | undefined
): Extracted[] | null {
  const out: Extracted[] = [];
  const [sentenceStart, sentenceEnd] = sentenceBounds(ctx.flat.text, m.index, m.index + m[0].length);
  for (const emit of emits) {
    const indices = m.indices?.groups?.[emit.slot];
    const text = m.groups?.[emit.slot];
    if (!indices || text === undefined) continue; // an optional part of the pattern that did not occur
    const type = c.slots.get(emit.slot);
    let value: number | null;
    if (type === "zero") value = 0;
    else if (type === "all")
      value = emit.valueFrom ? (parseNumber(m.groups?.[emit.valueFrom] ?? "")?.value ?? null) : null;
    else value = parseNumber(text, {reversedGroups: ctx.spec.digitGroups === "reversed"})?.value ?? null;
    if (value === null) throw new Error(`pattern ${ctx.spec.id}: cannot read "${text}" as a number`);
    const [valueStart, valueEnd] = toRaw(ctx.flat, indices[0], indices[1]);
    if (ctx.isClaimed(valueStart, valueEnd)) return null;
    const resolved = period ?? resolvePeriod(ctx, emit, indices[0], sentenceStart, sentenceEnd);
    if (!resolved) continue;
    const [quoteStart, quoteEnd] = toRaw(ctx.flat, sentenceStart, sentenceEnd);
    // "$name" needs its slot to have matched (else this emit is for another alternative); "$name?" may be absent.
    let absent = false;
    const dim = (v: string | undefined): string | null => {
      if (v === undefined) return null;
      if (!v.startsWith("$")) return v;
      const name = v.replace(/^\$|\?$/g, "");
      const slotText = m.groups?.[name];
      if (slotText === undefined) {
        if (!v.endsWith("?")) absent = true;
        return null;
      }
      return c.slots.get(name) === "country" ? (canonicalCountry(slotText) ?? slotText) : slotText.toLowerCase();
    };
    const dims = {
      country: dim(emit.dims?.country),
      citizenship: dim(emit.dims?.citizenship),
      sex: dim(emit.dims?.sex),
      age_group: dim(emit.dims?.age_group),
      category: dim(emit.dims?.category)
    };
    if (absent) continue;
    out.push({
      spec_id: ctx.spec.id,
      family: emit.family ?? ctx.spec.family,
      indicator: emit.indicator,
      unit: emit.unit,
      period: resolved,
      ...dims,
      value,
      approx: m.groups?.[`${emit.slot}__approx`]?.toLowerCase() ?? null,
      locator: ctx.paragraph.number || "preamble",
      quote_start: quoteStart,
      quote_end: quoteEnd,
      value_start: valueStart,
      value_end: valueEnd
    });
  }
  return out;
}

/**
 * A paragraph's periods and written dates, each list in text order and without overlaps (so their ends rise
 * with their starts, and the ones within a span are found by binary search), with the earliest start and
 * latest end of every prefix for paragraph-wide spans.
 */
interface ParagraphPeriods {
  periods: FoundPeriod[];
  dates: FoundPeriod[];
  prefix: {periods: Bounds[]; dates: Bounds[]};
}

type Bounds = {start: string; end: string};

/** Periods a paragraph states; years inside calendar dates ("dated May 31, 2017") are not periods of statistics. */
function paragraphPeriods(text: string): ParagraphPeriods {
  const dates = findDates(text);
  const periods = findPeriods(text).filter((p) => {
    if (p.pattern === "stock_date") return true;
    const next = partitionPoint(dates.length, (i) => dates[i].end <= p.start);
    return !(next < dates.length && dates[next].start < p.end);
  });
  return {periods, dates, prefix: {periods: prefixBounds(periods), dates: prefixBounds(dates)}};
}

/** Element i holds the earliest start and latest end of the first i periods. */
function prefixBounds(found: FoundPeriod[]): Bounds[] {
  const out: Bounds[] = [{start: "\uffff", end: ""}];
  for (const {period} of found) {
    const last = out[out.length - 1];
    out.push({
      start: period.start < last.start ? period.start : last.start,
      end: period.end > last.end ? period.end : last.end
    });
  }
  return out;
}

/** The index range [lo, hi) of the found periods lying within [from, to]. */
function within(found: FoundPeriod[], from: number, to: number): [number, number] {
  const lo = partitionPoint(found.length, (i) => found[i].start < from);
  return [
    lo,
    Math.max(
      lo,
      partitionPoint(found.length, (i) => found[i].end <= to)
    )
  ];
}

/** The union of the periods and dates lying within [from, to], as `unionPeriod` makes it of them. */
function spanPeriod(ctx: ParagraphPeriods, from: number, to: number): Period | null {
  const [pl, ph] = within(ctx.periods, from, to);
  const [dl, dh] = within(ctx.dates, from, to);
  const count = ph - pl + dh - dl;
  if (count <= 1) return count === 0 ? null : (ph > pl ? ctx.periods[pl] : ctx.dates[dl]).period;
  if (pl === 0 && dl === 0) {
    const p = ctx.prefix.periods[ph],
      d = ctx.prefix.dates[dh];
    return periodFromBounds(p.start < d.start ? p.start : d.start, p.end > d.end ? p.end : d.end);
  }
  return unionPeriod([...ctx.periods.slice(pl, ph), ...ctx.dates.slice(dl, dh)].map((p) => p.period));
}

function resolvePeriod(
  ctx: MatchContext,
  emit: Emit,
  at: number,
  sentenceStart: number,
  sentenceEnd: number
): Period | null {
  if (emit.period === "document_date")
    return ctx.options.documentDate ? documentDatePeriod(ctx.options.documentDate) : null;
  if (emit.period === "sentence_span" || emit.period === "paragraph_span")
    return spanPeriod(ctx.periods, emit.period === "sentence_span" ? sentenceStart : 0, sentenceEnd);
  const {periods} = ctx.periods;
  const [lo, hi] = within(periods, sentenceStart, sentenceEnd);
  const before = partitionPoint(hi - lo, (i) => periods[lo + i].end <= at);
  if (before > 0) return periods[lo + before - 1].period;
  const after = lo + partitionPoint(hi - lo, (i) => periods[lo + i].start < at);
  if (after < hi) return periods[after].period;
  // A paragraph opening with a period ("In 2017, ...") is about that period, its "reporting period" included.
  const first = periods[0];
  const opening = first && first.start < 40 && first.start < at ? first.period : null;
  if (/reporting period/i.test(ctx.flat.text.slice(sentenceStart, sentenceEnd)))
    return opening ?? ctx.options.reportingPeriod;
  // Otherwise the statement continues the period last named in its paragraph; an undated
  // statement in a periodic report speaks of the period the report covers.
  const previous = partitionPoint(periods.length, (i) => periods[i].end <= sentenceStart);
  return previous > 0 ? periods[previous - 1].period : ctx.options.reportingPeriod;
}

function documentDatePeriod(date: string): Period {
  const [y, m = "12", d] = date.split("-");
  const iso = `${y}-${m}-${d ?? String(new Date(Date.UTC(+y, +m, 0)).getUTCDate()).padStart(2, "0")}`;
  return {label: iso, start: iso, end: iso, partial: false, stock: true};
}

// Sentence ends of the paragraph last asked about: its matches come one after another, so it is scanned once.
let boundsOf: string | null = null;
let ends: number[] = [];

/** The sentence around a span: from after the previous full stop to the next one. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  if (text !== boundsOf) {
    boundsOf = text;
    ends = [];
    const boundary = /[.;!?؟](?=\s+(?:[A-Z0-9“"(\u0600-\u06ff]|$))/g;
    for (let m = boundary.exec(text); m; m = boundary.exec(text)) ends.push(m.index);
  }
  const before = partitionPoint(ends.length, (i) => ends[i] < start);
  let s = before > 0 ? ends[before - 1] + 1 : 0;
  const after = partitionPoint(ends.length, (i) => ends[i] < Math.max(end - 1, 0));
  const e = after < ends.length ? ends[after] + 1 : text.length;
  while (s < text.length && text[s] === " ") s++;
  return [s, Math.max(e, end)];
}
