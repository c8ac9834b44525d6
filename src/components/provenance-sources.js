// The part of a figure's provenance panel that lists every document stating it, when several do: each
// document's value, place and quote, with a link to it in the reader, the headline first and why it leads.
import {siteUrl} from "./cite-panel.js";
import {el} from "./dom.js";
import {readerHref} from "./source-format.js";
import {documentShort, formatValue, locatorText} from "./specs/source.js";

export function sourcesList(row) {
  const sources = row.sources ?? [];
  if (sources.length < 2) return null;
  return el(
    "div",
    {class: "provenance-sources"},
    el("p", {}, `Stated by ${sources.length} documents. ${row.source_choice ?? ""}`.trim()),
    el(
      "ol",
      {},
      sources.map((s) =>
        el(
          "li",
          {"data-obs-id": s.obs_id},
          el("strong", {}, formatValue(s)),
          ` · ${documentShort(s)}, `,
          el("a", {href: siteUrl(readerHref(s.doc_id, {obsId: s.obs_id}))}, locatorText(s.locator)),
          s.page != null ? `, page ${s.page}` : "",
          el("q", {dir: "auto"}, s.quote ?? "")
        )
      )
    )
  );
}
