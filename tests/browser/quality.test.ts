// The data quality page in headless Chromium: every check in the database, failures first, each with its
// arithmetic and the quotes of the numbers it covers; filters; links into the reader; nothing leaves 127.0.0.1.
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {queryRows} from "../../loaders/db/query.js";
import {launchBrowser, openPage, ROOT, type PageLog} from "./site.js";

const DATABASE = join(ROOT, "data/migstat.duckdb");

interface CheckRow {
  check_id: string;
  doc_id: string;
  status: "fail" | "warn" | "pass";
  locator: string;
  detail: string;
  expected: number | null;
  actual: number | null;
  obs_ids: string[];
}

let browser: Browser;
let page: Page;
let log: PageLog;
let checks: CheckRow[];
let quotes: Map<string, string[]>;

beforeAll(async () => {
  checks = (await queryRows(
    DATABASE,
    `SELECT check_id, doc_id, status, locator, detail, expected, actual, obs_ids FROM checks ORDER BY check_id`
  )) as unknown as CheckRow[];
  // The distinct quotes each check's observations were read from.
  const rows = await queryRows(
    DATABASE,
    `SELECT co.check_id, list(DISTINCT o.quote ORDER BY o.quote) AS quotes
     FROM check_observations co JOIN observations o USING (obs_id) GROUP BY co.check_id`
  );
  quotes = new Map(rows.map((r) => [String(r.check_id), (r.quotes as string[]).slice().sort()]));
  browser = await launchBrowser();
  ({page, log} = await openPage(browser, `${inject("baseUrl")}data-quality`));
  await page.waitForSelector(".quality-list .check-card");
});

afterAll(async () => {
  await browser?.close();
});

const cards = () =>
  page.$$eval(".quality-list .check-card", (nodes) =>
    nodes.map((n) => ({
      id: n.getAttribute("data-check-id"),
      status: n.getAttribute("data-status"),
      open: (n as HTMLDetailsElement).open
    }))
  );

describe("data quality page", () => {
  it("loads everything from 127.0.0.1 and reports no error", () => {
    console.log(`data quality: ${log.requests.length} requests, ${log.external.length} external`);
    expect(log.external).toEqual([]);
    expect(log.problems).toEqual([]);
  });

  it("lists every check once, failures first, then warnings, then passes", async () => {
    const shown = await cards();
    expect(shown.map((c) => c.id).sort()).toEqual(checks.map((c) => c.check_id).sort());
    const rank = {fail: 0, warn: 1, pass: 2} as const;
    const ranks = shown.map((c) => rank[c.status as keyof typeof rank]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const failed = checks.filter((c) => c.status === "fail").length;
    expect(failed).toBeGreaterThan(0);
    expect(shown.slice(0, failed).every((c) => c.status === "fail")).toBe(true);
    const sections = await page.$$eval(".quality-section", (nodes) => nodes.map((n) => n.getAttribute("data-status")));
    expect(sections).toEqual(["fail", "warn", "pass"].filter((s) => checks.some((c) => c.status === s)));
    // Failures and warnings are open; passes are folded to their summary line.
    expect(shown.every((c) => c.open === (c.status !== "pass"))).toBe(true);
  });

  it("names each failure in the summary at the top: the source's own inconsistencies", async () => {
    const items = await page.$$eval(".quality-callout li", (nodes) => nodes.map((n) => n.textContent ?? ""));
    const failed = checks.filter((c) => c.status === "fail");
    expect(items).toHaveLength(failed.length);
    for (const check of failed) {
      expect(items.some((text) => text.includes(`paragraph ${check.locator}`) && text.includes(check.detail))).toBe(
        true
      );
    }
    // The seed report's known contradictions: detention totals in paragraph 109, readmissions in 116.
    expect(failed.map((c) => c.locator).sort()).toEqual(["109", "116"]);
  });

  it("shows each failing check's arithmetic and the exact quotes of its numbers", async () => {
    for (const check of checks.filter((c) => c.status !== "pass")) {
      const card = page.locator(`.check-card[data-check-id="${check.check_id}"]`);
      await expect(card.locator(".check-detail").textContent()).resolves.toBe(check.detail);
      const arithmetic = await card.locator(".check-arithmetic").innerText();
      if (check.expected != null) expect(arithmetic).toContain(new Intl.NumberFormat("en").format(check.expected));
      if (check.actual != null) expect(arithmetic).toContain(new Intl.NumberFormat("en").format(check.actual));
      const shownQuotes = (await card.locator(".check-quote blockquote").allTextContents()).sort();
      expect(shownQuotes).toEqual(quotes.get(check.check_id));
      // Every number the check covers is marked in a quote and links to its place in the reader.
      const links = await card.locator(".quote-value").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("href")));
      expect(links.sort()).toEqual(check.obs_ids.map((id) => `sources/${check.doc_id}#obs-${id}`).sort());
      const captions = await card.locator(".check-quote figcaption").allTextContents();
      expect(captions.every((c) => /paragraph \d+|table “/.test(c))).toBe(true);
    }
  });

  it("filters by status and by document", async () => {
    const count = (status: string) => checks.filter((c) => c.status === status).length;
    await page.click('.status-toggle[data-status="pass"]');
    expect((await cards()).length).toBe(count("fail") + count("warn"));
    await page.click('.status-toggle[data-status="pass"]');
    expect((await cards()).length).toBe(checks.length);
    const docId = checks[0].doc_id;
    await page.selectOption(".quality-filters select >> nth=0", docId);
    expect((await cards()).length).toBe(checks.filter((c) => c.doc_id === docId).length);
    await page.selectOption(".quality-filters select >> nth=0", "");
    expect((await cards()).length).toBe(checks.length);
  });

  it("links a quoted number to its observation in the reader", async () => {
    const failed = checks.find((c) => c.status === "fail")!;
    const {page: reader, log: readerLog} = await openPage(browser, `${inject("baseUrl")}data-quality`);
    await reader.click(`.check-card[data-check-id="${failed.check_id}"] .quote-value >> nth=0`);
    await reader.waitForSelector(".reader a.obs.selected");
    const selected = await reader.$eval(".reader a.obs.selected", (n) => n.getAttribute("data-obs-id"));
    expect(failed.obs_ids).toContain(selected);
    await expect(reader.locator(".observation-card").textContent()).resolves.toContain(`paragraph ${failed.locator}`);
    expect(readerLog.external).toEqual([]);
    expect(readerLog.problems).toEqual([]);
  });

  it("fits a phone screen without horizontal scrolling, in dark mode too", async () => {
    const phone = await openPage(browser, `${inject("baseUrl")}data-quality`, {
      viewport: {width: 390, height: 844},
      colorScheme: "dark"
    });
    await phone.page.waitForSelector(".quality-list .check-card");
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(phone.log.external).toEqual([]);
    expect(phone.log.problems).toEqual([]);
  });
});
