// Shared by the browser tests that visit every page: the site's pages, and waiting until a page has drawn.
import type {Page} from "playwright-core";
import {join} from "node:path";
import {siteCharts} from "../../src/components/specs/site-charts.js";
import {chartPaths} from "../../src/data/reader-paths.js";
import {ROOT, seedMetadata} from "./site.js";
import config from "../../observablehq.config.js";

// The pages of the sidebar, in its order ("" is the overview), as the site's configuration lists them.
export const MAIN_PAGES = config.pages.map((p: {path: string}) => p.path.replace(/^\//, ""));

// Pages that draw charts with components/chart.js.
export const CHART_PAGES = [
  "",
  "work-permits-residence",
  "border",
  "detention",
  "remittances",
  "trafficking",
  "other-families"
];

export const READER_PAGES = seedMetadata().map((d) => `sources/${d.doc_id}`);
// Every chart's embed page, the family pages' generated charts included: the routes the build made from the
// database the site was built from (chartPaths, as observablehq.config.ts lists them).
export const EMBED_PAGES = (await chartPaths(join(ROOT, "data/migstat.duckdb"))).map((p) => p.replace(/^\//, ""));

// Every chart's title by id: the charts the site shows (siteCharts), those of charts.js and those the family pages
// make from the registry and the rows (the series view's rows), each titled from its rows.
export function chartTitles(rows: Record<string, unknown>[]): Map<string, string> {
  return new Map(siteCharts(rows).map((c) => [c.id, c.title]));
}

// Every page of the site but the embed pages, which the tests that draw pages visit in one browser page, one after
// another (there is one per chart).
export const PAGES = [...MAIN_PAGES, ...READER_PAGES];

// Every page of the site.
export const ALL_PAGES = [...PAGES, ...EMBED_PAGES];

// Waits until a page has drawn what it draws: no cell still loading, no chart waiting to be drawn, every chart
// drawn (or said to be empty), the reader's text, the data quality checks, the explore result and the gallery cards.
export async function settled(page: Page, {timeout = 60_000} = {}) {
  // Until the number of charts has stopped changing: a page draws its charts one after another
  // (components/page-order.js, which marks the main column aria-busy meanwhile).
  let count = -1;
  for (let round = 0; round < 20; round++) {
    await drawn(page, timeout);
    const now = await page.locator(".chart-figure").count();
    if (now === count) return;
    count = now;
    await page.waitForTimeout(400);
  }
}

async function drawn(page: Page, timeout: number) {
  await page.waitForFunction(
    () => {
      const main = document.querySelector("#observablehq-main");
      if (!main || main.getAttribute("aria-busy") === "true" || main.querySelector("observablehq-loading"))
        return false;
      const figures = [...document.querySelectorAll(".chart-figure")];
      if (!figures.every((f) => f.querySelector(".chart-canvas svg, .chart-empty"))) return false;
      const path = location.pathname.replace(/\.html$/, "");
      if (/\/sources\/[^/]+$/.test(path) && !document.querySelector(".reader .source-text")) return false;
      if (/\/data-quality$/.test(path) && !document.querySelector(".quality-list .check-card")) return false;
      if (/\/explore$/.test(path) && !document.querySelector('.explore-notebook[data-state="done"]')) return false;
      if (/\/gallery$/.test(path) && !document.querySelector(".gallery-card")) return false;
      if (/\/review$/.test(path) && !document.querySelector(".review, .review-empty")) return false;
      if (/\/embed\/[^/]+$/.test(path) && !figures.length) return false;
      if (
        /\/(work-permits-residence|border|detention|remittances|trafficking|other-families)$/.test(path) &&
        !figures.length
      )
        return false;
      if (/\/$/.test(path) && !document.querySelector(".observations-chart svg")) return false;
      return true;
    },
    undefined,
    {timeout}
  );
}
