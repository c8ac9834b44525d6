// The "Embed / cite" disclosure under a chart: a citation naming the source documents and the dataset
// version of the figures shown, an iframe snippet for the chart's embed page, and links to the files
// that `npm run build` exports for it (SVG, PNG, CSV, Vega-Lite spec). Text is set with textContent.
import {el} from "./dom.js";
import {citation} from "./cite.js";

// The site's root URL: this module is served from <root>/_import/components/.
export const SITE_ROOT = new URL("../../", import.meta.url);

/** @param {string} path */
export const siteUrl = (path) => new URL(String(path).replace(/^\//, ""), SITE_ROOT).href;

// Where a chart lives on the site and in the exports. A chart narrowed to a state (forState, exportCharts) links
// to that state's files and embed page, and to its page with the state chosen.
/** @param {{id: string, page?: string, state?: string, exportId?: string, anchor?: string}} chart */
export function chartLinks(chart) {
  const id = chart.exportId ?? chart.id;
  const file = (/** @type {string} */ extension) => siteUrl(`exports/${id}${extension}`);
  const query = chart.state ? `?state=${encodeURIComponent(chart.state)}` : "";
  return {
    page: siteUrl(`${(chart.page ?? "/").replace(/^\//, "")}${query}#chart-${chart.anchor ?? chart.id}`),
    embed: siteUrl(`embed/${id}`),
    files: [
      {
        label: "SVG",
        href: file(".svg"),
        title: "The chart as a vector image, with its title, sources and dataset version"
      },
      {label: "PNG", href: file(".png"), title: "The chart as an image at twice its size, for documents and slides"},
      {label: "CSV", href: file(".csv"), title: "The chart's figures with their documents, locations and quotes"},
      {
        label: "Vega-Lite spec",
        href: file(".vl.json"),
        title: "The chart's Vega-Lite specification with its data inlined"
      }
    ]
  };
}

/** @param {unknown} text */
const escapeAttribute = (text) =>
  String(text).replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/**
 * @param {{id: string, title: string, page?: string}} chart
 * @param {{height?: number}} [options]
 */
export function iframeSnippet(chart, {height = 480} = {}) {
  const {embed} = chartLinks(chart);
  return `<iframe src="${escapeAttribute(embed)}" title="${escapeAttribute(chart.title)}" width="100%" height="${Math.round(height)}" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`;
}

// A button that copies a text, or selects it for copying where the clipboard cannot be written.
/**
 * @param {string} label
 * @param {HTMLElement & {select?: () => void}} target
 * @param {() => string} text
 */
function copyButton(label, target, text) {
  const button = el("button", {type: "button", class: "chart-button cite-copy"}, label);
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(text());
      button.textContent = "Copied";
    } catch {
      const range = document.createRange();
      range.selectNodeContents(target);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      if (target.select) target.select();
      button.textContent = "Selected: press Ctrl+C";
    }
    setTimeout(() => (button.textContent = label), 2500);
  });
  return button;
}

/**
 * citePanel(chart, rows, {version, height})
 * chart: an entry of CHARTS (id, title, page); rows: the figures the chart shows; version: their dataset
 * version (await datasetVersion(rows)); height(): the height the embed should take, read when the panel opens.
 * Returns a <details> element with `version` and `citation` properties.
 * @param {{id: string, title: string, page: string, state?: string, exportId?: string, anchor?: string}} chart
 * @param {Record<string, any>[]} rows
 * @param {{version?: string, height?: () => number}} [options]
 */
export function citePanel(chart, rows, {version, height = () => 480} = {}) {
  const links = chartLinks(chart);
  const text = citation(chart, rows, {version, url: links.page});
  const citeText = el("p", {class: "cite-text", "data-version": version}, text);
  const snippet = el("textarea", {
    class: "cite-snippet",
    readonly: "",
    rows: "3",
    spellcheck: "false",
    "aria-label": "HTML to embed this chart"
  });
  snippet.value = iframeSnippet(chart, {height: height()});
  snippet.addEventListener("focus", () => snippet.select());
  const figures = `${rows.length} ${rows.length === 1 ? "figure" : "figures"}`;
  const details = el(
    "details",
    {class: "chart-cite"},
    el("summary", {}, "Embed / cite"),
    el(
      "div",
      {class: "cite-body"},
      el(
        "div",
        {class: "cite-section"},
        el("strong", {class: "cite-label"}, "Cite"),
        citeText,
        copyButton("Copy citation", citeText, () => text)
      ),
      el(
        "p",
        {class: "cite-version"},
        "Dataset version ",
        el("code", {}, version),
        `: a hash of the ${figures} shown, their values and where they were stated. It changes whenever one of them changes.`
      ),
      el(
        "div",
        {class: "cite-section"},
        el("strong", {class: "cite-label"}, "Embed"),
        snippet,
        el(
          "span",
          {class: "cite-actions"},
          copyButton("Copy HTML", snippet, () => snippet.value),
          el("a", {href: links.embed, target: "_blank", rel: "noopener"}, "Open the embed")
        )
      ),
      el(
        "div",
        {class: "cite-section"},
        el("strong", {class: "cite-label"}, "Files"),
        el(
          "ul",
          {class: "cite-files"},
          links.files.map((f) =>
            el("li", {}, el("a", {href: f.href, download: "", title: f.title, "data-format": f.label}, f.label))
          )
        ),
        el(
          "span",
          {class: "cite-note"},
          chart.state
            ? "The files and the embed hold every figure of the chart for the chosen state, whatever the filters above."
            : "The files and the embed hold every figure of the chart, whatever the filters above."
        )
      )
    )
  );
  details.addEventListener("toggle", () => {
    if (details.open) snippet.value = iframeSnippet(chart, {height: height()});
  });
  return Object.assign(details, {version, citation: text});
}
