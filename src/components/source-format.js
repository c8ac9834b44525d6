// Wording shared by the sources, reader and data quality pages: where a number sits in its document,
// what it measures and how it breaks down.
import {documentLabel} from "./format.js";

const number = new Intl.NumberFormat("en", {maximumFractionDigits: 2});

export function formatValue(value) {
  return value == null ? "—" : number.format(Number(value));
}

// "109" → "paragraph 109"; "table:stays-and-residence" → "table “stays and residence”".
export function formatLocator(locator, page) {
  const text = locator == null || locator === "" ? "unknown place" : /^\d+$/.test(locator)
    ? `paragraph ${locator}`
    : /^table:/.test(locator)
    ? `table “${locator.slice("table:".length).replaceAll("-", " ")}”`
    : String(locator);
  return page == null ? text : `${text}, page ${page}`;
}

// "residence_permits_religious_activity" → "Residence permits religious activity"
export function humanize(id) {
  if (!id) return "—";
  const words = String(id).replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const BREAKDOWN = [
  ["country", "Country"],
  ["citizenship", "Citizenship"],
  ["sex", "Sex"],
  ["age_group", "Age group"],
  ["category", "Category"]
];

// The dimensions an observation is broken down by, as [label, value] pairs; none for a plain total.
export function breakdown(observation) {
  return BREAKDOWN.filter(([key]) => observation[key] != null && observation[key] !== "").map(([key, label]) => [label, String(observation[key])]);
}

export function breakdownText(observation) {
  return breakdown(observation).map(([label, value]) => `${label.toLowerCase()} ${value}`).join(", ");
}

const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv"]);

export function isRightToLeft(language) {
  return RTL_LANGUAGES.has(String(language ?? "").toLowerCase().split("-")[0]);
}

// The reader page of a document, relative to a page at the site root (or one level down with prefix "../").
export function readerHref(docId, {obsId, prefix = ""} = {}) {
  return `${prefix}sources/${encodeURIComponent(docId)}${obsId ? `#obs-${encodeURIComponent(obsId)}` : ""}`;
}

export function shortDocumentLabel(document) {
  return document ? documentLabel(document) : "Unknown document";
}

export const STATUS_LABELS = {fail: "Fail", warn: "Warning", pass: "Pass"};
export const STATUS_ORDER = {fail: 0, warn: 1, pass: 2};
