// Accessibility of the built site in headless Chromium (WCAG 2.2 AA): axe-core finds no serious or critical
// violation on any page, light or dark; the Arabic reader is marked right to left; and numbers in the reader are
// marked by more than colour. (template.test.ts checks each page's language and viewport.)
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {queryRows} from "../../loaders/db/query.js";
import {ALL_PAGES, READER_PAGES, settled} from "./pages.js";
import {launchBrowser, openPage, ROOT, seedMetadata} from "./site.js";

const AXE = join(ROOT, "node_modules/axe-core/axe.min.js");

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: {target: string[]; failureSummary?: string}[];
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

// axe-core's serious and critical violations on the page as it is drawn.
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({path: AXE});
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run(context: Document, options: object): Promise<{violations: Violation[]}>}}).axe;
    return (await axe.run(document, {resultTypes: ["violations"]})).violations;
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

const describeViolations = (violations: Violation[]) =>
  violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}): ${v.help}\n${v.nodes.slice(0, 3).map((n) => `  ${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1, 2).join(" ")}`).join("\n")}`).join("\n");

describe.each(["light", "dark"] as const)("axe-core, %s mode", (colorScheme) => {
  it.each(ALL_PAGES)("/%s has no serious or critical violation", async (path) => {
    const {page, log} = await openPage(browser, `${inject("baseUrl")}${path}`, {colorScheme, viewport: {width: 1280, height: 900}});
    await settled(page);
    const violations = await seriousViolations(page);
    expect(violations.length, describeViolations(violations)).toBe(0);
    expect(log.problems).toEqual([]);
    await page.context().close();
  });
});

describe("the reader", () => {
  it("marks an Arabic document's text lang=ar, right to left, and every other document's as its language", async () => {
    for (const [i, path] of READER_PAGES.entries()) {
      const {page} = await openPage(browser, `${inject("baseUrl")}${path}`);
      await settled(page);
      const attributes = await page.$eval(".source-text", (n) => ({lang: n.getAttribute("lang"), dir: n.getAttribute("dir"), direction: getComputedStyle(n).direction}));
      const arabic = /[\u0600-\u06ff]/.test(seedMetadata()[i].title);
      expect(attributes, path).toEqual(arabic ? {lang: "ar", dir: "rtl", direction: "rtl"} : {lang: "en", dir: "ltr", direction: "ltr"});
      await page.context().close();
    }
  });

  it.each(["light", "dark"] as const)("marks extracted numbers by underline and weight, not colour alone (%s)", async (colorScheme) => {
    // The reader of the document with the most extracted numbers.
    const [busiest] = await queryRows(join(ROOT, "data/migstat.duckdb"), "SELECT doc_id FROM documents ORDER BY n_observations DESC LIMIT 1");
    const {page} = await openPage(browser, `${inject("baseUrl")}sources/${busiest.doc_id}`, {colorScheme});
    await settled(page);
    const styles = await page.$$eval(".source-text a.obs", (nodes) =>
      nodes.slice(0, 50).map((n) => {
        const style = getComputedStyle(n);
        const text = getComputedStyle(n.closest(".source-text")!);
        return {line: style.textDecorationLine, weight: Number(style.fontWeight), textWeight: Number(text.fontWeight), color: style.color, textColor: text.color};
      })
    );
    expect(styles.length).toBeGreaterThan(0);
    for (const style of styles) {
      expect(style.line).toContain("underline");
      expect(style.weight).toBeGreaterThanOrEqual(style.textWeight + 200);
      // In the text's own colour, so that its contrast is the text's.
      expect(style.color).toBe(style.textColor);
    }
    await page.context().close();
  });
});
