/**
 * Text in, typed rows out: runs every table and sentence spec over one seed and returns its
 * observations with provenance and the checks they allow. No I/O.
 */
import {createHash} from "node:crypto";
import type {CandidateRow, Check, Coverage, DocumentMeta, Observation} from "./types.js";
import type {Extracted, PendingCheck} from "./extracted.js";
import type {TableSpec} from "./tables/table-spec.js";
import type {SentenceSpec} from "./sentences/sentence-spec.js";
import {extractTable} from "./tables/extract-table.js";
import {extractSentences} from "./sentences/extract-sentences.js";
import {countParagraphNumbers, segmentParagraphs} from "./text/segment-paragraphs.js";
import {flatten} from "./text/flatten.js";
import {parseReportingPeriod} from "./periods/parse-period.js";
import {partitionChecks, periodChecks} from "./checks/derive-checks.js";
import {statementGroups} from "./checks/statement-groups.js";
import {pageFinder} from "./seeds/read-pdf.js";
import {findUnextracted, lineFinder, type UnextractedNumber} from "./coverage/find-unextracted.js";
import {extractStatements, type Candidate} from "./general/extract-statements.js";
import {documentSetting, headlinePeople, settingCountry, settingPeople} from "./general/document-setting.js";
import {resolvedCitizenship, sharedDemonymStates} from "./general/resolve-shared-demonym.js";
import {applyCorrections} from "./corrections/apply-corrections.js";
import type {Correction} from "./corrections/read-corrections.js";
import {countryOfCode} from "./specs/country-codes.js";

export interface SpecSet {
  tables: TableSpec[];
  sentences: SentenceSpec[];
}

export interface DocumentExtraction {
  observations: Observation[];
  checks: Check[];
  unextracted: UnextractedNumber[];
  candidates: CandidateRow[];
  coverage: Coverage;
  /** The corrections applied, by line of the corrections file. */
  corrections: {line: number; action: string; value: number; quote: string}[];
  /** Paragraphs numbered in sequence from 1, and lines that start like a numbered paragraph. */
  paragraphs: {numbered: number; candidates: number};
}

export interface ExtractOptions {
  /** Run the general statement reader after the specs (default); off gives the spec-only reading. */
  general?: boolean;
  /** A statistician's corrections to this document (its .corrections.jsonl), applied after every reader. */
  corrections?: Correction[];
}

export function extractDocument(
  raw: string,
  meta: DocumentMeta,
  specs: SpecSet,
  options: ExtractOptions = {}
): DocumentExtraction {
  const flatDoc = flatten(raw);
  const extracted: Extracted[] = [];
  const pending: PendingCheck[] = [];
  const claimed: [number, number][] = [];
  for (const spec of specs.tables) {
    const r = extractTable(raw, spec, flatDoc);
    extracted.push(...r.observations);
    pending.push(...r.checks);
    claimed.push(...r.spans);
  }
  const reportingPeriod = meta.reporting_period ? parseReportingPeriod(meta.reporting_period) : null;
  const paragraphs = segmentParagraphs(raw);
  const groups = extractSentences(raw, paragraphs, specs.sentences, {
    reportingPeriod,
    claimed,
    documentDate: meta.date,
    flatDoc
  });
  for (const g of groups) extracted.push(...g.observations);
  // The general reader takes every statement no spec or table has read (specs act as overrides); it reads English.
  const state = meta.state ? (countryOfCode(meta.state) ?? meta.state) : undefined;
  const general =
    options.general !== false && isEnglish(meta.language)
      ? extractStatements(raw, paragraphs, {
          reportingPeriod,
          documentDate: meta.date,
          flatDoc,
          stateCode: meta.state ?? undefined,
          state,
          kind: meta.kind,
          claimed: [...claimed, ...extracted.map((e) => [e.value_start, e.value_end] as [number, number])]
        })
      : {seen: 0, observations: [], candidates: [], unread: [], excluded: []};
  const setting = documentSetting(meta.title ?? "", state);
  // "Cuban migrants sent home": the people a headline moves are those its item's later counts of the move are of.
  const demonyms = sharedDemonymStates(raw);
  const named = headlinePeople(meta.title ?? "");
  // "Congolese returns resume" over an item on the Republic of the Congo: the headline's people are that state's.
  const people = named && {
    ...named,
    country: resolvedCitizenship(named.country, meta.title ?? "", demonyms) ?? named.country
  };
  for (const o of general.observations) {
    const sentence = raw.slice(o.quote_start, o.quote_end);
    o.country ??= settingCountry(setting, sentence, state);
    if (o.unit === "persons" && !o.citizenship)
      o.citizenship = settingPeople(people, sentence, o.value, state, setting?.country) ?? null;
    if (demonyms.size) o.citizenship = resolvedCitizenship(o.citizenship, sentence, demonyms);
  }
  extracted.push(...general.observations);
  const corrected = applyCorrections(raw, extracted, general.candidates, options.corrections ?? []);
  extracted.splice(0, extracted.length, ...corrected.observations);
  general.candidates = corrected.candidates;
  pending.push(
    ...partitionChecks([...groups, ...statementGroups(extracted)], extracted),
    ...periodChecks(extracted, {date: meta.date, reportingPeriod})
  );

  const observations = assignIds(raw, meta.doc_id, extracted);
  const idOf = new Map(extracted.map((e, i) => [e, observations[i].obs_id]));
  const checks = pending.map((c, i): Check => ({
    check_id: `${meta.doc_id}:c${String(i + 1).padStart(4, "0")}`,
    doc_id: meta.doc_id,
    kind: c.kind,
    description: c.description,
    locator: c.locator,
    expected: c.expected,
    actual: c.actual,
    tolerance: c.tolerance,
    status: c.status,
    obs_ids: c.members.map((m) => idOf.get(m)!).filter(Boolean),
    detail: c.detail
  }));
  // Numbers the general reader judged not to be statistics are not gaps; candidates in words are, as digits are.
  const excludedSpans = general.excluded.map((x) => [x.start, x.end] as [number, number]);
  const unextracted = withWords(
    raw,
    findUnextracted(
      raw,
      [...extracted.map((e) => [e.value_start, e.value_end] as [number, number]), ...excludedSpans],
      claimed
    ),
    [...general.candidates.map((c) => ({start: c.value_start, end: c.value_end})), ...general.unread]
  );
  const candidates = candidateRows(raw, meta.doc_id, general.candidates);
  const excluded: Record<string, number> = {};
  for (const x of general.excluded) excluded[x.reason] = (excluded[x.reason] ?? 0) + 1;
  const distinct = (rows: {value_start: number}[]) => new Set(rows.map((r) => r.value_start)).size;
  const byGeneral = distinct(general.observations);
  const coverage: Coverage = {
    seen: general.seen,
    by_spec: distinct(extracted) - byGeneral,
    by_general: byGeneral,
    candidates: distinct(general.candidates),
    excluded,
    unextracted: unextracted.length
  };
  const numbering = {
    numbered: paragraphs.filter((p) => p.number !== "").length,
    candidates: countParagraphNumbers(raw)
  };
  return {
    observations,
    checks,
    unextracted,
    candidates,
    coverage,
    corrections: corrected.applied,
    paragraphs: numbering
  };
}

const isEnglish = (language: string) => /^en\b/i.test(language);

/** The coverage list with the numbers written in words ("thirty-four") no reader took, which the digit scan cannot see. */
function withWords(
  raw: string,
  unextracted: UnextractedNumber[],
  untaken: {start: number; end: number}[]
): UnextractedNumber[] {
  const have = new Set(unextracted.map((u) => u.start));
  const words = untaken.filter((c) => !/\d/.test(raw.slice(c.start, c.end)) && !have.has(c.start));
  const seen = new Set<number>();
  const {lineOf} = lineFinder(raw);
  const extra = words
    .filter((c) => !seen.has(c.start) && seen.add(c.start))
    .map((c) => {
      const text = raw.slice(c.start, c.end);
      const before = raw.slice(Math.max(0, c.start - 30), c.start).replace(/\s+/g, " ");
      const after = raw.slice(c.end, c.end + 20).replace(/\s+/g, " ");
      return {
        text,
        start: c.start,
        line: lineOf(c.start),
        context: `${before}[${text}]${after}`
      };
    });
  return [...unextracted, ...extra].sort((a, b) => a.start - b.start);
}

/** Candidates with ids that depend on where they are stated, and their quotes. */
function candidateRows(raw: string, docId: string, candidates: Candidate[]): CandidateRow[] {
  return candidates.map((c) => ({
    candidate_id: createHash("sha1").update(`${docId}|${c.value_start}|${c.period.label}`).digest("hex").slice(0, 16),
    doc_id: docId,
    family: c.family,
    indicator: c.indicator,
    period_label: c.period.label || null,
    period_start: c.period.start || null,
    period_end: c.period.end || null,
    country: c.country,
    citizenship: c.citizenship,
    sex: c.sex,
    age_group: c.age_group,
    category: c.category,
    value: c.value,
    unit: c.unit,
    approx: c.approx,
    locator: c.locator,
    char_start: c.quote_start,
    char_end: c.quote_end,
    value_start: c.value_start,
    value_end: c.value_end,
    quote: raw.slice(c.quote_start, c.quote_end),
    rule: c.spec_id,
    confidence: c.confidence,
    reason: c.reason
  }));
}

/** Ids depend on what a number means and where it is stated, not on its value, so they survive corrections. */
function assignIds(raw: string, docId: string, extracted: Extracted[]): Observation[] {
  const seen = new Map<string, number>();
  const pageAt = pageFinder(raw);
  return extracted.map((e) => {
    const identity = [
      docId,
      e.locator,
      e.indicator,
      e.unit,
      e.period.label,
      e.country,
      e.citizenship,
      e.sex,
      e.age_group,
      e.category
    ].join("|");
    const n = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, n);
    const obs_id = createHash("sha1").update(`${identity}|${n}`).digest("hex").slice(0, 16);
    return {
      obs_id,
      doc_id: docId,
      family: e.family,
      indicator: e.indicator,
      period_label: e.period.label,
      period_start: e.period.start,
      period_end: e.period.end,
      partial: e.period.partial,
      country: e.country,
      citizenship: e.citizenship,
      sex: e.sex,
      age_group: e.age_group,
      category: e.category,
      value: e.value,
      unit: e.unit,
      approx: e.approx,
      locator: e.locator,
      page: pageAt(e.value_start),
      char_start: e.quote_start,
      char_end: e.quote_end,
      quote: raw.slice(e.quote_start, e.quote_end),
      value_start: e.value_start,
      value_end: e.value_end,
      spec_id: e.spec_id,
      confidence: e.confidence ?? 1
    };
  });
}
