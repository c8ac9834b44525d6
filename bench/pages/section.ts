/**
 * Section 5: every page of the built site in headless Chromium from a local server: what it
 * transfers (each response's size, and its gzip size as a compressing server would send it), how
 * many requests it makes, and the time from navigation to the first chart's SVG in the document.
 * Pages are found in dist/ after the build, so new pages are measured without listing them here.
 */
import {readdirSync} from "node:fs";
import {join, relative, sep} from "node:path";
import {gzipSync} from "node:zlib";
import type {Server} from "node:http";
import type {Browser} from "playwright-core";
import {launchChromium} from "../../scripts/launch-chromium.mjs";
import {serve} from "../../scripts/serve.mjs";
import {summarize, type Summary} from "../lib/stats.js";

export const TARGET_KB = 400;
export const TARGET_FIRST_CHART_MS = 1000;
/** A page that has not changed for this long is taken to be finished. */
const QUIET_MS = 2000;
/** A chart container's first SVG: vega-embed's output (it marks its container .vega-embed) or the components' chart boxes. */
export const CHART_SELECTOR = ".vega-embed svg, .chart svg, .chart-canvas svg";

export interface PageResult {
  path: string;
  requests: number;
  bytes: number;
  gzipBytes: number;
  largest: {url: string; gzipBytes: number}[];
  external: string[];
  /** null when the page draws no chart. */
  firstChartMs: Summary | null;
  loadMs: Summary;
  met: boolean;
}

export interface PagesSection {
  reps: number;
  chartSelector: string;
  pages: PageResult[];
  targetKB: number;
  targetFirstChartMs: number;
  met: boolean;
}

/** "/" for index.html, "/a" for a.html, "/a/" for a/index.html. */
export function pagePaths(dist: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
      e.isDirectory()
        ? e.name.startsWith("_")
          ? []
          : walk(join(dir, e.name))
        : e.name.endsWith(".html")
          ? [join(dir, e.name)]
          : []
    );
  return walk(dist)
    .map((f) => relative(dist, f).split(sep).join("/"))
    .filter((f) => f !== "404.html")
    .map((f) => `/${f.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "")}`)
    .sort();
}

// Nothing but this machine: other hosts fail at once, with no request interception to slow the page.
export const launch = (): Promise<Browser> =>
  launchChromium(["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]);

/**
 * Runs in the page before its scripts: records when the first chart SVG and the last DOM change
 * happen. Kept as text: a compiled function may call helpers the page does not have.
 */
const WATCH_FIRST_CHART = `(() => {
  window.__lastMutation = 0;
  new MutationObserver(() => {
    window.__lastMutation = performance.now();
    if (window.__firstChart === undefined && document.querySelector(${JSON.stringify(CHART_SELECTOR)})) window.__firstChart = performance.now();
  }).observe(document, {childList: true, subtree: true});
})();`;

// Sizes come from the local server itself: the browser does not hand over every body (a worker's
// fetch of a large .wasm, for one), and the server's files are what a page transfers.
const sizes = new Map<string, Promise<{url: string; bytes: number; gzipBytes: number}>>();
function sized(url: string) {
  if (!sizes.has(url)) {
    sizes.set(
      url,
      fetch(url).then(
        async (r) => {
          const body = r.ok ? Buffer.from(await r.arrayBuffer()) : Buffer.alloc(0);
          return {url, bytes: body.length, gzipBytes: body.length ? gzipSync(body).length : 0};
        },
        () => ({url, bytes: 0, gzipBytes: 0})
      )
    );
  }
  return sizes.get(url)!;
}

async function loadOnce(browser: Browser, url: string) {
  const context = await browser.newContext();
  await context.addInitScript(WATCH_FIRST_CHART);
  const page = await context.newPage();
  const responses: string[] = [];
  const external: string[] = [];
  let requests = 0;
  page.on("request", (r) => {
    requests++;
    if (new URL(r.url()).hostname !== "127.0.0.1") external.push(r.url());
  });
  page.on("response", (r) => {
    if (/^http:\/\/127\.0\.0\.1[:/]/.test(r.url())) responses.push(r.url());
  });
  await page.goto(url, {waitUntil: "networkidle"});
  // Pages render after their data arrives: wait for a chart, or for the page to stop changing.
  await page.waitForFunction(
    `window.__firstChart !== undefined || performance.now() - window.__lastMutation > ${QUIET_MS}`,
    undefined,
    {timeout: 30_000, polling: 100}
  );
  const firstChart = (await page.evaluate("window.__firstChart ?? null")) as number | null;
  const load = (await page.evaluate(`performance.getEntriesByType("navigation")[0].loadEventEnd`)) as number;
  await context.close();
  return {requests, responses: await Promise.all(responses.map(sized)), external, firstChart, load};
}

export async function pagesSection(
  dist: string,
  options: {quick: boolean; log: (s: string) => void}
): Promise<PagesSection> {
  const server = (await serve(dist, 0)) as Server;
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("static server has no port");
  const base = `http://127.0.0.1:${address.port}`;
  const browser = await launch();
  const reps = options.quick ? 1 : 5;
  const pages: PageResult[] = [];
  try {
    await loadOnce(browser, `${base}/`); // warm-up: browser start, server file cache
    for (const path of pagePaths(dist)) {
      options.log(`pages: ${path}`);
      const runs = [];
      for (let r = 0; r < reps; r++) runs.push(await loadOnce(browser, `${base}${path}`));
      const first = runs[0];
      const gzipBytes = first.responses.reduce((a, x) => a + x.gzipBytes, 0);
      const charts = runs.map((r) => r.firstChart).filter((x): x is number => x !== null);
      const firstChartMs = charts.length > 0 ? summarize(charts) : null;
      pages.push({
        path,
        requests: first.requests,
        bytes: first.responses.reduce((a, x) => a + x.bytes, 0),
        gzipBytes,
        largest: [...first.responses]
          .sort((a, b) => b.gzipBytes - a.gzipBytes)
          .slice(0, 5)
          .map((x) => ({url: x.url.replace(base, ""), gzipBytes: x.gzipBytes})),
        external: [...new Set(first.external)],
        firstChartMs,
        loadMs: summarize(runs.map((r) => r.load)),
        met: gzipBytes <= TARGET_KB * 1000 && (firstChartMs === null || firstChartMs.p50 <= TARGET_FIRST_CHART_MS)
      });
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return {
    reps,
    chartSelector: CHART_SELECTOR,
    pages,
    targetKB: TARGET_KB,
    targetFirstChartMs: TARGET_FIRST_CHART_MS,
    met: pages.every((p) => p.met)
  };
}
