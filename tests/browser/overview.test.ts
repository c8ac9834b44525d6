// The built overview page, loaded in headless Chromium with every non-local request blocked.
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, openPage, seedMetadata, type PageLog} from "./site.js";

const seeds = seedMetadata();
let browser: Browser;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  browser = await launchBrowser();
  ({page, log} = await openPage(browser, inject("baseUrl")));
  await page.waitForSelector(".observations-chart svg", {timeout: 30_000});
});

afterAll(async () => {
  await browser?.close();
});

describe("overview page", () => {
  it("loads everything from 127.0.0.1 and reports no error", () => {
    console.log(`overview: ${log.requests.length} requests, ${log.external.length} external`);
    expect(log.requests.length).toBeGreaterThan(0);
    expect(log.external).toEqual([]);
    expect(log.problems).toEqual([]);
  });

  it("shows no state selector and no comparison of states: the bundled seeds are of one state", async () => {
    expect(new Set(seeds.map((d) => (d as {state?: string}).state))).toEqual(new Set(["AZE"]));
    expect(await page.locator(".state-filter").count()).toBe(0);
    expect(await page.locator(".state-comparison").count()).toBe(0);
  });

  it("lists every seed document with its title and short hash", async () => {
    const rows = await page.$$eval("table.documents tbody tr", (trs) =>
      trs.map((tr) => ({
        docId: tr.getAttribute("data-doc-id"),
        title: tr.querySelector(".title")?.textContent,
        hash: tr.querySelector("code")?.textContent
      }))
    );
    expect(seeds).toHaveLength(5);
    expect(rows).toEqual(seeds.map((d) => ({docId: d.doc_id, title: d.title, hash: d.sha256.slice(0, 12)})));
  });

  it("draws the observations chart as an SVG with one bar per document", async () => {
    const chart = page.locator(".observations-chart");
    await expect(chart.locator("h2").textContent()).resolves.toBe("Observations per document");
    await expect(chart.locator("figcaption").textContent()).resolves.toMatch(/^Source: /);
    expect(await chart.locator("svg .mark-rect path").count()).toBe(seeds.length);
  });

  it("fits a phone screen without horizontal scrolling, in dark mode too", async () => {
    const phone = await openPage(browser, inject("baseUrl"), {
      viewport: {width: 390, height: 844},
      colorScheme: "dark"
    });
    await phone.page.waitForSelector(".observations-chart svg");
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(phone.log.external).toEqual([]);
    expect(phone.log.problems).toEqual([]);
  });
});
