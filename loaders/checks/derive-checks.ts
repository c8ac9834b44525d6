/**
 * Consistency checks the text allows beyond a single table: parts stated together against their
 * total, subsets against wholes, sub-periods against a total stated for the span they lie in, and
 * every period against the document's own date and reporting period.
 */
import type {Period} from "../types.js";
import type {Extracted, PendingCheck} from "../extracted.js";
import {sumCheck} from "../extracted.js";
import type {MatchGroup} from "../sentences/extract-sentences.js";
import {DIMENSION_IDS} from "../registry/dimensions.js";

const DIMS = DIMENSION_IDS;
const isTotal = (o: Extracted) => DIMS.every((d) => o[d] === null);
const key = (o: Extracted) => `${o.indicator}|${o.unit}|${o.period.label}`;

/** Totals by indicator, unit and period; a total stated twice with different values is ambiguous. */
function totalsIndex(all: Extracted[]): Map<string, Extracted[]> {
  const index = new Map<string, Extracted[]>();
  for (const o of all) {
    if (!isTotal(o)) continue;
    const list = index.get(key(o));
    if (list) list.push(o);
    else index.set(key(o), [o]);
  }
  return index;
}

/**
 * Numbers broken down in one statement are the parts of the total stated for the same indicator
 * and period: two or more parts must add up to it; a single part must not exceed it. Parts that
 * share a dimension value set (e.g. women and men, or citizenships) are summed together.
 */
export function partitionChecks(groups: MatchGroup[], all: Extracted[]): PendingCheck[] {
  const totals = totalsIndex(all);
  const checks: PendingCheck[] = [];
  for (const group of groups) {
    const parts = new Map<string, Extracted[]>();
    for (const o of group.observations)
      if (!isTotal(o)) {
        // Parts are listed by one leading dimension; sex and age groups together partition persons.
        const lead = DIMS.find((d) => o[d] !== null)!;
        const k = `${key(o)}|${lead === "sex" || lead === "age_group" ? "sex_age" : lead}`;
        const list = parts.get(k);
        if (list) list.push(o);
        else parts.set(k, [o]);
      }
    for (const [k, ps] of parts) {
      const candidates = totals.get(k.split("|").slice(0, 3).join("|")) ?? [];
      const inGroup = candidates.filter((t) => group.observations.includes(t));
      const sameParagraph = candidates.filter((t) => t.locator === ps[0].locator);
      const total = inGroup[0] ?? sameParagraph[0] ?? (candidates.length === 1 ? candidates[0] : undefined);
      if (!total) continue;
      const label = `${total.indicator} ${total.period.label}`;
      if (ps.length === 1) {
        const p = ps[0];
        checks.push({
          kind: "subset",
          description: `${label}: ${describe(p)} cannot exceed the total`,
          locator: p.locator,
          expected: total.value,
          actual: p.value,
          tolerance: 0,
          status: p.value <= total.value ? "pass" : "fail",
          members: [total, p],
          detail: `${p.value} ≤ ${total.value}`
        });
      } else {
        checks.push(
          sumCheck("sum", `${label}: ${ps.map(describe).join(", ")} vs stated total`, total.locator, total, ps, 0)
        );
      }
    }
  }
  return checks;
}

/** What a document says about its own time: its date (YYYY[-MM[-DD]]) and the period it reports on. */
export interface DocumentTime {
  date: string;
  reportingPeriod: Period | null;
}

/** How far before the reporting period (or the document's date) a figure may reach: history is often recalled. */
const YEARS_BEFORE = 10;
/** How far after the document's date a period may end: "2016–2023" in a report of October 2023. */
const YEARS_AFTER = 1;

/**
 * A total stated for a span ("2013–2018 and the first half of 2019") against the yearly figures
 * inside it: equal when the years tile the span, never smaller otherwise. With the document's own
 * time, also every period far outside it, which a misread date or a lost paragraph number gives
 * ("1999-05-21..2030-12-31"): a failed check on each such figure.
 */
export function periodChecks(all: Extracted[], document?: DocumentTime): PendingCheck[] {
  const checks: PendingCheck[] = document ? periodRangeChecks(all, document) : [];
  // Totals of one indicator and unit, so each whole is compared with its own kind only.
  const byKind = new Map<string, Extracted[]>();
  for (const o of all) {
    if (!isTotal(o)) continue;
    const list = byKind.get(`${o.indicator}|${o.unit}`);
    if (list) list.push(o);
    else byKind.set(`${o.indicator}|${o.unit}`, [o]);
  }
  // A whole is stated once per period: later restatements of it check nothing new.
  const wholes = new Map<string, Extracted>();
  for (const o of all) if (isTotal(o) && !wholes.has(key(o))) wholes.set(key(o), o);
  for (const whole of wholes.values()) {
    const inside = byKind
      .get(`${whole.indicator}|${whole.unit}`)!
      .filter(
        (o) =>
          o !== whole &&
          o.period.start >= whole.period.start &&
          o.period.end <= whole.period.end &&
          !(o.period.start === whole.period.start && o.period.end === whole.period.end)
      );
    // One figure per sub-period: the first stated, as repeated statements of one figure are common.
    const byPeriod = new Map<string, Extracted>();
    for (const o of inside) if (!byPeriod.has(o.period.label)) byPeriod.set(o.period.label, o);
    const parts = [...byPeriod.values()].sort((a, b) => a.period.start.localeCompare(b.period.start));
    if (parts.length < 2 || overlapping(parts)) continue;
    const tiles = tilesYears(parts, whole);
    const label = `${whole.indicator} ${whole.period.label}`;
    if (tiles)
      checks.push(
        sumCheck(
          "sum",
          `${label}: ${parts.map((p) => p.period.label).join(" + ")} vs stated total`,
          whole.locator,
          whole,
          parts,
          0
        )
      );
    else {
      const actual = parts.reduce((a, p) => a + p.value, 0);
      checks.push({
        kind: "subset",
        description: `${label}: ${parts.map((p) => p.period.label).join(" + ")} cannot exceed the total`,
        locator: whole.locator,
        expected: whole.value,
        actual,
        tolerance: 0,
        status: actual <= whole.value ? "pass" : "fail",
        members: [whole, ...parts],
        detail: `${parts.map((p) => p.value).join(" + ")} = ${actual} ≤ ${whole.value}`
      });
    }
  }
  return checks;
}

function overlapping(parts: Extracted[]): boolean {
  return parts.some((p, i) => i > 0 && p.period.start <= parts[i - 1].period.end);
}

/** Every calendar year of the whole has exactly one part, and the parts start and end with it. */
function tilesYears(parts: Extracted[], whole: Extracted): boolean {
  const y0 = +whole.period.start.slice(0, 4),
    y1 = +whole.period.end.slice(0, 4);
  const years = parts.map((p) => +p.period.start.slice(0, 4));
  if (parts.some((p) => p.period.start.slice(0, 4) !== p.period.end.slice(0, 4))) return false;
  if (new Set(years).size !== years.length) return false;
  for (let y = y0; y <= y1; y++) if (!years.includes(y)) return false;
  return parts[0].period.start === whole.period.start;
}

function describe(o: Extracted): string {
  return (
    DIMS.filter((d) => o[d] !== null)
      .map((d) => o[d])
      .join("/") + ` ${o.value}`
  );
}

function periodRangeChecks(all: Extracted[], {date, reportingPeriod}: DocumentTime): PendingCheck[] {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return [];
  const [y, mo, d] = [+m[1], m[2] ? +m[2] : 12, m[3] ? +m[3] : 0];
  const dateEnd = d ? `${m[1]}-${m[2]}-${m[3]}` : new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10);
  const dateStart = `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`;
  const from = reportingPeriod && reportingPeriod.start < dateStart ? reportingPeriod.start : dateStart;
  const earliest = `${+from.slice(0, 4) - YEARS_BEFORE}${from.slice(4)}`;
  const latest = `${+dateEnd.slice(0, 4) + YEARS_AFTER}${dateEnd.slice(4)}`;
  const own = `dated ${date}${reportingPeriod ? `, reporting on ${reportingPeriod.label}` : ""}`;
  return all
    .filter((o) => o.period.start < earliest || o.period.end > latest)
    .map((o) => ({
      kind: "period_range",
      locator: o.locator,
      expected: null,
      actual: null,
      tolerance: 0,
      status: "fail" as const,
      members: [o],
      description: `${o.indicator} ${o.period.label}: the period lies far outside the document's own time`,
      detail: `${o.period.start}..${o.period.end} is not within ${earliest}..${latest} (the document is ${own})`
    }));
}
