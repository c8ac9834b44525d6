// The explore page in headless Chromium: the default example's result comes with the page, DuckDB-WASM starts
// from this site's own files when a query runs, queries return what the database returns, errors are shown,
// the chart and CSV follow the result, and nothing leaves 127.0.0.1.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {queryRows} from "../../loaders/db/query.js";
import {launchBrowser, openPage, ROOT, type PageLog} from "./site.js";

const DATABASE = join(ROOT, "data/migstat.duckdb");
const COUNT_BY_FAMILY = `SELECT family, count(*)::INTEGER AS figures FROM series GROUP BY family ORDER BY figures DESC, family`;

let browser: Browser;
let page: Page;
let log: PageLog;

const number = new Intl.NumberFormat("en", {maximumFractionDigits: 6});
const cellText = (value: unknown) =>
  value == null ? "null" : typeof value === "number" ? number.format(value) : String(value);

async function tableRows(): Promise<string[][]> {
  return page.$$eval(".explore-table tbody tr", (rows) =>
    rows.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""))
  );
}

// Waits until the page shows a result (the default example's, or a query's); if it could not, fails with the page's message.
async function waitUntilReady(target: Page) {
  await target.waitForSelector('.explore-notebook:is([data-state="done"], [data-state="error"])', {timeout: 90_000});
  const state = await target.getAttribute(".explore-notebook", "data-state");
  if (state !== "done")
    throw new Error(`explore page did not start: ${await target.locator(".explore-error").innerText()}`);
}

// Runs a query as a reader would (Ctrl+Enter in the cell) and waits for that run to finish.
async function run(sql: string, state = "done") {
  await page.fill(".explore-editor", sql);
  await runAndWait(() => page.press(".explore-editor", "Control+Enter"));
  expect(await page.getAttribute(".explore-notebook", "data-state")).toBe(state);
}

async function runAndWait(start: () => Promise<void>) {
  const before = Number(await page.getAttribute(".explore-notebook", "data-runs"));
  await start();
  await page.waitForFunction(
    (n) => Number(document.querySelector(".explore-notebook")?.getAttribute("data-runs")) > n,
    before
  );
}

beforeAll(async () => {
  browser = await launchBrowser();
  ({page, log} = await openPage(browser, `${inject("baseUrl")}explore`));
  await waitUntilReady(page);
});

afterAll(async () => {
  await browser?.close();
});

const ENGINE = /duckdb|apache-arrow|flatbuffers|tslib/;

async function expectCountByFamily() {
  const expected = await queryRows(DATABASE, COUNT_BY_FAMILY);
  expect(await page.$$eval(".explore-table thead th", (ths) => ths.map((th) => th.textContent))).toEqual([
    "family",
    "figures"
  ]);
  expect(await tableRows()).toEqual(expected.map((r) => [String(r.family), cellText(r.figures)]));
  // The quick chart: one bar per family.
  expect(await page.locator(".explore-chart svg .mark-rect path").count()).toBe(expected.length);
}

describe("explore page", () => {
  it("opens with the first example's result, a count by family, exactly the database's answer, without fetching DuckDB", async () => {
    expect(log.external).toEqual([]);
    expect(log.problems).toEqual([]);
    expect(log.requests.filter((href) => ENGINE.test(href))).toEqual([]);
    expect(await page.getAttribute(".explore-notebook", "data-runs")).toBe("0");
    await expectCountByFamily();
    // Until a query runs, the page weighs what a family page does.
    let gzip = 0;
    for (const href of new Set(log.requests))
      gzip += gzipSync(Buffer.from(await (await fetch(href)).arrayBuffer()), {level: 6}).length;
    console.log(`explore before a query: ${log.requests.length} requests, ${(gzip / 1000).toFixed(0)} kB gzip`);
    expect(gzip).toBeLessThanOrEqual(400_000);
  });

  it("starts DuckDB from this site's own files when the reader runs the query, with no external request or error", async () => {
    await runAndWait(() => page.click(".explore-run"));
    expect(await page.getAttribute(".explore-notebook", "data-state")).toBe("done");
    expect(await page.getAttribute(".explore-notebook", "data-ready")).toBe("true");
    expect(log.external).toEqual([]);
    expect(log.problems).toEqual([]);
    const engine = log.requests.filter((href) => ENGINE.test(href));
    expect(engine.some((href) => href.endsWith(".wasm"))).toBe(true);
    expect(engine.some((href) => /duckdb-browser-eh\.worker\.[0-9a-f]+\.js$/.test(href))).toBe(true);
    let raw = 0;
    let gzip = 0;
    for (const href of engine) {
      const bytes = Buffer.from(await (await fetch(href)).arrayBuffer());
      raw += bytes.length;
      gzip += gzipSync(bytes, {level: 6}).length;
    }
    console.log(
      `DuckDB-WASM transfer: ${(raw / 1e6).toFixed(2)} MB raw, ${(gzip / 1e6).toFixed(2)} MB gzip (${engine.length} files)`
    );
  });

  it("runs the first example in DuckDB and shows the same answer as the page opened with", async () => {
    await expectCountByFamily();
  });

  it("offers the deduplicated series first, and says why a sum over observations double-counts", async () => {
    const tables = await page.locator(".explore-schema summary").textContent();
    expect(tables).toMatch(/^Tables: series, /);
    const lead = await page.locator("main").innerText();
    expect(lead).toMatch(/Start from `?series`?/);
    expect(lead).toMatch(/SUM[^.]*counts a restated figure twice/);
    expect(await page.inputValue(".explore-editor")).toMatch(/FROM series/);
    // The restated figures are real: observations holds more rows than series.
    const [{statements, figures}] = await queryRows(
      DATABASE,
      "SELECT (SELECT count(*) FROM observations)::INTEGER AS statements, (SELECT count(*) FROM series)::INTEGER AS figures"
    );
    expect(Number(statements)).toBeGreaterThan(Number(figures));
  });

  it("runs a query typed into the cell, over every table the database has", async () => {
    const sql = `SELECT o.doc_id, count(DISTINCT o.obs_id)::INTEGER AS n, count(DISTINCT co.check_id)::INTEGER AS checks,
      max(d.n_unextracted)::INTEGER AS gaps
      FROM observations o JOIN documents d USING (doc_id) LEFT JOIN check_observations co USING (obs_id)
      GROUP BY o.doc_id ORDER BY o.doc_id`;
    await run(sql);
    const expected = await queryRows(DATABASE, sql);
    expect(await tableRows()).toEqual(
      expected.map((r) => [String(r.doc_id), cellText(r.n), cellText(r.checks), cellText(r.gaps)])
    );
    // Types survive the trip through CSV: dates are dates, lists are lists.
    await run(
      `SELECT typeof(period_start) AS t1, typeof(partial) AS t2, typeof(obs_ids) AS t3 FROM observations, checks LIMIT 1`
    );
    expect(await tableRows()).toEqual([["DATE", "BOOLEAN", "VARCHAR[]"]]);
  });

  it("answers each example query as the database does", async () => {
    const labels = await page.$$eval(".explore-example", (buttons) => buttons.map((b) => b.textContent ?? ""));
    expect(labels.length).toBeGreaterThanOrEqual(3);
    for (const label of labels) {
      await runAndWait(() => page.click(`.explore-example >> text="${label}"`));
      expect(await page.getAttribute(".explore-notebook", "data-state"), label).toBe("done");
      const sql = await page.inputValue(".explore-editor");
      const expected = await queryRows(DATABASE, sql);
      const shown = await tableRows();
      expect(shown.length, label).toBe(expected.length);
      expect(shown[0]?.length, label).toBe(Object.keys(expected[0] ?? {}).length);
      expect(
        shown.map((row) => row[0]),
        label
      ).toEqual(expected.map((r) => cellText(Object.values(r)[0])));
    }
  });

  it("lets no query reach another host, a file or an extension once the tables are loaded, nor turn that back on", async () => {
    const refused: [string, RegExp][] = [
      ["SELECT * FROM read_csv('https://attacker.example/data.csv')", /Permission Error|disabled/i],
      // A URL as a table name: no replacement scan reads it.
      ["SELECT * FROM 'https://attacker.example/data.parquet'", /Permission Error|disabled|does not exist/i],
      ["ATTACH 'https://attacker.example/other.duckdb' AS other", /Permission Error|disabled/i],
      ["LOAD json", /Permission Error|disabled/i],
      ["COPY (SELECT * FROM observations) TO 'observations.csv'", /Permission Error|disabled/i],
      ["SET enable_external_access = true", /locked/i],
      ["SET lock_configuration = false", /locked/i],
      ["RESET enable_external_access", /locked/i]
    ];
    // DuckDB-WASM fetches an extension when it is loaded, not when it is installed: INSTALL may pass, then LOAD fails.
    await page.fill(".explore-editor", "INSTALL json");
    await runAndWait(() => page.press(".explore-editor", "Control+Enter"));
    for (const [sql, message] of refused) {
      await page.fill(".explore-editor", sql);
      await runAndWait(() => page.press(".explore-editor", "Control+Enter"));
      expect(await page.getAttribute(".explore-notebook", "data-state"), sql).toBe("error");
      expect(await page.locator(".explore-error pre").innerText(), sql).toMatch(message);
    }
    expect(log.requests.filter((href) => !href.startsWith(inject("baseUrl")))).toEqual([]);
    expect(log.external).toEqual([]);
    // The tables themselves still answer.
    await run(COUNT_BY_FAMILY);
    await expectCountByFamily();
  });

  it("shows DuckDB's message when a query fails, and clears the old result", async () => {
    await run("SELECT famly FROM observations", "error");
    const message = await page.locator(".explore-error").innerText();
    expect(message).toContain("SQL error");
    expect(message).toMatch(/Binder Error/);
    expect(message).toContain("famly");
    expect(await page.locator(".explore-table").count()).toBe(0);
    expect(await page.locator(".explore-download").isHidden()).toBe(true);
    await run(COUNT_BY_FAMILY);
    expect(await page.locator(".explore-error").isHidden()).toBe(true);
  });

  it("downloads the result as CSV", async () => {
    await run(
      `SELECT family, count(*)::INTEGER AS n, 'a, "quoted" text' AS note FROM observations GROUP BY family ORDER BY family`
    );
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(".explore-download")]);
    const csv = readFileSync((await download.path())!, "utf8");
    const expected = await queryRows(
      DATABASE,
      `SELECT family, count(*)::INTEGER AS n FROM observations GROUP BY family ORDER BY family`
    );
    expect(csv).toBe(
      ["family,n,note", ...expected.map((r) => `${r.family},${r.n},"a, ""quoted"" text"`)].join("\r\n") + "\r\n"
    );
  });

  it("keeps the same DuckDB and result when the window is resized", async () => {
    const wasm = () => log.requests.filter((href) => href.endsWith(".wasm")).length;
    const [requests, runs] = [wasm(), await page.getAttribute(".explore-notebook", "data-runs")];
    await page.setViewportSize({width: 700, height: 800});
    await page.waitForTimeout(500);
    expect(wasm()).toBe(requests);
    expect(await page.getAttribute(".explore-notebook", "data-runs")).toBe(runs);
    await page.setViewportSize({width: 1280, height: 720});
  });

  it("fits a phone screen without horizontal scrolling, in dark mode too", async () => {
    const phone = await openPage(browser, `${inject("baseUrl")}explore`, {
      viewport: {width: 390, height: 844},
      colorScheme: "dark"
    });
    await waitUntilReady(phone.page);
    await phone.page.click(".explore-run");
    await phone.page.waitForSelector('.explore-notebook[data-runs="1"]', {timeout: 90_000});
    await waitUntilReady(phone.page);
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(phone.log.external).toEqual([]);
    expect(phone.log.problems).toEqual([]);
  });
});
