// Renders a chart spec with the local vega-embed and wraps it in its provenance: a tooltip per mark,
// marks selectable by click or keyboard (a provenance panel shows the exact quote), notices for failed
// checks, a text description, a Table toggle and a CSV download of exactly the chart's rows, and an
// "Embed / cite" disclosure. With `embed: true` it is the chart alone, for the iframe pages (src/embed/).
//
// A chart is as wide as the element it is shown in (up to maxWidth), measured when it is drawn and followed
// with a ResizeObserver of its own. It does not take Framework's reactive `width`: that value, read while a
// page loads, can be 0 (Vega-Lite then logs 'Dropping "fit-x"' and draws a chart a few pixels wide), and every
// change of it re-ran every chart cell of the page while earlier renders were still queued.
import {embed} from "../lib/vendor/vega.js";
import {chartLinks, citePanel} from "./cite-panel.js";
import {datasetVersion} from "./cite.js";
import {el} from "./dom.js";
import {isAnnualised, setAnnualised} from "./filters.js";
import {checksNotice, provenancePanel, tableControls} from "./provenance.js";
import {unappliedText} from "./select.js";
import {CHART} from "./specs/charts.js";
import {isPartial} from "./specs/periods.js";

// Theme colours as the page's CSS resolves them (color-mix and oklch included), as #rrggbb.
export function themeColors() {
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 1;
  const context = /** @type {CanvasRenderingContext2D} */ (canvas.getContext("2d", {willReadFrequently: true}));
  const probe = el("span", {hidden: ""});
  document.body.append(probe);
  const resolve = (variable) => {
    probe.style.color = `var(${variable})`;
    const css = getComputedStyle(probe).color;
    if (!css) return undefined;
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = "#000";
    context.fillStyle = css;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return `#${[r, g, b].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
  };
  const colors = {
    foreground: resolve("--theme-foreground"),
    muted: resolve("--theme-foreground-muted"),
    faint: resolve("--theme-foreground-faint"),
    faintest: resolve("--theme-foreground-faintest"),
    background: resolve("--theme-background")
  };
  probe.remove();
  return colors;
}

// Every mark item of a rendered view that stands for an observation (bars and the like, not labels).
export function markItems(view) {
  const items = [];
  const visitMark = (mark) => {
    for (const item of mark.items ?? []) {
      if (mark.marktype !== "group" && mark.marktype !== "text" && mark.role === "mark" && item.datum?.obs_id)
        items.push(item);
      for (const child of item.items ?? []) visitMark(child);
    }
  };
  visitMark(view.scenegraph().root);
  return items;
}

// A tooltip that follows the pointer or the focused mark; its text is set with textContent.
function tooltipBox() {
  const box = el("div", {class: "chart-tooltip", role: "tooltip", hidden: ""});
  box.showFor = (d, x, y) => {
    box.replaceChildren(
      el("div", {class: "tooltip-value"}, d.plotted_text),
      el(
        "div",
        {class: "tooltip-meta"},
        [d.period, d.category, d.series ?? (d.breakdown !== "Total" ? d.breakdown : null)].filter(Boolean).join(" · ")
      ),
      // A figure several documents state says which document's value is shown, and why.
      ...(d.source_note ? [el("div", {class: "tooltip-meta tooltip-sources"}, d.source_note)] : []),
      el("div", {class: "tooltip-quote", dir: "auto"}, `“${d.quote ?? ""}”`),
      el(
        "div",
        {class: "tooltip-source"},
        `${d.document}, ${d.locator_text}${d.page != null ? `, page ${d.page}` : ""}`
      )
    );
    box.hidden = false;
    const {innerWidth, innerHeight} = window;
    const rect = box.getBoundingClientRect();
    box.style.left = `${Math.max(8, Math.min(x + 14, innerWidth - rect.width - 8))}px`;
    box.style.top = `${y + 16 + rect.height > innerHeight ? Math.max(8, y - rect.height - 12) : y + 16}px`;
  };
  box.hide = () => (box.hidden = true);
  return box;
}

// Width used when nothing on the page has a width yet (a chart drawn before its page is laid out).
const FALLBACK_WIDTH = 640;

// Counts figures on the page, for unique element ids.
let figures = 0;

/**
 * chart(rows, {id, spec, maxWidth, dark, checks, annualise, hint, embed, unapplied})
 * rows: the observations the chart shows (already filtered); spec: a builder from ./specs (default: by id).
 * maxWidth: the widest the chart may be (it is otherwise as wide as its container); `width` is an older name.
 * annualise: whether half-year figures start doubled (default: as the URL's `annualise` parameter says).
 * unapplied: page filters that could not narrow these rows ([{noun, all}], from chartSelection), said under the controls.
 * embed: only the chart, its failed checks and a line linking to its page (no controls, table or panels).
 * Returns a <figure> whose `marks()` lists the rendered marks' data, `view` is the Vega view and
 * `version` the dataset version of its rows.
 */
export async function chart(rows, options = {}) {
  const {id, dark = false, checks = [], hint, embed: embedded = false, unapplied = []} = options;
  const maxWidth = options.maxWidth ?? options.width ?? Infinity;
  const build = options.spec ?? CHART[id];
  if (!build) throw new Error(`unknown chart: ${id}`);
  const byId = new Map(rows.map((r) => [r.obs_id, r]));
  const hasPartial = rows.some(isPartial);
  let annualise = Boolean(options.annualise ?? isAnnualised(id)) && hasPartial;
  const number = ++figures;

  const canvas = el("div", {class: "chart-canvas"});
  // An embed keeps the description for screen readers (and as the SVG's description), out of sight.
  const descriptionId = `chart-${id}-description-${number}`;
  const description = el("span", {id: descriptionId, class: "chart-description-text"});
  const caption = el(
    "figcaption",
    {class: embedded ? "chart-description visually-hidden" : "chart-description"},
    description
  );
  const tooltip = tooltipBox();
  const panel = embedded
    ? null
    : provenancePanel(
        hint ??
          "Select a bar or point (click it, or Tab to the chart and use the arrow keys and Enter) to see the sentence it comes from."
      );
  const {
    buttons,
    table,
    open: openTable
  } = tableControls(id, rows, {caption: `${build.title}: the ${rows.length} figures behind the chart`});
  const controls = el("div", {class: "chart-controls"});
  // The embed's height follows the chart drawn here: its SVG plus the embed page's line and margins.
  const version = await datasetVersion(rows);
  const cite = embedded
    ? null
    : citePanel(build, rows, {
        version,
        height: () => (Number(canvas.querySelector("svg")?.getAttribute("height")) || 400) + 64
      });
  if (hasPartial && !embedded) {
    const toggle = el("input", {type: "checkbox", class: "annualise-toggle", name: `${id}-annualise`});
    toggle.checked = annualise;
    toggle.addEventListener("change", async () => {
      annualise = toggle.checked;
      setAnnualised(id, annualise);
      await redraw();
    });
    controls.append(el("label", {class: "annualise"}, toggle, " Annualise half-year figures (×2, an estimate)"));
  }
  controls.append(el("span", {class: "chart-buttons"}, buttons));
  // From the chart's description, one Tab after the chart: its figures as a table.
  if (!embedded && rows.length) {
    const link = el(
      "button",
      {type: "button", class: "chart-table-link", "aria-controls": table.id},
      `Show the ${rows.length} ${rows.length === 1 ? "figure" : "figures"} as a table`
    );
    link.addEventListener("click", () => openTable({focus: true}));
    caption.append(" ", link);
  }
  const filterNote = unapplied.length ? el("p", {class: "filter-note", role: "note"}, unappliedText(unapplied)) : null;
  const figure = embedded
    ? el(
        "figure",
        {class: "chart-figure chart-embed", "data-chart-id": id},
        checksNotice(rows, checks),
        canvas,
        caption,
        embedFooter(build, version),
        tooltip
      )
    : el(
        "figure",
        {class: "chart-figure", id: `chart-${id}`, "data-chart-id": id},
        controls,
        filterNote,
        checksNotice(rows, checks),
        canvas,
        caption,
        table,
        cite,
        panel,
        tooltip
      );
  figure.version = version;

  // The width to draw at: the figure's container once it is on the page, before that the page's main column;
  // never 0 (a container not laid out yet gives way to the fallback, and the observer below corrects it).
  const targetWidth = () => {
    const host = figure.isConnected ? figure.parentElement : document.querySelector("#observablehq-main, main");
    const available = host?.clientWidth ?? 0;
    return Math.floor(Math.min(maxWidth, available > 0 ? available : FALLBACK_WIDTH));
  };
  let drawnWidth = 0;

  let result;
  let selected;
  const select = (item) => {
    if (selected?._svg) selected._svg.classList.remove("is-selected");
    selected = item;
    item._svg?.classList.add("is-selected");
    const row = byId.get(item.datum.obs_id);
    if (row) panel?.show(row, {checks, plotted: item.datum.plotted});
  };

  async function render() {
    result?.finalize();
    tooltip.hide();
    if (!rows.length) {
      canvas.replaceChildren(
        el("p", {class: "chart-empty"}, `${build.title}: no figures are stated for this selection.`)
      );
      description.textContent = "";
      return;
    }
    const width = targetWidth();
    drawnWidth = width;
    const spec = build(rows, {width, dark, annualise, colors: themeColors()});
    result = await embed(canvas, spec, {
      mode: "vega-lite",
      renderer: "svg",
      actions: false,
      tooltip: (handler, event, item, value) => {
        if (value == null || !(item?.datum?.obs_id || item?.datum?.source_obs_id)) return tooltip.hide();
        tooltip.showFor(item.datum, event.clientX, event.clientY);
      }
    });
    const view = result.view;
    figure.view = view;
    figure.classList.toggle("is-annualised", annualise);
    description.textContent = spec.description;
    const svg = canvas.querySelector("svg");
    if (svg) {
      // A graphics document, not an image: its bars stay in the accessibility tree, each with its label.
      svg.setAttribute("role", "graphics-document");
      svg.setAttribute("aria-roledescription", "chart");
      svg.setAttribute("aria-label", build.title);
      svg.setAttribute("aria-describedby", descriptionId);
      if (!embedded) svg.setAttribute("aria-details", table.id);
    }
    // The controls, notices and source panel take the chart's width, so they sit with it.
    const drawn = Number(svg?.getAttribute("width"));
    if (drawn) figure.style.width = `min(100%, ${Math.max(drawn, 520)}px)`;
    wireMarks(view);
    if (selected) {
      const again = markItems(view).find((i) => i.datum.obs_id === selected.datum.obs_id);
      if (again) select(again);
    }
  }

  // Renders one at a time, in the order asked.
  let drawing = Promise.resolve();
  const redraw = () => (drawing = drawing.then(render, render));

  // Follows the width of the element the figure is shown in: drawn again when it changes, never at 0.
  let host = null;
  let frame = 0;
  const observer = new ResizeObserver(() => {
    if (!figure.isConnected) {
      if (host) observer.disconnect(); // taken off the page for good (its cell ran again)
      return;
    }
    if (figure.parentElement !== host) {
      if (host) observer.unobserve(host);
      host = figure.parentElement;
      if (host) observer.observe(host);
    }
    const width = targetWidth();
    if (!rows.length || width <= 0 || width === drawnWidth || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (figure.isConnected && targetWidth() !== drawnWidth) redraw();
    });
  });
  observer.observe(figure);

  // Marks take focus in turn (one tab stop per chart, arrow keys between marks), show their tooltip
  // on focus and their provenance on Enter, Space or click.
  function wireMarks(view) {
    const items = markItems(view).filter((i) => i._svg);
    items.forEach((item, index) => {
      const node = item._svg;
      node.dataset.obsId = item.datum.obs_id;
      node.setAttribute("tabindex", index === 0 ? "0" : "-1");
      node.setAttribute("focusable", "true");
      node.addEventListener("click", () => select(item));
      node.addEventListener("focus", () => {
        const rect = node.getBoundingClientRect();
        tooltip.showFor(item.datum, rect.right, rect.top);
      });
      node.addEventListener("blur", () => tooltip.hide());
      node.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          select(item);
          return;
        }
        const step = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1}[event.key];
        if (!step) return;
        event.preventDefault();
        const ordered = visualOrder(items);
        const next = ordered[(ordered.indexOf(item) + step + ordered.length) % ordered.length];
        node.setAttribute("tabindex", "-1");
        next._svg.setAttribute("tabindex", "0");
        next._svg.focus();
      });
    });
  }

  figure.marks = () =>
    figure.view
      ? markItems(figure.view).map((i) => ({
          obs_id: i.datum.obs_id,
          value: i.datum.value,
          plotted: i.datum.plotted,
          share: i.datum.share ?? null,
          partial: i.datum.partial,
          period_label: i.datum.period_label
        }))
      : [];
  figure.select = (obsId) => {
    const item = figure.view && markItems(figure.view).find((i) => i.datum.obs_id === obsId);
    if (item) select(item);
  };
  await redraw();
  // A link to the chart (page#chart-<id>) scrolls to it once it is on the page.
  if (!embedded && location.hash === `#chart-${id}`) setTimeout(() => figure.isConnected && figure.scrollIntoView(), 0);
  return figure;
}

// The line under an embedded chart: a link to its page (outside the iframe) and the dataset version.
function embedFooter(build, version) {
  return el(
    "p",
    {class: "chart-embed-source"},
    el(
      "a",
      {
        href: chartLinks(build).page,
        target: "_top",
        title: "The chart on its page, with the quote and document of every figure"
      },
      "Source: migstat"
    ),
    " · dataset version ",
    el("code", {}, version)
  );
}

// Marks left to right, then top to bottom, as they appear on screen.
function visualOrder(items) {
  const position = new Map(items.map((i) => [i, i._svg.getBoundingClientRect()]));
  return [...items].sort(
    (a, b) => position.get(a).left - position.get(b).left || position.get(a).top - position.get(b).top
  );
}
