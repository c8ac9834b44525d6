// Layout of the built site in headless Chromium: charts are drawn at the width of the page on every cold load,
// even when the page's main column measures 0 wide at first.
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {CHART_PAGES, settled} from "./pages.js";
import {launchBrowser, openPage} from "./site.js";

// Cold loads per page: /trafficking, where charts were drawn about 0 px wide, twenty times; the other pages
// four times each, which keeps this file to a few minutes on a two-core machine.
const LOADS: Record<string, number> = {trafficking: 20};
const DEFAULT_LOADS = 4;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function chartWidths(page: Page) {
  return page.$$eval(".chart-figure", (figures) => figures.map((f) => ({id: f.getAttribute("data-chart-id")!, width: Math.round(f.querySelector(".chart-canvas svg")?.getBoundingClientRect().width ?? 0), empty: Boolean(f.querySelector(".chart-empty"))})));
}

const dropped = (warnings: string[]) => warnings.filter((w) => /Dropping "fit/.test(w));

describe("chart widths on cold loads", () => {
  it.each(CHART_PAGES)("/%s draws every chart wider than 200 px on each cold load", async (path) => {
    const loads = LOADS[path] ?? DEFAULT_LOADS;
    for (let load = 1; load <= loads; load++) {
      // A new context each time: an empty cache, as on a first visit.
      const {page, log} = await openPage(browser, `${inject("baseUrl")}${path}`, {viewport: {width: 1280, height: 900}});
      await settled(page);
      const widths = await chartWidths(page);
      expect(widths.length).toBeGreaterThan(0);
      for (const chart of widths.filter((c) => !c.empty)) expect(chart.width, `load ${load}: ${chart.id}`).toBeGreaterThan(200);
      expect(dropped(log.warnings), `load ${load}`).toEqual([]);
      expect(log.problems).toEqual([]);
      await page.context().close();
    }
  });

  // The state of a cold load in which the page's main column has not been laid out when Framework first measures
  // it: its reactive `width` is 0 for a while. Charts must not be drawn at that width.
  const mainMeasuresZeroAtFirst = () => {
    const Native = window.ResizeObserver;
    window.ResizeObserver = class extends Native {
      constructor(callback: ResizeObserverCallback) {
        let first = true;
        super((entries, observer) => {
          const main = entries.find((e) => (e.target as HTMLElement).id === "observablehq-main");
          if (main && first) {
            first = false;
            const rect = new DOMRectReadOnly(0, 0, 0, main.contentRect.height);
            return callback(entries.map((e) => (e === main ? ({target: e.target, contentRect: rect, borderBoxSize: [], contentBoxSize: [], devicePixelContentBoxSize: []} as unknown as ResizeObserverEntry) : e)), observer);
          }
          callback(entries, observer);
        });
      }
    };
  };

  it.each(["trafficking", "detention", ""])("/%s never draws a chart at the 0 px width the main column measures before layout", async (path) => {
    const {page, log} = await openPage(browser, `${inject("baseUrl")}${path}`, {viewport: {width: 1280, height: 900}, initScript: mainMeasuresZeroAtFirst});
    await settled(page);
    await page.waitForTimeout(500);
    expect(dropped(log.warnings)).toEqual([]);
    for (const chart of (await chartWidths(page)).filter((c) => !c.empty)) expect(chart.width, chart.id).toBeGreaterThan(200);
    await page.context().close();
  });
});
