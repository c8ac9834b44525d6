// Wording shared by the sources, reader and data quality pages: where a number sits in its document,
// what it measures and how it breaks down. Names and places are worded as on the family pages.
import {locatorText, documentShort, formatNumber} from "./specs/source.js";
import {DIMENSIONS} from "./specs/registry.js";

export {breakdownLabel, familyName, humanise, indicatorLabel} from "./specs/labels.js";
export {formatNumber as formatValue};

// "109" → "paragraph 109"; "table:stays-and-residence" → "table “stays and residence”"; with its PDF page.
/**
 * @param {unknown} locator
 * @param {unknown} [page]
 */
export function formatLocator(locator, page) {
  const text = locatorText(locator);
  return page == null ? text : `${text}, page ${page}`;
}

const BREAKDOWN = DIMENSIONS.map((d) => [d.id, d.label]);

// The dimensions an observation is broken down by, as [label, value] pairs; none for a plain total.
/** @param {Record<string, any>} observation */
export function breakdown(observation) {
  return BREAKDOWN.filter(([key]) => observation[key] != null && observation[key] !== "").map(([key, label]) => [
    label,
    String(observation[key])
  ]);
}

const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv"]);

/** @param {string | null | undefined} language */
export function isRightToLeft(language) {
  return RTL_LANGUAGES.has(
    String(language ?? "")
      .toLowerCase()
      .split("-")[0]
  );
}

// The reader page of a document, relative to a page at the site root (or one level down with prefix "../").
/**
 * @param {string} docId
 * @param {{obsId?: string, prefix?: string}} [options]
 */
export function readerHref(docId, {obsId, prefix = ""} = {}) {
  return `${prefix}sources/${encodeURIComponent(docId)}${obsId ? `#obs-${encodeURIComponent(obsId)}` : ""}`;
}

/** @param {Record<string, any> | null | undefined} document */
export function shortDocumentLabel(document) {
  return document ? documentShort(document) : "Unknown document";
}

export const STATUS_LABELS = {fail: "Fail", warn: "Warning", pass: "Pass"};
export const STATUS_ORDER = {fail: 0, warn: 1, pass: 2};
