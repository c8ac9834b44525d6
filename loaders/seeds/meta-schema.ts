/**
 * Sidecar validation: seeds/meta.schema.json (which editors can use too) checked by Ajv, with each problem
 * said as a sentence naming the field and the value found, e.g. `"size_bytes" must be an integer (got "6167")`.
 * The formats the schema names are defined here: real calendar dates, reporting periods the loaders can
 * read, absolute URLs.
 */
import {Ajv, type ErrorObject} from "ajv";
import {parseReportingPeriod} from "../periods/parse-period.js";
// Imported, not read from a path, so that a bundled copy of the loaders (the benchmark's profile) finds it too.
import META_SCHEMA from "../../seeds/meta.schema.json" with {type: "json"};

/** YYYY, YYYY-MM or YYYY-MM-DD naming a month and day that exist (2020-02-29, not 2021-02-29 or 2020-13-45). */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const ajv = new Ajv({allErrors: true, allowUnionTypes: true});
ajv.addFormat("partial-date", isRealDate);
ajv.addFormat("date", (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text));
ajv.addFormat("reporting-period", (text: string) => parseReportingPeriod(text) !== null);
ajv.addFormat("uri", (text: string) => !/\s/.test(text) && URL.canParse(text));
const validate = ajv.compile(META_SCHEMA);

// What a field's value must be, where its pattern or format says more than its type.
const MUST_BE: Record<string, string> = {
  doc_id: 'a slug of letters, digits, "_" and "-" that starts with a letter or digit',
  file: "the seed's file name, ending .txt or .pdf",
  date: "a real date written YYYY, YYYY-MM or YYYY-MM-DD",
  language: 'a language tag such as "en" or "ar"',
  reporting_period: "a period such as 2017, 2013-2018, 2013-2018+2019H1, 2019H1, 2019H2, 2019Q1, 2019-03 or 2019-01..2019-06, running forwards",
  sha256: "64 lowercase hex digits",
  state: 'an ISO 3166-1 alpha-3 code in capitals, such as "AZE"',
  source_url: "an absolute URL",
  accessed: "a real date written YYYY-MM-DD"
};

const TYPE_NAMES: Record<string, string> = {string: "a string", integer: "an integer", number: "a number", null: "null", object: "an object", boolean: "true or false", array: "a list"};

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function problem(error: ErrorObject, meta: Record<string, unknown>): {field: string; message: string} {
  const field = error.instancePath.replace(/^\//, "").replaceAll("~1", "/").replaceAll("~0", "~");
  const got = ` (got ${shown(meta[field])})`;
  switch (error.keyword) {
    case "required":
      return {field: error.params.missingProperty, message: `missing field "${error.params.missingProperty}"`};
    case "additionalProperties":
      return {field: error.params.additionalProperty, message: `unknown field "${error.params.additionalProperty}"`};
    case "type": {
      const types = [error.params.type].flat().join(",").split(",");
      return {field, message: `"${field}" must be ${types.map((t) => TYPE_NAMES[t] ?? t).join(" or ")}${got}`};
    }
    case "minimum":
      return {field, message: `"${field}" must be at least ${error.params.limit}${got}`};
    case "maxLength":
      return {field, message: `"${field}" must be at most ${error.params.limit} characters long${got}`};
    default:
      if (MUST_BE[field]) return {field, message: `"${field}" must be ${MUST_BE[field]}${got}`};
      if (error.keyword === "pattern" && error.params.pattern === "\\S") return {field, message: `"${field}" must not be blank`};
      return {field, message: `"${field}" ${error.message}${got}`};
  }
}

/** Everything wrong with a parsed sidecar, one sentence per field; empty when it is valid. */
export function metaProblems(meta: unknown): string[] {
  if (meta === null || typeof meta !== "object" || Array.isArray(meta)) return ["metadata must be a JSON object"];
  if (validate(meta)) return [];
  const byField = new Map<string, string>();
  for (const error of validate.errors ?? []) {
    const {field, message} = problem(error, meta as Record<string, unknown>);
    if (!byField.has(field)) byField.set(field, message);
  }
  return [...byField.values()];
}
