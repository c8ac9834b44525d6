// Every chart the site shows, made from the registry and the rows: the family pages' charts (familySections over
// each page's families, generated and curated alike), then the curated charts no family page places (the
// overview's, and any whose figures are missing), so that their ids and URLs keep working. The exports, the embed
// routes, the gallery and the pages all read this one list, so a new report's charts get files, an embed page
// and a gallery card with nothing edited. Pure: no DOM, importable from Node.
import {CHART, CHARTS, titled, withId} from "./charts.js";
import {familySections} from "./family-charts.js";
import {FAMILIES} from "./registry.js";
import {STATE_COMPARISON} from "./state-comparison.js";
import {forState, inState, statesOf} from "./states.js";

/**
 * The family pages, in the registry's order: each page's path and the families it shows.
 * @returns {{page: string, families: string[]}[]}
 */
export function familyPages() {
  /** @type {Map<string, string[]>} */
  const pages = new Map();
  for (const family of [...FAMILIES].sort((a, b) => a.order - b.order)) {
    const page = family.page.replace(/#.*/, "");
    pages.set(page, [...(pages.get(page) ?? []), family.id]);
  }
  return [...pages].map(([page, families]) => ({page, families}));
}

/**
 * siteCharts(rows): every chart of the site, each once, with ids unique: the charts of the family pages in page
 * and section order, then the other charts of charts.js.
 * rows: every observation the pages read (data/observations.json, or observationRows of the database).
 * @param {Record<string, any>[]} rows
 * @returns {import("./charts.js").Chart[]}
 */
export function siteCharts(rows) {
  /** @type {Map<string, import("./charts.js").Chart>} */
  const charts = new Map();
  // A curated chart keeps its id; a generated chart whose id a curated chart or an earlier chart already has
  // (an indicator named like a chart of another page) is numbered, in the list's fixed order, so that both keep
  // an address.
  const curated = (/** @type {import("./charts.js").Chart} */ chart) => CHART[chart.id]?.select === chart.select;
  const add = (/** @type {import("./charts.js").Chart} */ chart) => {
    let id = chart.id;
    if (!curated(chart)) for (let n = 2; charts.has(id) || CHART[id]; n++) id = `${chart.id}-${n}`;
    charts.set(id, id === chart.id ? chart : withId(chart, id));
  };
  for (const {page, families} of familyPages())
    for (const section of familySections(rows, families, {page})) for (const chart of section.charts) add(chart);
  for (const chart of CHARTS) if (!charts.has(chart.id)) add(titled(chart, rows));
  // The overview's comparison of states exists only when two or more states state one indicator.
  if (STATE_COMPARISON.select(rows).length) add(STATE_COMPARISON);
  return [...charts.values()];
}

/**
 * exportCharts(rows): the charts that get files (dist/exports/), an embed page and a gallery card. A page whose rows
 * name several states shows one state at a time (state-filter.js), so each of its charts is exported once per
 * state, made from that state's rows alone: its id is the chart's id and the state's code (stateChartId), its title
 * names the state, its `anchor` is the id the page gives it, and its `select` keeps that state's rows. The charts
 * of a page with one state, and the comparison of states, which the selector does not narrow, keep their ids; so
 * with one state (the seeds) the list is siteCharts(rows).
 * @param {Record<string, any>[]} rows
 * @returns {(import("./charts.js").Chart & {state?: string, exportId?: string, anchor?: string})[]}
 */
export function exportCharts(rows) {
  const whole = siteCharts(rows);
  const states = statesOf(rows);
  if (states.length < 2) return whole;
  // A family page narrows the rows of its families, any other page (the overview) every row.
  const families = new Map(familyPages().map((p) => [p.page, p.families]));
  const pageRows = (/** @type {string | undefined} */ page) => {
    const own = families.get(page ?? "/");
    return own ? rows.filter((r) => own.includes(r.family)) : rows;
  };
  const severalStates = (/** @type {import("./charts.js").Chart} */ chart) =>
    chart !== STATE_COMPARISON && statesOf(pageRows(chart.page)).length > 1;
  const perState = states.flatMap((state) =>
    siteCharts(inState(rows, state))
      .filter(severalStates)
      .map((chart) => {
        const narrowed = forState(chart, state);
        const id = /** @type {string} */ (narrowed.exportId);
        return Object.assign(withId(narrowed, id), {
          anchor: chart.id,
          select: (/** @type {Record<string, any>[]} */ all) => chart.select(inState(all, state))
        });
      })
  );
  return [...perState, ...whole.filter((chart) => !severalStates(chart))];
}
