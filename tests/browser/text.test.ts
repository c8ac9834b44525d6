// Text on the built pages in headless Chromium: a title in two languages and two directions stays in order;
// the reader shows footnotes as footnotes and a number with reversed digit groups as one number; and data
// quality titles name indicators as the charts do.
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {queryRows} from "../../loaders/db/query.js";
import {READER_PAGES, settled} from "./pages.js";
import {launchBrowser, openPage, ROOT, seedMetadata} from "./site.js";

const DATABASE = join(ROOT, "data/migstat.duckdb");
const ARABIC = seedMetadata().find((d) => /[\u0600-\u06ff]/.test(d.title))!;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("documents table", () => {
  it("shows a title in Arabic with its English translation as two lines, each in its own language and direction", async () => {
    const {page} = await openPage(browser, inject("baseUrl"));
    await settled(page);
    const cell = page.locator(`table.documents tr[data-doc-id="${ARABIC.doc_id}"] .title`);
    const parts = await cell.evaluate((n) =>
      [...n.children].map((c) => ({
        lang: c.getAttribute("lang"),
        direction: getComputedStyle(c).direction,
        display: getComputedStyle(c).display,
        text: c.textContent
      }))
    );
    const [, original, translation] = /^(.*\S)\s*\(([^()]+)\)$/s.exec(ARABIC.title)!;
    expect(parts).toEqual([
      {lang: "ar", direction: "rtl", display: "block", text: original},
      {lang: "en", direction: "ltr", display: "block", text: `(${translation})`}
    ]);
    // The English line reads left to right from its first word: its first letter is drawn left of its last.
    const ends = await cell.locator(".title-translation").evaluate((n) => {
      const range = document.createRange();
      const text = n.firstChild!;
      range.setStart(text, 1);
      range.setEnd(text, 2);
      const first = range.getBoundingClientRect().left;
      range.setStart(text, text.textContent!.length - 2);
      range.setEnd(text, text.textContent!.length - 1);
      return {first, last: range.getBoundingClientRect().left};
    });
    expect(ends.first).toBeLessThan(ends.last);
    await page.context().close();
  });
});

describe("reader", () => {
  it("shows the document's footnote as a superscript reference and a note, with no [footnoteRef] artefact", async () => {
    const {page} = await openPage(browser, `${inject("baseUrl")}sources/${ARABIC.doc_id}`);
    await settled(page);
    const text = await page.locator(".source-text").innerText();
    expect(text).not.toMatch(/\[footnoteRef:\d+\]|\[\d+:/);
    await expect(page.locator(".source-text sup.footnote-ref").count()).resolves.toBe(1);
    await expect(page.locator(".source-text .footnote[role=note]").count()).resolves.toBe(1);
    expect(await page.locator(".source-text sup.footnote-ref a").getAttribute("href")).toBe(
      `#${await page.locator(".source-text .footnote").getAttribute("id")}`
    );
    // Every unextracted number keeps its mark, footnote numbers included.
    const [{n}] = await queryRows(
      DATABASE,
      `SELECT count(*)::INTEGER AS n FROM unextracted_numbers WHERE doc_id = '${ARABIC.doc_id}'`
    );
    await expect(page.locator(".source-text mark.gap").count()).resolves.toBe(Number(n));
    await page.context().close();
  });

  it("draws '600 86' (86 600, digit groups reversed) as one number, not two", async () => {
    const {page} = await openPage(browser, `${inject("baseUrl")}sources/${ARABIC.doc_id}`);
    await settled(page);
    const groups = await page.$$eval(".source-text mark.gap-group", (nodes) => nodes.map((n) => n.textContent));
    expect(groups).toContain("600 86");
    // One underline under the whole number: its two parts have none of their own.
    const underlines = await page.$$eval(".source-text mark.gap-group", (nodes) => {
      const group = nodes.find((n) => n.textContent === "600 86")!;
      return {
        whole: getComputedStyle(group).borderBottomStyle,
        parts: [...group.querySelectorAll("mark.gap")].map((n) => getComputedStyle(n).borderBottomStyle)
      };
    });
    expect(underlines).toEqual({whole: "dotted", parts: ["none", "none"]});
    await page.context().close();
  });

  it("keeps the reader's own elements only, in every document", async () => {
    for (const path of READER_PAGES) {
      const {page} = await openPage(browser, `${inject("baseUrl")}${path}`);
      await settled(page);
      const tags = await page.$$eval(".source-text *", (nodes) => [...new Set(nodes.map((n) => n.tagName))].sort());
      expect(
        tags.every((t) => ["A", "DIV", "MARK", "SPAN", "SUP"].includes(t)),
        `${path}: ${tags}`
      ).toBe(true);
      await page.context().close();
    }
  });
});

describe("data quality", () => {
  it("titles checks with indicator labels, not the database's internal names", async () => {
    const {page} = await openPage(browser, `${inject("baseUrl")}data-quality`);
    await settled(page);
    const titles = await page.$$eval(".check-card .check-description", (nodes) =>
      nodes.map((n) => n.textContent ?? "")
    );
    expect(titles.length).toBeGreaterThan(10);
    for (const title of titles) expect(title, title).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    expect(titles.some((t) => t.startsWith("Placements in detention centres, 2013–2018 + 2019 H1: "))).toBe(true);
    await page.context().close();
  });
});
