// The sources page and each document's reader in headless Chromium: metadata from the database, every
// extracted number highlighted exactly once and linked to its observation, unextracted numbers marked,
// where each document came from shown as its sidecar states it, Arabic right to left, and each page light
// enough to load on a slow connection.
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {queryRows} from "../../loaders/db/query.js";
import {launchBrowser, openPage, ROOT} from "./site.js";

const DATABASE = join(ROOT, "data/migstat.duckdb");
// What a page may weigh compressed, everything it loads included (Framework's runtime, modules, data).
const PAGE_BUDGET = 400_000;

interface DocumentRow {
  doc_id: string;
  title: string;
  un_symbol: string | null;
  sha256: string;
  language: string;
  n_observations: number;
  n_unextracted: number;
  state: string | null;
  source_url: string | null;
  accessed: string | null;
  licence: string | null;
  producer: string | null;
}

// Where a document came from, as the sources page and the reader show it.
const ORIGIN_FIELDS = ["state", "accessed", "licence", "producer"] as const;

let browser: Browser;
let documents: DocumentRow[];

beforeAll(async () => {
  documents = (await queryRows(
    DATABASE,
    `SELECT doc_id, title, un_symbol, sha256, language, n_observations, n_unextracted, state, source_url, accessed,
       licence, producer
     FROM documents ORDER BY doc_id`
  )) as unknown as DocumentRow[];
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

// The gzip size of everything a page requested, fetched again from the test server.
async function compressedWeight(requests: string[]): Promise<number> {
  let total = 0;
  for (const href of new Set(requests)) {
    const response = await fetch(href);
    if (response.ok) total += gzipSync(Buffer.from(await response.arrayBuffer()), {level: 9}).length;
  }
  return total;
}

describe("sources page", () => {
  it("shows every document's metadata and links to its reader, with no external request or error", async () => {
    const {page, log} = await openPage(browser, `${inject("baseUrl")}sources`);
    await page.waitForSelector(".document-card");
    const cards = await page.$$eval(".document-card", (nodes) =>
      nodes.map((n) => ({
        docId: n.getAttribute("data-doc-id"),
        sha256: n.querySelector(".sha256")?.textContent,
        link: n.querySelector(".document-read")?.getAttribute("href"),
        sourceUrl: n.querySelector(".document-source-url")?.getAttribute("href") ?? null,
        origin: Object.fromEntries(
          ["state", "accessed", "licence", "producer"].map((f) => [
            f,
            n.querySelector(`.document-${f}`)?.textContent ?? null
          ])
        ),
        text: n.textContent
      }))
    );
    expect(cards.map((c) => c.docId)).toEqual(documents.map((d) => d.doc_id));
    for (const [i, d] of documents.entries()) {
      expect(cards[i].sha256).toBe(d.sha256);
      expect(cards[i].link).toBe(`sources/${d.doc_id}`);
      if (d.un_symbol) expect(cards[i].text).toContain(d.un_symbol);
      // Each field the sidecar states, and none it leaves out.
      expect(cards[i].sourceUrl, d.doc_id).toBe(d.source_url);
      for (const f of ORIGIN_FIELDS) expect(cards[i].origin[f], `${d.doc_id} ${f}`).toBe(d[f]);
    }
    // The bundled documents are all about Azerbaijan, and the UN report links to the UN document system.
    expect(cards.every((c) => c.origin.state === "AZE")).toBe(true);
    expect(cards.map((c) => c.sourceUrl)).toContain("https://undocs.org/CMW/C/AZE/3");
    expect(log.external).toEqual([]);
    expect(log.problems).toEqual([]);
    const weight = await compressedWeight(log.requests);
    console.log(`sources: ${log.requests.length} requests, ${(weight / 1000).toFixed(0)} kB gzip`);
    expect(weight).toBeLessThan(PAGE_BUDGET);
  });
});

describe("page weight", () => {
  it("keeps the data quality page, with its checks and quotes, under the budget", async () => {
    const {page, log} = await openPage(browser, `${inject("baseUrl")}data-quality`);
    await page.waitForSelector(".quality-list .check-card");
    const weight = await compressedWeight(log.requests);
    console.log(`data quality: ${(weight / 1000).toFixed(0)} kB gzip`);
    expect(weight).toBeLessThan(PAGE_BUDGET);
  });
});

describe("reader", () => {
  it("highlights exactly the database's observations of each document and marks its unextracted numbers", async () => {
    for (const d of documents) {
      const {page, log} = await openPage(browser, `${inject("baseUrl")}sources/${d.doc_id}`);
      await page.waitForSelector(".reader .source-text");
      const marked = await page.$$eval(".source-text a.obs", (nodes) =>
        nodes.map((n) => n.getAttribute("data-obs-id"))
      );
      const expected = await queryRows(DATABASE, "SELECT obs_id FROM observations WHERE doc_id = $1", [d.doc_id]);
      expect(marked).toHaveLength(d.n_observations);
      expect(marked.slice().sort()).toEqual(expected.map((r) => String(r.obs_id)).sort());
      expect(await page.locator(".source-text mark.gap").count()).toBe(d.n_unextracted);
      await expect(page.locator(".reader-warning").count()).resolves.toBe(0);
      // Where the document came from, in its facts and in its citation.
      const header = page.locator(".document-header");
      await expect(header.locator(".document-source-url").count()).resolves.toBe(d.source_url ? 1 : 0);
      await expect(header.locator(".document-bibtex").textContent()).resolves.toMatch(
        d.source_url ? `url = {${d.source_url}}` : /^(?![\s\S]*url =)/
      );
      if (d.source_url) {
        await expect(header.locator(".document-source-url").getAttribute("href")).resolves.toBe(d.source_url);
        await expect(header.locator(".document-cite").textContent()).resolves.toContain(`available at ${d.source_url}`);
      } else await expect(header.locator(".document-cite").textContent()).resolves.not.toContain("available at");
      if (d.state) await expect(header.locator(".document-state").textContent()).resolves.toBe(d.state);
      // The text is text: only the reader's own elements, never markup from the document.
      const tags = await page.$$eval(".source-text *", (nodes) => [...new Set(nodes.map((n) => n.tagName))].sort());
      expect(tags.every((t) => ["A", "DIV", "MARK", "SPAN", "SUP"].includes(t))).toBe(true);
      expect(await page.$eval(".source-text", (n) => n.getAttribute("dir"))).toBe(d.language === "ar" ? "rtl" : "ltr");
      expect(log.external).toEqual([]);
      expect(log.problems).toEqual([]);
      const weight = await compressedWeight(log.requests);
      console.log(`reader ${d.doc_id}: ${(weight / 1000).toFixed(0)} kB gzip`);
      expect(weight).toBeLessThan(PAGE_BUDGET);
      await page.context().close();
    }
  });

  it("shows a highlighted number's observation when it is clicked, and each number's text is the value's", async () => {
    const [o] = await queryRows(
      DATABASE,
      `SELECT o.obs_id, o.doc_id, o.value, o.unit, o.locator, o.period_label, o.value_start, o.value_end
       FROM observations o JOIN check_observations USING (obs_id) JOIN checks c USING (check_id)
       WHERE c.status = 'fail' ORDER BY o.value DESC LIMIT 1`
    );
    const {page, log} = await openPage(browser, `${inject("baseUrl")}sources/${o.doc_id}`);
    await page.waitForSelector(".reader .source-text");
    const [{text}] = await queryRows(DATABASE, "SELECT text FROM document_texts WHERE doc_id = $1", [String(o.doc_id)]);
    const mark = page.locator(`#obs-${o.obs_id}`);
    await expect(mark.textContent()).resolves.toBe(String(text).slice(Number(o.value_start), Number(o.value_end)));
    await expect(mark.getAttribute("class")).resolves.toContain("checked-fail");
    await mark.click();
    const card = page.locator(".reader-panel .observation-card");
    await expect(card.getAttribute("data-obs-id")).resolves.toBe(o.obs_id);
    const shown = await card.innerText();
    expect(shown).toContain(new Intl.NumberFormat("en").format(Number(o.value)));
    expect(shown).toContain(String(o.unit));
    expect(shown).toContain(String(o.period_label));
    expect(shown).toContain(`paragraph ${o.locator}`);
    expect(shown).toMatch(/FAIL/i);
    expect(new URL(page.url()).hash).toBe(`#obs-${o.obs_id}`);
    // The next button walks to the following number in the text.
    await page.click(".reader-step >> text=Next");
    await expect(card.getAttribute("data-obs-id")).resolves.not.toBe(o.obs_id);
    expect(log.external).toEqual([]);
    expect(log.problems).toEqual([]);
  });

  it("opens on the observation a link names, right to left for Arabic", async () => {
    const arabic = documents.find((d) => d.language === "ar" && d.n_observations > 0)!;
    const [o] = await queryRows(
      DATABASE,
      "SELECT obs_id FROM observations WHERE doc_id = $1 ORDER BY value_start DESC LIMIT 1",
      [arabic.doc_id]
    );
    const {page, log} = await openPage(browser, `${inject("baseUrl")}sources/${arabic.doc_id}#obs-${o.obs_id}`);
    await page.waitForSelector(".reader a.obs.selected");
    await expect(page.locator(".reader a.obs.selected").getAttribute("data-obs-id")).resolves.toBe(o.obs_id);
    const inView = await page.$eval(".reader a.obs.selected", (n) => {
      const r = n.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    expect(await page.$eval(".source-text", (n) => getComputedStyle(n).direction)).toBe("rtl");
    expect(log.problems).toEqual([]);
  });

  it("lists the unextracted numbers when a link asks for the coverage gaps, each linking to its mark", async () => {
    const d = documents.find((doc) => doc.n_unextracted > 0)!;
    const {page, log} = await openPage(browser, `${inject("baseUrl")}sources`);
    await page.click(`.document-card[data-doc-id="${d.doc_id}"] >> text=list them`);
    await page.waitForSelector("#coverage-gaps[open] .gap-list li");
    const links = await page.$$eval(".gap-list .gap-line", (nodes) => nodes.map((n) => n.getAttribute("href")));
    const expected = await queryRows(
      DATABASE,
      "SELECT char_start FROM unextracted_numbers WHERE doc_id = $1 ORDER BY char_start",
      [d.doc_id]
    );
    expect(links).toEqual(expected.map((r) => `#gap-${r.char_start}`));
    expect(await page.locator(`.source-text mark.gap#gap-${expected[0].char_start}`).count()).toBe(1);
    expect(log.problems).toEqual([]);
  });

  it("fits a phone screen, in dark mode too, and keeps the chosen number above the observation panel", async () => {
    const d = documents.reduce((a, b) => (b.n_observations > a.n_observations ? b : a));
    const phone = await openPage(browser, `${inject("baseUrl")}sources/${d.doc_id}`, {
      viewport: {width: 390, height: 844},
      colorScheme: "dark"
    });
    await phone.page.waitForSelector(".reader .source-text");
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const id = await phone.page.$eval(".source-text a.obs >> nth=20", (n) => n.getAttribute("data-obs-id"));
    await phone.page.$eval(`#obs-${id}`, (n) => n.scrollIntoView({block: "end"}));
    await phone.page.click(`#obs-${id}`);
    await phone.page.waitForFunction(() => {
      const mark = document.querySelector(".source-text a.obs.selected");
      const panel = document.querySelector(".reader-panel");
      return mark && panel && mark.getBoundingClientRect().bottom <= panel.getBoundingClientRect().top;
    });
    expect(phone.log.external).toEqual([]);
    expect(phone.log.problems).toEqual([]);
  });
});
