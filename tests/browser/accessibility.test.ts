// Accessibility of the built site in headless Chromium (WCAG 2.2 AA): axe-core finds no serious or critical
// violation on any page, light or dark; the Arabic reader is marked right to left; numbers in the reader are
// marked by more than colour; and each chart is a graphics document with a name and a description, whose bars
// stay readable and which leads to its table. (template.test.ts checks each page's language and viewport.)
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {queryRows} from "../../loaders/db/query.js";
import {CHART_PAGES, chartTitles, EMBED_PAGES, PAGES, READER_PAGES, settled} from "./pages.js";
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

// axe-core's serious and critical violations on the page as it is drawn (axe is added unless the context's
// init script already put it in every document).
async function seriousViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({path: AXE});
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {axe: {run(context: Document, options: object): Promise<{violations: Violation[]}>}}
    ).axe;
    return (await axe.run(document, {resultTypes: ["violations"]})).violations;
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

const describeViolations = (violations: Violation[]) =>
  violations
    .map(
      (v) =>
        `${v.id} (${v.impact}, ${v.nodes.length}): ${v.help}\n${v.nodes
          .slice(0, 3)
          .map((n) => `  ${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1, 2).join(" ")}`)
          .join("\n")}`
    )
    .join("\n");

describe.each(["light", "dark"] as const)("axe-core, %s mode", (colorScheme) => {
  it.each(PAGES)("/%s has no serious or critical violation", async (path) => {
    const {page, log} = await openPage(browser, `${inject("baseUrl")}${path}`, {
      colorScheme,
      viewport: {width: 1280, height: 900}
    });
    await settled(page);
    const violations = await seriousViolations(page);
    expect(violations.length, describeViolations(violations)).toBe(0);
    expect(log.problems).toEqual([]);
    await page.context().close();
  });
});

// One browser page goes through every chart's embed page in turn, which takes seconds where a page each would
// take minutes.
describe.each(["light", "dark"] as const)("axe-core on every chart's embed page, %s mode", (colorScheme) => {
  it(`the ${EMBED_PAGES.length} embed pages draw their chart and have no serious or critical violation`, async () => {
    const base = inject("baseUrl");
    const {page, log} = await openPage(browser, `${base}${EMBED_PAGES[0]}`, {
      colorScheme,
      viewport: {width: 1280, height: 900}
    });
    // axe in every document the page opens from here on, rather than sent to each one.
    await page.context().addInitScript({path: AXE});
    const failures: string[] = [];
    for (const [i, path] of EMBED_PAGES.entries()) {
      // (settled waits for the chart; the load event is enough to start waiting.)
      if (i > 0) await page.goto(`${base}${path}`, {waitUntil: "load"});
      await settled(page);
      if (!(await page.locator(".chart-figure .chart-canvas svg[aria-label], .chart-figure .chart-empty").count()))
        failures.push(`/${path}: no chart drawn`);
      const violations = await seriousViolations(page);
      if (violations.length) failures.push(`/${path}: ${describeViolations(violations)}`);
    }
    expect(failures).toEqual([]);
    expect(log.problems).toEqual([]);
    await page.context().close();
  }, 600_000);
});

describe("the reader", () => {
  it("marks an Arabic document's text lang=ar, right to left, and every other document's as its language", async () => {
    for (const [i, path] of READER_PAGES.entries()) {
      const {page} = await openPage(browser, `${inject("baseUrl")}${path}`);
      await settled(page);
      const attributes = await page.$eval(".source-text", (n) => ({
        lang: n.getAttribute("lang"),
        dir: n.getAttribute("dir"),
        direction: getComputedStyle(n).direction
      }));
      const arabic = /[\u0600-\u06ff]/.test(seedMetadata()[i].title);
      expect(attributes, path).toEqual(
        arabic ? {lang: "ar", dir: "rtl", direction: "rtl"} : {lang: "en", dir: "ltr", direction: "ltr"}
      );
      await page.context().close();
    }
  });

  it.each(["light", "dark"] as const)(
    "marks extracted numbers by underline and weight, not colour alone (%s)",
    async (colorScheme) => {
      // The reader of the document with the most extracted numbers.
      const [busiest] = await queryRows(
        join(ROOT, "data/migstat.duckdb"),
        "SELECT doc_id FROM documents ORDER BY n_observations DESC LIMIT 1"
      );
      const {page} = await openPage(browser, `${inject("baseUrl")}sources/${busiest.doc_id}`, {colorScheme});
      await settled(page);
      const styles = await page.$$eval(".source-text a.obs", (nodes) =>
        nodes.slice(0, 50).map((n) => {
          const style = getComputedStyle(n);
          const text = getComputedStyle(n.closest(".source-text")!);
          return {
            line: style.textDecorationLine,
            weight: Number(style.fontWeight),
            textWeight: Number(text.fontWeight),
            color: style.color,
            textColor: text.color
          };
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
    }
  );
});

describe("charts", () => {
  let titles: Map<string, string>;
  beforeAll(async () => {
    titles = chartTitles(await queryRows(join(ROOT, "data/migstat.duckdb"), "SELECT * FROM series"));
  });

  it.each(CHART_PAGES)(
    "/%s: each chart is a named, described graphics document whose bars stay in the accessibility tree",
    async (path) => {
      const {page} = await openPage(browser, `${inject("baseUrl")}${path}`);
      await settled(page);
      const charts = await page.$$eval(".chart-figure", (figures) =>
        figures.map((figure) => {
          const svg = figure.querySelector(".chart-canvas svg")!;
          const description = document.getElementById(svg.getAttribute("aria-describedby") ?? "");
          const details = document.getElementById(svg.getAttribute("aria-details") ?? "");
          const bars = [...svg.querySelectorAll("[data-obs-id]")];
          return {
            id: figure.getAttribute("data-chart-id")!,
            role: svg.getAttribute("role"),
            label: svg.getAttribute("aria-label"),
            description: description?.textContent ?? null,
            details: details?.querySelector("table") ? details.id : null,
            bars: bars.length,
            barLabels: bars.map((b) => b.getAttribute("aria-label") ?? ""),
            labelled: bars.filter(
              (b) => b.getAttribute("role") === "graphics-symbol" && (b.getAttribute("aria-label") ?? "").length > 0
            ).length,
            hidden: bars.filter((b) => b.closest('[aria-hidden="true"], [role="img"]')).length
          };
        })
      );
      expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(chart.role, chart.id).toBe("graphics-document");
        expect(chart.label, chart.id).toBe(titles.get(chart.id));
        expect(chart.description, chart.id).toMatch(/Bar chart of|Line chart of|small bar charts/);
        expect(chart.details, chart.id).toBe(`${chart.id}-table`);
        expect(chart.labelled, chart.id).toBe(chart.bars);
        expect(chart.hidden, chart.id).toBe(0);
      }
      // As the browser exposes them to assistive technology: each chart a graphics document (not an image, whose
      // content a screen reader skips) named by its title and described in words, with its bars inside it.
      const cdp = await page.context().newCDPSession(page);
      const {nodes} = (await cdp.send("Accessibility.getFullAXTree")) as {
        nodes: {
          nodeId: string;
          role?: {value: string};
          name?: {value: string};
          description?: {value: string};
          ignored: boolean;
          childIds?: string[];
        }[];
      };
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const descendants = (n: (typeof nodes)[number]): (typeof nodes)[number][] =>
        (n.childIds ?? [])
          .map((id) => byId.get(id)!)
          .filter(Boolean)
          .flatMap((c) => [c, ...descendants(c)]);
      for (const chart of charts) {
        // (A generated chart is named like the heading of its section: the graphics document of that name.)
        const named = nodes.filter(
          (n) => n.name?.value === titles.get(chart.id) && !n.ignored && n.role?.value !== "StaticText"
        );
        const node = named.find((n) => n.role?.value === "graphics-document") ?? named[0];
        expect(node?.role?.value, chart.id).toBe("graphics-document");
        expect(node?.description?.value, chart.id).toMatch(/Bar chart of|Line chart of|small bar charts/);
        const exposed = new Set(
          descendants(node!)
            .filter((n) => n.role?.value === "graphics-symbol" && !n.ignored)
            .map((n) => n.name?.value)
        );
        expect(
          chart.barLabels.filter((label) => !exposed.has(label)),
          chart.id
        ).toEqual([]);
      }
      await page.context().close();
    }
  );

  it("leads from a chart's bars to its figures as a table, from the keyboard", async () => {
    const {page} = await openPage(browser, `${inject("baseUrl")}border`);
    await settled(page);
    const figure = page.locator('[data-chart-id="border-detentions"]');
    await figure.locator('svg [data-obs-id][tabindex="0"]').focus();
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    expect(focused).toMatch(/^Show the \d+ figures as a table$/);
    await page.keyboard.press("Enter");
    await expect(figure.locator(".chart-table").isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("border-detentions-table");
    const rows = await figure.locator(".chart-table tbody tr").count();
    expect(rows).toBe(await figure.locator("svg [data-obs-id]").count());
    await page.context().close();
  });
});
