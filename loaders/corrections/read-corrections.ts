/**
 * A statistician's corrections to one document, as JSON Lines next to its sidecar
 * (`<name>.corrections.jsonl`). Each line names a reading by its value and a piece of its quote, and
 * either rejects it, accepts a candidate, or re-labels it:
 *
 *   {"action": "reject", "value": 14, "quote": "the child of a person was 14", "note": "an age"}
 *   {"action": "accept", "value": 395, "quote": "screened 395 individuals", "set": {"indicator": "persons_screened"}}
 *   {"action": "relabel", "value": 3, "quote": "three transgender", "set": {"category": "transgender", "sex": null}}
 *
 * `set` may change indicator, family, unit, period (a label such as 2018 or 2019H1), value and any
 * breakdown (country, citizenship, sex, age_group, category; null clears it). Pure: text in, corrections
 * or errors with their line out.
 */
import {FAMILIES, type Family, type Period} from "../types.js";
import {parsePeriodLabel} from "../periods/parse-period.js";
import {DIMENSION_IDS} from "../registry/dimensions.js";

export type CorrectionAction = "reject" | "accept" | "relabel";

export interface CorrectionSet {
  indicator?: string;
  family?: Family;
  unit?: string;
  period?: Period;
  value?: number;
  country?: string | null;
  citizenship?: string | null;
  sex?: string | null;
  age_group?: string | null;
  category?: string | null;
}

export interface Correction {
  line: number;
  action: CorrectionAction;
  value: number;
  quote: string;
  /** Optional: only the reading with this indicator (when one number was read twice). */
  indicator?: string;
  set: CorrectionSet;
  note?: string;
}

export interface CorrectionError {
  line: number;
  message: string;
}

const ACTIONS: CorrectionAction[] = ["reject", "accept", "relabel"];
const BREAKDOWN_KEYS = DIMENSION_IDS;
const SET_KEYS = new Set(["indicator", "family", "unit", "period", "value", ...BREAKDOWN_KEYS]);

export function parseCorrections(text: string): {corrections: Correction[]; errors: CorrectionError[]} {
  const corrections: Correction[] = [];
  const errors: CorrectionError[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "" || raw.trim().startsWith("//")) return;
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(raw);
    } catch (e) {
      errors.push({line, message: `not JSON: ${(e as Error).message}`});
      return;
    }
    const fail = (message: string) => errors.push({line, message});
    if (r === null || typeof r !== "object" || Array.isArray(r)) return fail("a correction is a JSON object");
    for (const k of Object.keys(r))
      if (!["action", "value", "quote", "indicator", "set", "note"].includes(k)) return fail(`unknown field "${k}"`);
    if (!ACTIONS.includes(r.action as CorrectionAction)) return fail(`"action" must be one of ${ACTIONS.join(", ")}`);
    if (typeof r.value !== "number" || !Number.isFinite(r.value)) return fail(`"value" must be the number as read`);
    if (typeof r.quote !== "string" || r.quote.trim().length < 3)
      return fail(`"quote" must be a piece of the statement's text (3 characters or more)`);
    if (r.indicator !== undefined && typeof r.indicator !== "string") return fail(`"indicator" must be a string`);
    const set = (r.set ?? {}) as Record<string, unknown>;
    if (typeof set !== "object" || Array.isArray(set)) return fail(`"set" must be an object`);
    if (r.action === "relabel" && Object.keys(set).length === 0) return fail(`a relabel needs "set"`);
    if (r.action === "reject" && r.set !== undefined) return fail(`a reject takes no "set"`);
    const out: CorrectionSet = {};
    for (const [k, v] of Object.entries(set)) {
      if (!SET_KEYS.has(k)) return fail(`"set" cannot change "${k}"`);
      if (k === "period") {
        const period = typeof v === "string" ? parsePeriodLabel(v) : null;
        if (!period)
          return fail(`"set.period" must be a period label such as 2018, 2019H1, 2019Q1, 2019-03 or 2013-2018`);
        out.period = period;
      } else if (k === "value") {
        if (typeof v !== "number" || !Number.isFinite(v)) return fail(`"set.value" must be a number`);
        out.value = v;
      } else if (k === "family") {
        if (!(FAMILIES as readonly unknown[]).includes(v))
          return fail(`"set.family" must be one of ${FAMILIES.join(", ")}`);
        out.family = v as Family;
      } else if ((BREAKDOWN_KEYS as readonly string[]).includes(k)) {
        if (v !== null && typeof v !== "string") return fail(`"set.${k}" must be a string or null`);
        out[k as (typeof BREAKDOWN_KEYS)[number]] = v as string | null;
      } else {
        if (typeof v !== "string" || v.trim() === "") return fail(`"set.${k}" must be a non-empty string`);
        out[k as "indicator" | "unit"] = v;
      }
    }
    corrections.push({
      line,
      action: r.action as CorrectionAction,
      value: r.value,
      quote: r.quote,
      indicator: r.indicator as string | undefined,
      set: out,
      note: typeof r.note === "string" ? r.note : undefined
    });
  });
  return {corrections, errors};
}
