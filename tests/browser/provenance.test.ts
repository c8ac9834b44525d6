// From a chart's bar to the sentence or table row it was read from, in headless Chromium: the panel under the
// chart links to the figure in its document's reader, where the number is highlighted; it shows no stray text;
// and a figure read from a table shows its row label, its column and the whole row with its cell marked.
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {queryRows} from "../../loaders/db/query.js";
import {settled} from "./pages.js";
import {launchBrowser, openPage, ROOT} from "./site.js";

const DATABASE = join(ROOT, "data/migstat.duckdb");

interface Row {
  obs_id: string;
  doc_id: string;
  locator: string;
  period_label: string;
  value: number;
  quote: string;
  char_start: number;
  value_start: number;
  value_end: number;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function select(page: Page, chartId: string, obsId: string) {
  const figure = page.locator(`[data-chart-id="${chartId}"]`);
  await figure.locator(`svg [data-obs-id="${obsId}"]`).click();
  await expect(figure.locator(".provenance").getAttribute("data-obs-id")).resolves.toBe(obsId);
  return figure.locator(".provenance");
}

describe("the selected figure's source", () => {
  it("links to the figure in its document's reader, where the number is highlighted and in view", async () => {
    const [row] = (await queryRows(
      DATABASE,
      `SELECT obs_id, doc_id FROM series WHERE indicator = 'persons_readmitted' AND country = 'Germany'`
    )) as unknown as Row[];
    const {page, log} = await openPage(browser, `${inject("baseUrl")}other-families`);
    await settled(page);
    const panel = await select(page, "readmission-by-country", row.obs_id);
    const link = panel.locator("a.provenance-link");
    expect(
      new URL((await link.getAttribute("href"))!).pathname + new URL((await link.getAttribute("href"))!).hash
    ).toBe(`/sources/${row.doc_id}#obs-${row.obs_id}`);
    await Promise.all([page.waitForURL(`**/sources/${row.doc_id}#obs-${row.obs_id}`), link.click()]);
    await page.waitForSelector(`.source-text a.obs.selected[data-obs-id="${row.obs_id}"]`);
    const mark = await page.$eval(".source-text a.obs.selected", (n) => {
      const r = n.getBoundingClientRect();
      return {inView: r.top >= 0 && r.bottom <= innerHeight, outline: getComputedStyle(n).outlineStyle};
    });
    expect(mark).toEqual({inView: true, outline: "solid"});
    await expect(page.locator(".reader-panel .observation-card").getAttribute("data-obs-id")).resolves.toBe(row.obs_id);
    expect(log.problems).toEqual([]);
    await page.context().close();
  });

  it("prints no stray text such as 'null' under the observation", async () => {
    const {page} = await openPage(browser, `${inject("baseUrl")}border`);
    await settled(page);
    const obsId = (await page
      .locator('[data-chart-id="border-detentions"] svg [data-obs-id]')
      .first()
      .getAttribute("data-obs-id"))!;
    const panel = await select(page, "border-detentions", obsId);
    const text = await panel.innerText();
    expect(text).not.toMatch(/\bnull\b|\bundefined\b/);
    // Every child of the panel is an element: no bare text left over between them.
    const stray = await panel.evaluate((n) =>
      [...n.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()).map((c) => c.textContent)
    );
    expect(stray).toEqual([]);
    await page.context().close();
  });

  it("shows a table figure's row label, its column and the whole row with its cell marked", async () => {
    const rows = (await queryRows(
      DATABASE,
      `SELECT obs_id, doc_id, locator, period_label, value, quote, char_start, value_start, value_end FROM series
       WHERE indicator = 'border_violators_detained' AND locator LIKE 'table:%' ORDER BY value_start`
    )) as unknown as Row[];
    expect(rows.length).toBeGreaterThan(1);
    const {page} = await openPage(browser, `${inject("baseUrl")}border`);
    await settled(page);
    for (const row of rows) {
      const panel = await select(page, "border-detentions", row.obs_id);
      const quote = row.quote.replace(/\s+/g, " ").trim();
      const firstCell = Math.min(...rows.map((r) => r.value_start - r.char_start));
      expect(await panel.locator(".provenance-row").textContent()).toBe(
        row.quote.slice(0, firstCell).replace(/\s+/g, " ").trim()
      );
      expect(await panel.locator(".provenance-column").textContent()).toBe(
        row.period_label.replace(/^(\d{4})(H\d)$/, "$1 $2 (partial)")
      );
      // The whole row, with exactly the figure's own cell marked.
      expect(await panel.locator(".provenance-quote").textContent()).toBe(quote);
      const cell = await panel.locator(".provenance-quote mark").allTextContents();
      expect(cell).toEqual([row.quote.slice(row.value_start - row.char_start, row.value_end - row.char_start)]);
      expect(Number(cell[0].replace(/\s/g, ""))).toBe(row.value);
    }
    await page.context().close();
  });

  it("marks the cell of a figure whose row holds several breakdowns, under its breakdown's column", async () => {
    const [row] = (await queryRows(
      DATABASE,
      `SELECT obs_id, quote, char_start, value_start, value_end FROM series
       WHERE indicator = 'detention_placements' AND sex = 'female' AND period_label = '2018'`
    )) as unknown as Row[];
    const {page} = await openPage(browser, `${inject("baseUrl")}detention`);
    await settled(page);
    const panel = await select(page, "detention-by-sex", row.obs_id);
    expect(await panel.locator(".provenance-row").textContent()).toBe("2018");
    expect(await panel.locator(".provenance-column").textContent()).toBe("Women");
    expect(await panel.locator(".provenance-quote mark").allTextContents()).toEqual([
      row.quote.slice(row.value_start - row.char_start, row.value_end - row.char_start)
    ]);
    await page.context().close();
  });
});
