// The chart gallery (src/gallery.md): a card per chart with its exported image as thumbnail, its figures'
// count and dataset version, its page, embed and files, and its "Embed / cite" disclosure.
import {chartLinks, citePanel, siteUrl} from "./cite-panel.js";
import {datasetVersion} from "./cite.js";
import {el} from "./dom.js";

/**
 * galleryCard(chart, rows)
 * chart: a chart of siteCharts (specs/site-charts.js); rows: its rows (chart.select of every observation).
 * The card's dataset version (data-version) and its "Embed / cite" disclosure follow once the rows' hash is
 * computed; `ready` resolves then.
 * @param {import("./specs/charts.js").Chart} chart
 * @param {Record<string, any>[]} rows
 * @param {{pageName?: string}} [options]
 */
export function galleryCard(chart, rows, {pageName = chart.page} = {}) {
  const links = chartLinks(chart);
  const description = rows.length ? chart(rows, {width: chart.exportWidth}).description : `${chart.title}: no figures.`;
  const image = el("img", {
    src: siteUrl(`exports/${chart.id}.svg`),
    alt: description,
    loading: "lazy",
    decoding: "async"
  });
  const thumbnail = el(
    "a",
    {class: "gallery-thumbnail", href: links.embed, title: `Open the embed of “${chart.title}”`},
    el(
      "picture",
      {},
      el("source", {srcset: siteUrl(`exports/${chart.id}.dark.svg`), media: "(prefers-color-scheme: dark)"}),
      image
    )
  );
  const version = el("code", {}, "…");
  const card = el(
    "article",
    {class: "gallery-card", "data-chart-id": chart.id},
    thumbnail,
    el("h3", {class: "gallery-title"}, el("a", {href: links.page}, chart.title)),
    el(
      "p",
      {class: "gallery-meta"},
      `${rows.length} ${rows.length === 1 ? "figure" : "figures"} · version `,
      version,
      " · on ",
      el("a", {href: links.page}, pageName)
    ),
    el(
      "ul",
      {class: "gallery-links"},
      el("li", {}, el("a", {href: links.embed, class: "gallery-embed"}, "Embed")),
      links.files.map((f) =>
        el("li", {}, el("a", {href: f.href, download: "", title: f.title, "data-format": f.label}, f.label))
      )
    )
  );
  card.ready = datasetVersion(rows).then((hash) => {
    card.setAttribute("data-version", hash);
    version.textContent = hash;
    // The embed is about as tall as the exported image drawn at its own width, less the export's margins.
    card.append(
      citePanel(chart, rows, {version: hash, height: () => (image.naturalHeight ? image.naturalHeight - 32 : 400) + 64})
    );
  });
  return card;
}
