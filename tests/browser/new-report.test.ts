/**
 * A report added to the seeds reaches its family page with no page edited: in a copy of the project with one more
 * seed (tests/fixtures/new-report/, read by the general reader, no spec), the built work permits page shows each
 * of its indicators with its registry label and definition, a chart of exactly its rows, and a source line naming
 * the report and its paragraphs. The checkout's own site, built without it, shows none of its figures.
 */
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import type {Server} from "node:http";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {queryRows} from "../../loaders/db/query.js";
import {INDICATOR_BY_ID} from "../../loaders/registry/index.js";
import {writeSeed} from "../seed-dir.js";
import {settled} from "./pages.js";
import {buildAndServe, copyProject, launchBrowser, openPage, ROOT} from "./site.js";

const FIXTURE = join(ROOT, "tests/fixtures/new-report/work-permits-2021-2022.txt");
const DOC_ID = "mda-labour-2023";
const TITLE = "Second report of the Republic of Moravia on the employment of migrant workers";
// The figures the report states, by indicator, as the general reader reads them.
const STATED: Record<string, [string, number][]> = {
  work_permits_issued: [
    ["2021", 4512],
    ["2022", 5130]
  ],
  work_permit_extensions: [
    ["2021", 1204],
    ["2022", 1377]
  ],
  work_permit_applications: [["2022", 6020]]
};

const copy = mkdtempSync(join(tmpdir(), "migstat-new-report-"));
let server: Server;
let baseUrl: string;
let browser: Browser;

async function section(page: Page, indicator: string) {
  const node = page.locator(`section.family-indicator[data-indicator="${indicator}"]`);
  return {
    count: await node.count(),
    heading: await node.locator("h3").first().textContent(),
    definition: await node.locator(".indicator-definition").textContent(),
    periods: await node.locator(".indicator-periods").textContent(),
    source: await node.locator(".indicator-source").textContent(),
    charts: await node.locator(".chart-figure").evaluateAll((figures) =>
      figures.map((f) => ({
        id: f.getAttribute("data-chart-id"),
        marks: (f as unknown as {marks(): {obs_id: string; value: number}[]}).marks()
      }))
    )
  };
}

beforeAll(async () => {
  // The project as committed (plus working-tree edits), and one more seed.
  copyProject(copy);
  writeSeed(join(copy, "seeds"), `${DOC_ID}.txt`, readFileSync(FIXTURE), {
    doc_id: DOC_ID,
    title: TITLE,
    publisher: "Labour Migration Office",
    date: "2023-03",
    kind: "periodic_report"
  });
  ({server, base: baseUrl} = await buildAndServe(copy));
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  rmSync(copy, {recursive: true, force: true});
});

describe("a new report", () => {
  it("adds no page: the family pages are the same files", () => {
    for (const page of ["work-permits-residence", "trafficking", "other-families"])
      expect(readFileSync(join(copy, `src/${page}.md`), "utf8")).toBe(
        readFileSync(join(ROOT, `src/${page}.md`), "utf8")
      );
  });

  it("has its figures charted on the family page, with label, definition and source", async () => {
    // The fixture's sidecar names no state while the seeds name one, so its figures are under "No state given".
    const {page, log} = await openPage(browser, `${baseUrl}work-permits-residence?state=none`);
    await settled(page);
    const database = join(copy, "data/migstat.duckdb");
    for (const [indicator, stated] of Object.entries(STATED)) {
      const rows = await queryRows(
        database,
        `SELECT obs_id, period_label, value FROM series WHERE doc_id = '${DOC_ID}' AND indicator = '${indicator}' ORDER BY period_label`
      );
      expect(
        rows.map((r) => [r.period_label, Number(r.value)]),
        indicator
      ).toEqual(stated);
      const shown = await section(page, indicator);
      const info = INDICATOR_BY_ID.get(indicator)!;
      expect(shown.count, indicator).toBe(1);
      expect(shown.heading).toBe(info.label);
      expect(shown.definition).toBe(info.definition);
      expect(shown.periods).toBe(stated.length === 2 ? "Stated for 2021 and 2022." : "Stated for 2022.");
      // The source line is built from the sidecar and the paragraphs the figures were read from.
      expect(shown.source).toContain(TITLE);
      expect(shown.source).toMatch(/, paras?\. \d/);
      // Its trend chart, named after the indicator, draws exactly its rows.
      const trend = shown.charts.find((c) => c.id === indicator.replaceAll("_", "-"));
      expect(trend, indicator).toBeDefined();
      expect(trend!.marks.map((m) => [m.obs_id, m.value]).sort()).toEqual(
        rows.map((r) => [r.obs_id, Number(r.value)]).sort()
      );
    }
    // Drawn on a time scale, as bars (fewer than four periods), and listed in registry order.
    const kinds = await page
      .locator('[data-chart-id="work-permits-issued"] svg')
      .evaluate((svg) => svg.querySelectorAll('[aria-roledescription="bar"]').length);
    expect(kinds).toBe(2);
    const order = await page
      .locator("section.family-indicator")
      .evaluateAll((sections) => sections.map((s) => s.getAttribute("data-indicator")));
    const ranks = order.map((id) => [...INDICATOR_BY_ID.keys()].indexOf(id!));
    expect(ranks.filter((r) => r >= 0)).toEqual([...ranks.filter((r) => r >= 0)].sort((a, b) => a - b));
    expect(log.problems).toEqual([]);
    await page.context().close();
  });

  it("is not on the checkout's own site, built without it", async () => {
    const {page} = await openPage(browser, `${inject("baseUrl")}work-permits-residence`);
    await settled(page);
    // The seeds state some of these indicators themselves (work_permits_issued): none of them is sourced to the report.
    for (const indicator of Object.keys(STATED)) {
      const sources = page.locator(`section.family-indicator[data-indicator="${indicator}"] .indicator-source`);
      for (const source of await sources.allTextContents()) expect(source, indicator).not.toContain(TITLE);
    }
    await page.context().close();
  });
});
