// Charts that travel, in the built site: the exported files of every chart, each chart's embed page inside
// an iframe of a page on another local origin, the "Embed / cite" panel under the pages' charts and the
// gallery. The dataset versions the browser computes must be those the build wrote into exports/index.json.
import {createHash} from "node:crypto";
import {createServer, type Server} from "node:http";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {CHARTS} from "../../src/components/specs/charts.js";
import {launchBrowser, openPage, type PageLog} from "./site.js";

// What the browser checks of exports/index.json (scripts/export-charts.mjs writes it).
type IndexEntry = {
  id: string;
  title: string;
  page: string;
  rows: number;
  version: string;
  citation: string;
  documents: {title: string | null; un_symbol: string | null}[];
};

const PAGES = ["", "work-permits-residence", "border", "detention", "remittances", "trafficking", "other-families"];

let browser: Browser;
let index: Map<string, IndexEntry>;
let host: Server;
let hostUrl: string;

// A page on its own origin that serves whatever HTML it is given at /page/<n>.
const hosted: string[] = [];
function hostPage(html: string): string {
  hosted.push(html);
  return `${hostUrl}page/${hosted.length - 1}`;
}

beforeAll(async () => {
  browser = await launchBrowser();
  // Read from the served site (a snapshot of dist/ that a concurrent build cannot change).
  const response = await fetch(`${inject("baseUrl")}exports/index.json`);
  if (!response.ok)
    throw new Error(`exports/index.json: HTTP ${response.status}; does the build run scripts/export-charts.mjs?`);
  index = new Map(((await response.json()).charts as IndexEntry[]).map((e) => [e.id, e]));
  host = createServer((req, res) => {
    const html = hosted[Number(req.url?.match(/^\/page\/(\d+)$/)?.[1] ?? -1)];
    res.writeHead(html ? 200 : 404, {"content-type": "text/html; charset=utf-8"});
    res.end(html ?? "not found");
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  const address = host.address();
  if (!address || typeof address === "string") throw new Error("host server has no port");
  hostUrl = `http://127.0.0.1:${address.port}/`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve()));
});

const embedUrl = (id: string) => `${inject("baseUrl")}embed/${id}`;

// What an embed frame (an iframe named by its chart's id) shows once its chart is drawn. Chromium does not
// lay out cross-origin iframes out of view, so the iframe is first brought into view, as a reader would scroll to it.
async function embedState(page: Page, id: string) {
  await page.locator(`iframe[name="${id}"]`).scrollIntoViewIfNeeded();
  const frame = page.frame({name: id})!;
  await frame.waitForSelector("figure.chart-embed svg, .observablehq--error", {timeout: 60_000});
  return frame.evaluate(() => {
    const figure = document.querySelector("figure.chart-embed") as
      (HTMLElement & {version?: string; marks?: () => {obs_id: string}[]}) | null;
    const link = document.querySelector(".chart-embed-source a");
    const svg = figure?.querySelector(".chart-canvas svg");
    return {
      id: figure?.getAttribute("data-chart-id"),
      errors: [...document.querySelectorAll(".observablehq--error")].map((e) => e.textContent),
      chrome: [
        "#observablehq-sidebar",
        "#observablehq-header",
        "#observablehq-footer",
        "#observablehq-toc",
        ".chart-controls",
        ".chart-cite",
        ".provenance"
      ].filter((s) => document.querySelector(s)),
      marks: figure?.marks?.().length ?? 0,
      svgMarks: figure?.querySelectorAll("svg [data-obs-id]").length ?? 0,
      version: figure?.version,
      footerVersion: document.querySelector(".chart-embed-source code")?.textContent,
      link: link ? {href: (link as HTMLAnchorElement).href, target: link.getAttribute("target")} : null,
      svgWidth: svg?.getBoundingClientRect().width ?? 0,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      background: getComputedStyle(document.body).backgroundColor,
      title: document.title
    };
  });
}

describe("exported files", () => {
  it("are written by the build for every chart: SVG, PNG, Vega-Lite spec and CSV", async () => {
    // The charts of charts.js under their ids, and the family pages' generated ones.
    for (const chart of CHARTS) expect([...index.keys()]).toContain(chart.id);
    expect([...index.keys()]).toEqual(
      expect.arrayContaining(["trafficking-victims", "detention-placements-by-category"])
    );
    for (const chart of index.values()) {
      for (const extension of [".svg", ".png", ".vl.json", ".csv"]) {
        const response = await fetch(`${inject("baseUrl")}exports/${chart.id}${extension}`);
        expect(response.status, `${chart.id}${extension}`).toBe(200);
        expect((await response.arrayBuffer()).byteLength, `${chart.id}${extension}`).toBeGreaterThan(100);
      }
    }
  });

  it("are served by the site with their types", async () => {
    const types = {".svg": "image/svg+xml", ".png": "image/png", ".vl.json": "application/json", ".csv": "text/csv"};
    for (const [extension, type] of Object.entries(types)) {
      const response = await fetch(`${inject("baseUrl")}exports/border-detentions${extension}`);
      expect(response.status, extension).toBe(200);
      expect(response.headers.get("content-type"), extension).toContain(type);
    }
  });
});

describe("embed pages", () => {
  let page: Page;
  let log: PageLog;
  const states = new Map<string, Awaited<ReturnType<typeof embedState>>>();

  beforeAll(async () => {
    // Another origin embeds every chart at once, as a report's web page would, and records the heights
    // the embeds post to it.
    const url = hostPage(`<!doctype html><meta charset="utf-8"><title>Embeds</title>
<style>body { margin: 0; } iframe { display: block; width: 640px; height: 560px; border: 0; }</style>
<script>window.heights = {}; addEventListener("message", (e) => { if (e.data?.type === "migstat:embed-height") heights[e.data.id] = e.data.height; });</script>
${CHARTS.map((c) => `<iframe name="${c.id}" src="${embedUrl(c.id)}" title="${c.title}"></iframe>`).join("\n")}`);
    ({page, log} = await openPage(browser, url, {viewport: {width: 700, height: 900}}));
    for (const chart of CHARTS) states.set(chart.id, await embedState(page, chart.id));
  }, 300_000);

  afterAll(async () => {
    await page?.context().close();
  });

  it("load only from 127.0.0.1 inside another page's iframes, with no error", () => {
    console.log(`embeds: ${CHARTS.length} iframes, ${log.requests.length} requests, ${log.external.length} external`);
    expect(log.external).toEqual([]);
    expect(log.problems).toEqual([]);
    for (const [id, state] of states) expect(state.errors, id).toEqual([]);
  });

  it("show each chart alone, with one mark per row and the build's dataset version", () => {
    for (const chart of CHARTS) {
      const state = states.get(chart.id)!;
      const entry = index.get(chart.id)!;
      expect(state.id).toBe(chart.id);
      expect(state.chrome, chart.id).toEqual([]);
      expect(state.marks, chart.id).toBe(entry.rows);
      expect(state.svgMarks, chart.id).toBe(entry.rows);
      expect(state.version, chart.id).toBe(entry.version);
      expect(state.footerVersion, chart.id).toBe(entry.version);
      expect(state.title, chart.id).toBe(`${index.get(chart.id)!.title} | migstat`);
    }
  });

  it("tell the page around them their height", async () => {
    const heights = await page.evaluate(() => (window as unknown as {heights: Record<string, number>}).heights);
    for (const chart of CHARTS) expect(heights[chart.id], chart.id).toBeGreaterThan(100);
  });

  it("link back to the chart on its page, opening outside the iframe", async () => {
    for (const chart of CHARTS) {
      const {link} = states.get(chart.id)!;
      expect(link, chart.id).toEqual({
        href: `${inject("baseUrl")}${chart.page.slice(1)}#chart-${chart.id}`,
        target: "_top"
      });
    }
    const frame = page.frame({name: "border-detentions"})!;
    await Promise.all([
      page.waitForURL(/\/border#chart-border-detentions$/, {timeout: 30_000}),
      frame.click(".chart-embed-source a")
    ]);
    await page.waitForSelector("#chart-border-detentions svg", {timeout: 30_000});
    expect(
      await page.evaluate(() => document.querySelector("#chart-border-detentions")!.getBoundingClientRect().top)
    ).toBeLessThan(300);
  });

  it("exist for the family pages' generated charts: a trend and a breakdown, drawn alone with the build's version", async () => {
    for (const id of ["trafficking-victims", "detention-placements-by-category"]) {
      const entry = index.get(id)!;
      expect(
        CHARTS.some((c) => c.id === id),
        `${id} is generated, not of charts.js`
      ).toBe(false);
      const {page: embed, log: embedLog} = await openPage(browser, embedUrl(id));
      await embed.waitForSelector("figure.chart-embed svg, .observablehq--error", {timeout: 60_000});
      const state = await embed.evaluate(() => {
        const figure = document.querySelector("figure.chart-embed") as (HTMLElement & {version?: string}) | null;
        return {
          id: figure?.getAttribute("data-chart-id"),
          errors: [...document.querySelectorAll(".observablehq--error")].map((e) => e.textContent),
          svgMarks: figure?.querySelectorAll("svg [data-obs-id]").length ?? 0,
          label: figure?.querySelector(".chart-canvas svg")?.getAttribute("aria-label"),
          link: (document.querySelector(".chart-embed-source a") as HTMLAnchorElement | null)?.href,
          title: document.title
        };
      });
      await embed.waitForFunction(
        () => (document.querySelector("figure.chart-embed") as (HTMLElement & {version?: string}) | null)?.version,
        undefined,
        {timeout: 30_000}
      );
      const version = await embed.evaluate(
        () => (document.querySelector("figure.chart-embed") as (HTMLElement & {version?: string}) | null)?.version
      );
      expect(state).toEqual({
        id,
        errors: [],
        svgMarks: entry.rows,
        label: entry.title,
        link: `${inject("baseUrl")}${entry.page.slice(1)}#chart-${id}`,
        title: `${entry.title} | migstat`
      });
      expect(version, id).toBe(entry.version);
      expect(embedLog.problems, id).toEqual([]);
      await embed.context().close();
    }
  });

  it("fit a phone-width iframe in dark mode, with the dark theme", async () => {
    const url = hostPage(`<!doctype html><meta charset="utf-8"><title>Phone</title>
<style>body { margin: 0; } iframe { display: block; width: 340px; height: 600px; border: 0; }</style>
${["border-arrivals-departures", "residence-by-year", "remittances-shares"].map((id) => `<iframe name="${id}" src="${embedUrl(id)}"></iframe>`).join("\n")}`);
    const phone = await openPage(browser, url, {viewport: {width: 360, height: 800}, colorScheme: "dark"});
    for (const id of ["border-arrivals-departures", "residence-by-year", "remittances-shares"]) {
      const state = await embedState(phone.page, id);
      expect(state.errors, id).toEqual([]);
      expect(state.overflow, id).toBeLessThanOrEqual(0);
      expect(state.svgWidth, id).toBeLessThanOrEqual(340);
      // rgb(r, g, b) or color(srgb r g b), as Chromium writes colours mixed in CSS.
      const channels = state.background
        .match(/[\d.]+/g)!
        .map(Number)
        .slice(0, 3);
      const brightness =
        channels.reduce((sum, c) => sum + (state.background.startsWith("color(") ? c : c / 255), 0) / 3;
      expect(brightness, `${id}: dark background ${state.background}`).toBeLessThan(0.25);
    }
    expect(phone.log.external).toEqual([]);
    expect(phone.log.problems).toEqual([]);
    await phone.page.context().close();
  });
});

describe("Embed / cite panel", () => {
  it("under every chart of the pages: the build's version, a citation of the documents, working files and embed", async () => {
    const seen = new Set<string>();
    for (const path of PAGES) {
      const {page, log} = await openPage(browser, `${inject("baseUrl")}${path}`);
      // Pages draw their charts one after another: wait for every chart the page shows.
      const ids = [...index.values()].filter((c) => c.page === `/${path}`).map((c) => c.id);
      await page.waitForFunction(
        (ids) => ids.every((id) => document.querySelector(`[data-chart-id="${id}"] svg`)),
        ids,
        {timeout: 60_000}
      );
      const panels = await page.$$eval(".chart-figure:not(.chart-embed)", (figures) =>
        figures.map((f) => ({
          id: f.getAttribute("data-chart-id")!,
          anchor: f.id,
          version: (f as unknown as {version: string}).version,
          citation: f.querySelector(".cite-text")?.textContent ?? "",
          snippet: (f.querySelector(".cite-snippet") as HTMLTextAreaElement | null)?.value ?? "",
          files: [...f.querySelectorAll(".cite-files a")].map((a) => (a as HTMLAnchorElement).href)
        }))
      );
      expect(panels.length, path).toBeGreaterThan(0);
      for (const panel of panels) {
        const entry = index.get(panel.id)!;
        seen.add(panel.id);
        expect(panel.anchor).toBe(`chart-${panel.id}`);
        // The pages open unfiltered, so each chart shows exactly the exported rows.
        expect(panel.version, `${path} ${panel.id}`).toBe(entry.version);
        expect(panel.citation, panel.id).toContain(`dataset version ${entry.version}`);
        for (const doc of entry.documents) {
          expect(panel.citation, panel.id).toContain(String(doc.title));
          if (doc.un_symbol) expect(panel.citation, panel.id).toContain(`(${doc.un_symbol})`);
        }
        expect(
          panel.citation.startsWith(entry.citation),
          `${panel.id}: the build's citation, then the page's address`
        ).toBe(true);
        expect(panel.snippet).toMatch(
          new RegExp(`^<iframe src="${inject("baseUrl")}embed/${panel.id}" title="[^"]+" width="100%" height="\\d+"`)
        );
        expect(panel.files.map((href) => href.replace(inject("baseUrl"), ""))).toEqual(
          [".svg", ".png", ".csv", ".vl.json"].map((e) => `exports/${panel.id}${e}`)
        );
        for (const href of panel.files) expect((await fetch(href, {method: "HEAD"})).status, href).toBe(200);
      }
      expect(log.external).toEqual([]);
      expect(log.problems).toEqual([]);
      await page.context().close();
    }
    // Every chart the pages show has its exports, and every exported chart is shown.
    expect([...seen].sort()).toEqual([...index.keys()].sort());
  });

  it("opens on demand and copies the citation", async () => {
    const {page, log} = await openPage(browser, `${inject("baseUrl")}detention`);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const panel = page.locator('[data-chart-id="detention-by-sex"] .chart-cite');
    await panel.waitFor({timeout: 60_000});
    expect(await panel.locator(".cite-body").isVisible()).toBe(false);
    await panel.locator("summary").click();
    expect(await panel.locator(".cite-body").isVisible()).toBe(true);
    await panel.locator("button", {hasText: "Copy citation"}).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      index.get("detention-by-sex")!.citation + ` ${inject("baseUrl")}detention#chart-detention-by-sex`
    );
    expect(log.problems).toEqual([]);
    await page.context().close();
  });
});

// A page without Web Crypto, as one embedded over plain http (not 127.0.0.1 or localhost) is.
function withoutWebCrypto() {
  Object.defineProperty(window, "isSecureContext", {value: false});
  Object.defineProperty(Crypto.prototype, "subtle", {get: () => undefined});
}

// The URLs of the built cite.js module and the bundled @noble/hashes among a page's requests.
const citeModule = (requests: string[]) =>
  requests.find((r) => /\/_import\/components\/cite\.[\w]+\.js$/.test(new URL(r).pathname));
const hashesBundle = (requests: string[]) =>
  requests.filter((r) => /\/_import\/lib\/vendor\/hashes\.[\w]+\.js$/.test(new URL(r).pathname));

describe("dataset version in Chromium", () => {
  const TEXTS = ["", "abc", "é – “quote” ‎نحو 3", "x".repeat(55), "x".repeat(56), "x".repeat(64), "x".repeat(1000)];
  const nodeDigests = TEXTS.map((text) => createHash("sha256").update(text, "utf8").digest("hex"));

  it("is Node's SHA-256, with Web Crypto and with @noble/hashes, which loads only where Web Crypto is missing", async () => {
    for (const init of [undefined, withoutWebCrypto]) {
      const {page, log} = await openPage(browser, embedUrl("detention-by-sex"), {initScript: init});
      await page.waitForSelector("figure.chart-embed svg", {timeout: 60_000});
      const cite = citeModule(log.requests);
      expect(cite, "the embed page loads cite.js").toBeDefined();
      // A string, so that vitest leaves its import() alone.
      const result: {subtle: string; digests: string[]} = await page.evaluate(`(async () => {
        const {sha256Hex} = await import(${JSON.stringify(cite)});
        return {subtle: typeof crypto.subtle, digests: await Promise.all(${JSON.stringify(TEXTS)}.map((t) => sha256Hex(t)))};
      })()`);
      const fallback = init === withoutWebCrypto;
      expect(result.subtle).toBe(fallback ? "undefined" : "object");
      expect(result.digests).toEqual(nodeDigests);
      expect(
        hashesBundle(log.requests).length > 0,
        fallback ? "@noble/hashes loaded" : "@noble/hashes not loaded"
      ).toBe(fallback);
      expect(log.problems).toEqual([]);
      await page.context().close();
    }
  });

  it("of a chart without Web Crypto is the build's", async () => {
    for (const id of ["detention-by-sex", "border-detentions", "remittances-shares"]) {
      const {page, log} = await openPage(browser, embedUrl(id), {initScript: withoutWebCrypto});
      await page.waitForSelector("figure.chart-embed svg, .observablehq--error", {timeout: 60_000});
      const state = await page.evaluate(() => ({
        version: (document.querySelector("figure.chart-embed") as (HTMLElement & {version?: string}) | null)?.version,
        footer: document.querySelector(".chart-embed-source code")?.textContent
      }));
      expect(state, id).toEqual({version: index.get(id)!.version, footer: index.get(id)!.version});
      expect(hashesBundle(log.requests), id).toHaveLength(1);
      expect(log.problems, id).toEqual([]);
      await page.context().close();
    }
  });
});

describe("gallery", () => {
  it("lists every chart with its exported image, version, downloads and embed", async () => {
    const {page, log} = await openPage(browser, `${inject("baseUrl")}gallery`, {viewport: {width: 1280, height: 900}});
    await page.waitForSelector(".gallery-card", {timeout: 60_000});
    // Thumbnails load lazily: load them all.
    await page.$$eval(".gallery-card img", (images) =>
      images.forEach((i) => ((i as HTMLImageElement).loading = "eager"))
    );
    await page.waitForFunction(
      () => [...document.querySelectorAll(".gallery-card img")].every((i) => (i as HTMLImageElement).complete),
      undefined,
      {timeout: 60_000}
    );
    // Each card's version (a hash, computed asynchronously) and its citation follow the card.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll(".gallery-card")].every(
          (c) => c.hasAttribute("data-version") && c.querySelector(".chart-cite")
        ),
      undefined,
      {timeout: 60_000}
    );
    const cards = await page.$$eval(".gallery-card", (articles) =>
      articles.map((a) => ({
        id: a.getAttribute("data-chart-id")!,
        version: a.getAttribute("data-version"),
        title: a.querySelector(".gallery-title")?.textContent,
        image: {
          src: (a.querySelector("img") as HTMLImageElement).currentSrc,
          width: (a.querySelector("img") as HTMLImageElement).naturalWidth
        },
        embed: (a.querySelector(".gallery-embed") as HTMLAnchorElement).href,
        files: [...a.querySelectorAll(".gallery-links a[download]")].map((l) => (l as HTMLAnchorElement).href)
      }))
    );
    // A card per exported chart, generated ones included, by page in the sidebar's order.
    expect(cards.map((c) => c.id)).toEqual(
      [...index.values()]
        .sort((a, b) => PAGES.indexOf(a.page.slice(1)) - PAGES.indexOf(b.page.slice(1)))
        .map((c) => c.id)
    );
    for (const card of cards) {
      const entry = index.get(card.id)!;
      expect(card.version, card.id).toBe(entry.version);
      expect(card.title).toBe(entry.title);
      expect(card.image.src).toBe(`${inject("baseUrl")}exports/${card.id}.svg`);
      expect(card.image.width, card.id).toBeGreaterThan(300);
      expect(card.embed).toBe(`${inject("baseUrl")}embed/${card.id}`);
      expect(card.files).toHaveLength(4);
    }
    expect(log.external).toEqual([]);
    expect(log.problems).toEqual([]);
    const dark = await openPage(browser, `${inject("baseUrl")}gallery`, {
      viewport: {width: 390, height: 844},
      colorScheme: "dark"
    });
    await dark.page.waitForSelector(".gallery-card img");
    expect(await dark.page.$eval(".gallery-card img", (i) => (i as HTMLImageElement).currentSrc)).toMatch(
      /\.dark\.svg$/
    );
    expect(
      await dark.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    ).toBeLessThanOrEqual(0);
    expect(dark.log.problems).toEqual([]);
    await dark.page.context().close();
    await page.context().close();
  });
});
