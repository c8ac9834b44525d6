import {el} from "./dom.js";
import {formatBytes, formatCount, formatKind, shortHash} from "./format.js";
import {titleParts} from "./source-documents.js";

// Each column: header, how to render a row's cell, and an optional class for alignment.
/** @type {{label: string, cell: (d: Record<string, any>) => unknown, className?: string}[]} */
const COLUMNS = [
  {label: "Document", cell: documentCell, className: "document"},
  {label: "UN symbol", cell: (d) => d.un_symbol ?? "—", className: "nowrap"},
  {label: "Date", cell: (d) => d.date ?? "—", className: "nowrap"},
  {label: "Language", cell: (d) => d.language ?? "—"},
  {label: "Kind", cell: (d) => formatKind(d.kind)},
  {label: "Size", cell: (d) => formatBytes(d.size_bytes), className: "number"},
  {label: "SHA-256", cell: (d) => el("code", {title: d.sha256}, shortHash(d.sha256)), className: "hash"},
  {label: "Observations", cell: (d) => formatCount(d.n_observations), className: "number"}
];

// The title in the document's own language and direction, with its publisher underneath. A title with an
// English translation in brackets shows the two on separate lines, each isolated in its own direction, so that
// bidirectional layout cannot scramble them (the brackets and the Latin text inside an Arabic line).
/** @param {Record<string, any>} d */
function documentCell(d) {
  return [
    el("div", {class: "title"}, titleParts(d, {brackets: true})),
    el("div", {class: "publisher"}, d.publisher ?? "Unknown publisher")
  ];
}

// A table of documents and their metadata; at phone width the CSS turns each row into a card.
/** @param {Record<string, any>[]} rows */
export function documentsTable(rows) {
  return el(
    "table",
    {class: "documents"},
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        COLUMNS.map(({label, className}) => el("th", {scope: "col", class: className}, label))
      )
    ),
    el(
      "tbody",
      {},
      rows.map((row) =>
        el(
          "tr",
          {"data-doc-id": row.doc_id},
          COLUMNS.map(({label, cell, className}) => el("td", {"data-label": label, class: className}, cell(row)))
        )
      )
    )
  );
}
