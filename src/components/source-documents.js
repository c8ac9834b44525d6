// Document metadata for the sources page and the reader: what the document is, where it comes from,
// how to verify the copy (hash and size), and how much of it was extracted.
import {el} from "./dom.js";
import {formatBytes, formatCount, formatKind} from "./format.js";
import {readerHref} from "./source-format.js";
import {documentBibtex, documentCitation} from "./cite.js";

const LANGUAGES = new Intl.DisplayNames(["en"], {type: "language"});

export function languageName(code) {
  try {
    return code ? `${LANGUAGES.of(code)} (${code})` : "—";
  } catch {
    return String(code);
  }
}

function fact(label, ...value) {
  return el("div", {class: "fact"}, el("dt", {}, label), el("dd", {}, ...value));
}

function checksSummary(d) {
  const failed = Number(d.n_checks_failed ?? 0);
  const warned = Number(d.n_checks_warned ?? 0);
  const total = Number(d.n_checks ?? 0);
  if (!total) return "none";
  const parts = [`${formatCount(failed)} failed`];
  if (warned) parts.push(`${formatCount(warned)} warned`);
  return el("span", {class: failed ? "count-fail" : undefined}, `${parts.join(", ")} of ${formatCount(total)}`);
}

// Where the document came from, as its sidecar states it; a fact the sidecar leaves out is not shown.
function originFacts(d) {
  return [
    d.state ? fact("State", el("span", {class: "document-state"}, d.state)) : null,
    d.source_url
      ? fact("Source", el("a", {class: "document-source-url", href: d.source_url, rel: "noopener"}, d.source_url))
      : null,
    d.accessed ? fact("Accessed", el("span", {class: "document-accessed"}, d.accessed)) : null,
    d.licence ? fact("Licence", el("span", {class: "document-licence"}, d.licence)) : null,
    d.producer ? fact("Produced by", el("span", {class: "document-producer"}, d.producer)) : null
  ];
}

// The facts of one document as a definition list; gapsHref links the count of unextracted numbers to their list.
/**
 * @param {Record<string, any>} d
 * @param {{gapsHref?: string}} [options]
 */
export function documentFacts(d, {gapsHref} = {}) {
  const gaps = Number(d.n_unextracted ?? 0);
  return el(
    "dl",
    {class: "document-facts"},
    fact("UN symbol", d.un_symbol ?? "none"),
    fact("Publisher", el("span", {dir: "auto"}, d.publisher ?? "—")),
    fact("Date", d.date ?? "—"),
    fact("Language", languageName(d.language)),
    fact("Kind", formatKind(d.kind)),
    d.reporting_period ? fact("Reporting period", d.reporting_period) : null,
    ...originFacts(d),
    fact("Size", `${formatBytes(d.size_bytes)} (${formatCount(d.size_bytes)} bytes)`),
    fact("SHA-256", el("code", {class: "sha256"}, d.sha256 ?? "—")),
    fact("Observations", formatCount(d.n_observations)),
    fact("Checks", checksSummary(d)),
    fact(
      "Unextracted numbers",
      formatCount(gaps),
      gaps && gapsHref ? [" · ", el("a", {href: gapsHref}, "list them")] : null
    )
  );
}

// Titles in another language carry their English translation in brackets, "وثيقة … (Common core document …)".
// The two are shown on separate lines, each in its own direction, so that bidirectional layout cannot
// scramble them.
export function splitTitle(d) {
  const title = String(d.title ?? "Untitled");
  const match = /^(.*\S)\s*\(([^()]+)\)$/s.exec(title);
  if (!match || String(d.language ?? "en").startsWith("en") || !/^[\x20-\x7e]+$/.test(match[2])) return [title, null];
  return [match[1], match[2]];
}

// The title's parts, each isolated in its own direction: the original, and its English translation if any
// (with `brackets`, in its brackets and after a space, so that the text is the title as stated).
export function titleParts(d, {brackets = false} = {}) {
  const [original, translation] = splitTitle(d);
  return [
    el("span", {class: "title-original", dir: "auto", lang: d.language}, original),
    translation && brackets ? " " : null,
    translation
      ? el("span", {class: "title-translation", lang: "en", dir: "ltr"}, brackets ? `(${translation})` : translation)
      : null
  ];
}

function documentTitle(d, tag, href) {
  const title = titleParts(d);
  return el(tag, {class: "document-title"}, href ? el("a", {href}, title) : title);
}

// One card per document on the sources page, each linking to its reader.
export function documentCards(documents) {
  return el(
    "div",
    {class: "document-cards"},
    documents.map((d) =>
      el(
        "article",
        {class: "document-card", "data-doc-id": d.doc_id},
        documentTitle(d, "h2", readerHref(d.doc_id)),
        documentFacts(d, {gapsHref: `${readerHref(d.doc_id)}#coverage-gaps`}),
        el(
          "p",
          {class: "document-actions"},
          el("a", {href: readerHref(d.doc_id), class: "document-read"}, "Read the text"),
          " with its ",
          formatCount(d.n_observations),
          " extracted and ",
          formatCount(d.n_unextracted),
          " unextracted numbers marked"
        )
      )
    )
  );
}

// The reader page's heading: the title in the document's own language and direction, then its facts.
export function documentHeader(d) {
  return el(
    "header",
    {class: "document-header", "data-doc-id": d.doc_id},
    el("p", {class: "document-back"}, el("a", {href: "../sources"}, "← All sources")),
    documentTitle(d, "h1"),
    el(
      "details",
      {class: "document-details"},
      el("summary", {}, "About this document"),
      documentFacts(d, {gapsHref: "#coverage-gaps"}),
      el("p", {class: "document-cite"}, el("strong", {}, "Cite: "), el("span", {dir: "auto"}, documentCitation(d))),
      el("pre", {class: "document-bibtex", "aria-label": "BibTeX entry for this document"}, documentBibtex(d))
    )
  );
}
