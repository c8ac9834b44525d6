/**
 * Two documents that state one figure with different values, read by the real loaders in a copy of the
 * project with the bundled seeds: the data quality page shows the sources_differ warning with both quotes,
 * and the chart shows the headline value as its bar and each document's value as a diamond whose tooltip
 * names the document. Built in a copy so this checkout's dist/ and data/ stay as they are.
 */
import {mkdtempSync, rmSync} from "node:fs";
import type {Server} from "node:http";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {queryRows} from "../../loaders/db/query.js";
import {writeSeed} from "../seed-dir.js";
import {buildAndServe, copyProject, launchBrowser, openPage} from "./site.js";

const REPORT = "In 2019, there were 57 victims of trafficking.";
const PRESS = "In 2019, there were 63 victims of trafficking.";
const CHART_ID = "trafficking-victims-by-sex";

const copy = mkdtempSync(join(tmpdir(), "migstat-sources-"));
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  copyProject(copy);
  // The state's own report and a later press item on the seeds' state; the report ranks first although the press
  // item is newer.
  writeSeed(join(copy, "seeds"), "zz-sources-report.txt", `1. ${REPORT}\n`, {
    title: "Report on trafficking in 2019",
    kind: "periodic_report",
    state: "AZE",
    date: "2022-03-01"
  });
  writeSeed(join(copy, "seeds"), "zz-sources-press.txt", `1. ${PRESS}\n`, {
    title: "Trafficking figures for 2019",
    publisher: "A news agency",
    kind: "press_item",
    state: "AZE",
    date: "2022-06-01"
  });
  ({server, base} = await buildAndServe(copy));
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  rmSync(copy, {recursive: true, force: true});
});

describe("two documents stating one figure differently", () => {
  it("are read by the loaders into one series point with both sources and a sources_differ warning", async () => {
    const db = join(copy, "data/migstat.duckdb");
    const points = await queryRows(
      db,
      `SELECT doc_id, value, n_sources FROM series WHERE indicator = 'trafficking_victims' AND period_label = '2019'
         AND sex IS NULL AND age_group IS NULL AND country IS NULL AND citizenship IS NULL AND category IS NULL`
    );
    expect(points).toEqual([{doc_id: "zz-sources-report", value: 57, n_sources: 2}]);
    const checks = await queryRows(db, `SELECT check_id, status, detail FROM checks WHERE kind = 'sources_differ'`);
    expect(checks).toEqual([
      {
        check_id: "zz-sources-report:s0001",
        status: "warn",
        detail: "57 persons (zz-sources-report, 1) vs 63 persons (zz-sources-press, 1)"
      }
    ]);
  });

  it("shows the warning on the data quality page with both documents' quotes", async () => {
    const {page, log} = await openPage(browser, `${base}data-quality`);
    const card = page.locator('.check-card[data-check-id="zz-sources-report:s0001"]');
    await card.waitFor();
    expect(await card.getAttribute("data-status")).toBe("warn");
    const text = (await card.textContent()) ?? "";
    expect(text).toContain("Trafficking victims, 2019");
    expect(text).toContain("Sources differ");
    const quotes = await card.locator(".check-quote blockquote").allTextContents();
    expect(quotes.sort()).toEqual([REPORT, PRESS].sort());
    expect(log.problems).toEqual([]);
    await page.context().close();
  });

  it("draws the headline as the bar and each document's value as a diamond naming its document", async () => {
    const {page, log} = await openPage(browser, `${base}trafficking`);
    const figure = page.locator(`figure[data-chart-id="${CHART_ID}"]`);
    await figure.locator("svg").waitFor();
    type Figure = {marks(): {obs_id: string; value: number; period_label: string}[]; select(id: string): void};
    const bars = await figure.evaluate((node) => (node as unknown as Figure).marks());
    const headline = bars.filter((m) => m.period_label === "2019");
    expect(headline.map((m) => m.value)).toEqual([57]);
    const diamonds = figure.locator("svg .mark-symbol.role-mark path");
    const labels = await diamonds.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label") ?? ""));
    expect(labels).toHaveLength(2);
    expect(labels.find((l) => l.includes("57 persons"))).toMatch(/the headline/);
    expect(labels.find((l) => l.includes("63 persons"))).toMatch(/Press item, 2022/);
    // The press item's diamond: its tooltip gives its value, its document and its quote.
    await diamonds.nth(labels.findIndex((l) => l.includes("63 persons"))).hover();
    const tooltip = figure.locator(".chart-tooltip");
    await tooltip.waitFor({state: "visible"});
    const shown = (await tooltip.textContent()) ?? "";
    expect(shown).toContain("63 persons");
    expect(shown).toContain("Press item, 2022");
    expect(shown).toContain(PRESS);
    // The headline bar's source panel lists both documents, the headline first, with their quotes.
    await figure.evaluate((node, id) => (node as unknown as Figure).select(id), headline[0].obs_id);
    const listed = await figure.locator(".provenance-sources li").allTextContents();
    expect(listed).toHaveLength(2);
    expect(listed[0]).toContain("57 persons");
    expect(listed[0]).toContain(REPORT);
    expect(listed[1]).toContain("63 persons");
    expect(listed[1]).toContain(PRESS);
    expect(log.problems).toEqual([]);
    await page.context().close();
  });
});
