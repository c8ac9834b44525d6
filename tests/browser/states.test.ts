/**
 * Documents of a second state: in a copy of the project with the bundled seeds (Azerbaijan), a short report of the
 * Republic of Moldova and one whose sidecar names no state (tests/fixtures/states/), the built pages show a state
 * selector kept in the URL, every figure of a family page narrowed to the chosen state (its charts titled with the
 * state's name, its files and embed page that state's), the documents that name no state as a choice of their own,
 * and the overview a comparison of the indicator both states state. Built in a copy so this checkout's dist/ and
 * data/ stay as they are.
 */
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import type {Server} from "node:http";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {queryRows} from "../../loaders/db/query.js";
import {csvObjects} from "../parse-csv.js";
import {writeSeed} from "../seed-dir.js";
import {settled} from "./pages.js";
import {buildAndServe, copyProject, launchBrowser, openPage, ROOT} from "./site.js";

const DOC_ID = "mda-trafficking-2020";
const TITLE = "Report of the Republic of Moldova on preventing and combating trafficking in human beings, 2018-2019";
const UNSTATED = "unstated-trafficking-2021";

const copy = mkdtempSync(join(tmpdir(), "migstat-states-"));
let server: Server;
let base: string;
let browser: Browser;

// The yearly totals of trafficking victims each state's documents state (null: documents that name none), as the
// loaders read them.
async function totals(state: string | null): Promise<number[]> {
  const rows = await queryRows(
    join(copy, "data/migstat.duckdb"),
    `SELECT s.value FROM series s JOIN documents d USING (doc_id)
     WHERE ${state ? `d.state = '${state}'` : "d.state IS NULL"} AND s.indicator = 'trafficking_victims' AND s.sex IS NULL AND s.age_group IS NULL
       AND s.country IS NULL AND s.citizenship IS NULL AND s.category IS NULL AND s.period_label SIMILAR TO '[0-9]{4}(H1)?'
     ORDER BY s.period_start`
  );
  return rows.map((r) => Number(r.value));
}

// The marks of every chart in the trafficking victims section, and the charts' names.
async function victimsSection(page: Page) {
  const section = page.locator('section.family-indicator[data-indicator="trafficking_victims"]');
  return {
    source: await section.locator(".indicator-source").textContent(),
    titles: await section
      .locator(".chart-figure svg[aria-label]")
      .evaluateAll((svgs) => svgs.map((s) => s.getAttribute("aria-label"))),
    citations: await section.locator(".chart-figure .cite-text").allTextContents(),
    values: (
      await section
        .locator(".chart-figure")
        .evaluateAll((figures) =>
          figures.flatMap((f) => (f as unknown as {marks(): {value: number}[]}).marks().map((m) => m.value))
        )
    ).sort((a, b) => a - b)
  };
}

beforeAll(async () => {
  copyProject(copy);
  writeSeed(join(copy, "seeds"), `${DOC_ID}.txt`, readFileSync(join(ROOT, `tests/fixtures/states/${DOC_ID}.txt`)), {
    title: TITLE,
    publisher: "Government of the Republic of Moldova",
    date: "2020-06",
    kind: "periodic_report",
    state: "MDA"
  });
  writeSeed(join(copy, "seeds"), `${UNSTATED}.txt`, readFileSync(join(ROOT, `tests/fixtures/states/${UNSTATED}.txt`)), {
    title: "Annual report on the assistance given to victims of trafficking in human beings, 2020",
    publisher: "Tests",
    date: "2021-03",
    kind: "periodic_report"
  });
  ({server, base} = await buildAndServe(copy));
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  rmSync(copy, {recursive: true, force: true});
});

describe("documents of two states", () => {
  it("are read with their state, each state's figures apart", async () => {
    expect(await totals("MDA")).toEqual([262, 310]);
    expect((await totals("AZE")).length).toBeGreaterThan(0);
    expect(await totals(null)).toEqual([48]);
  });

  it("give the family page a state selector that narrows its figures and is kept in the URL", async () => {
    const {page, log} = await openPage(browser, `${base}trafficking`);
    await settled(page);
    const select = page.locator(".state-filter select#filter-state");
    expect(await select.locator("option").allTextContents()).toEqual([
      "Azerbaijan",
      "Republic of Moldova",
      "No state given"
    ]);
    // The state with the most documents first: none of Moldova's figures is shown.
    expect(await select.inputValue()).toBe("AZE");
    const azerbaijan = await victimsSection(page);
    expect(azerbaijan.values).not.toContain(310);
    expect(azerbaijan.source).not.toContain(TITLE);
    expect(azerbaijan.titles.every((t) => t?.endsWith("— Azerbaijan"))).toBe(true);

    await select.selectOption("MDA");
    await settled(page);
    expect(new URL(page.url()).searchParams.get("state")).toBe("MDA");
    const moldova = await victimsSection(page);
    expect(moldova.values).toEqual(await totals("MDA"));
    // One source, the report of Moldova, with the paragraphs its figures come from.
    expect(moldova.source).toMatch(/^Source: [^·]+, paras?\. \d/);
    expect(moldova.source).toContain(TITLE);
    expect(moldova.titles.length).toBeGreaterThan(0);
    expect(moldova.titles.every((t) => t?.endsWith("— Republic of Moldova"))).toBe(true);
    expect(moldova.citations.every((c) => c.includes("— Republic of Moldova”") && c.includes(TITLE))).toBe(true);

    await page.reload({waitUntil: "networkidle"});
    await settled(page);
    expect(await page.locator(".state-filter select#filter-state").inputValue()).toBe("MDA");
    expect((await victimsSection(page)).values).toEqual(await totals("MDA"));
    expect(log.problems).toEqual([]);
  });

  it("give each chart files and an embed page per state, which the page's links follow", async () => {
    const {page, log} = await openPage(browser, `${base}trafficking?state=MDA`);
    await settled(page);
    const section = page.locator('section.family-indicator[data-indicator="trafficking_victims"]');
    const figure = section.locator(".chart-figure").first();
    const id = await figure.getAttribute("data-chart-id");
    const csv = await figure.locator('.cite-files a[data-format="CSV"]').getAttribute("href");
    expect(csv).toMatch(new RegExp(`/exports/${id}--mda\\.csv$`));
    const rows = csvObjects(await (await page.request.get(csv!)).text());
    expect(rows.map((r) => Number(r.value)).sort((a, b) => a - b)).toEqual(await totals("MDA"));
    expect(new Set(rows.map((r) => r.state))).toEqual(new Set(["MDA"]));
    expect(new Set(rows.map((r) => r.doc_id))).toEqual(new Set([DOC_ID]));
    for (const format of ["SVG", "PNG", "Vega-Lite spec"]) {
      const href = await figure.locator(`.cite-files a[data-format="${format}"]`).getAttribute("href");
      expect(href).toContain(`/exports/${id}--mda.`);
      expect((await page.request.get(href!)).status(), format).toBe(200);
    }
    // The embed page draws Moldova's figures alone and links back to the page with Moldova chosen.
    const embed = await figure.locator(".chart-cite a", {hasText: "Open the embed"}).getAttribute("href");
    expect(embed).toMatch(new RegExp(`/embed/${id}--mda$`));
    const opened = await openPage(browser, embed!);
    await opened.page.waitForSelector(".chart-figure svg[aria-label]");
    const values = await opened.page
      .locator(".chart-figure")
      .evaluate((f) => (f as unknown as {marks(): {value: number}[]}).marks().map((m) => m.value));
    expect(values.sort((a, b) => a - b)).toEqual(await totals("MDA"));
    expect(await opened.page.locator(".chart-figure svg[aria-label]").getAttribute("aria-label")).toMatch(
      /— Republic of Moldova$/
    );
    expect(await opened.page.locator(`a[href*="trafficking?state=MDA#chart-${id}"]`).count()).toBe(1);
    expect(opened.log.problems).toEqual([]);
    // Azerbaijan's files hold none of Moldova's rows.
    const aze = csvObjects(await (await page.request.get(csv!.replace("--mda.csv", "--aze.csv"))).text());
    expect(aze.length).toBeGreaterThan(0);
    expect(new Set(aze.map((r) => r.state))).toEqual(new Set(["AZE"]));
    // The index of the exports lists each state's chart, and no file of the chart over every state.
    const index = (await (await page.request.get(`${base}exports/index.json`)).json()) as {charts: {id: string}[]};
    const ids = index.charts.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([`${id}--aze`, `${id}--mda`, "overview-states"]));
    expect(ids).not.toContain(id);
    expect((await page.request.get(`${base}exports/${id}.csv`)).status()).toBe(404);
    expect(log.problems).toEqual([]);
  });

  it("show the documents that name no state under a choice of their own, and with no state", async () => {
    const {page, log} = await openPage(browser, `${base}trafficking?state=none`);
    await settled(page);
    expect(await page.locator(".state-filter select#filter-state").inputValue()).toBe("none");
    const unstated = await victimsSection(page);
    expect(unstated.values).toEqual([48]);
    expect(unstated.titles.every((t) => t?.endsWith("— No state given"))).toBe(true);
    // Under a state, none of its figures.
    await page.locator(".state-filter select#filter-state").selectOption("MDA");
    await settled(page);
    expect((await victimsSection(page)).values).not.toContain(48);
    const overview = await openPage(browser, `${base}?state=none`);
    await settled(overview.page);
    const documents = await overview.page
      .locator("table.documents tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-doc-id")));
    expect(documents).toEqual([UNSTATED]);
    expect(log.problems).toEqual([]);
    expect(overview.log.problems).toEqual([]);
  });

  it("give the overview a comparison of the indicator both states state, and narrow the rest", async () => {
    const {page, log} = await openPage(browser, `${base}?state=MDA`);
    await settled(page);
    expect(await page.locator(".state-filter select#filter-state").inputValue()).toBe("MDA");
    const documents = await page
      .locator("table.documents tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-doc-id")));
    expect(documents).toEqual([DOC_ID]);
    const comparison = page.locator('.state-comparison .chart-figure[data-chart-id="overview-states"]');
    expect(await comparison.count()).toBe(1);
    const values = await comparison.evaluate((f) =>
      (f as unknown as {marks(): {value: number}[]}).marks().map((m) => m.value)
    );
    expect(values.sort((a, b) => a - b)).toEqual(
      [...(await totals("AZE")), ...(await totals("MDA"))].sort((a, b) => a - b)
    );
    expect(await page.locator(".state-comparison p").first().textContent()).toContain(
      "Azerbaijan, Republic of Moldova"
    );
    expect(log.problems).toEqual([]);
  });

  it("narrow the data quality page to the checks of the chosen state's documents", async () => {
    const checksOf = async (state: string) =>
      (
        await queryRows(
          join(copy, "data/migstat.duckdb"),
          `SELECT c.check_id FROM checks c JOIN documents d USING (doc_id) WHERE d.state = '${state}' ORDER BY 1`
        )
      ).map((r) => String(r.check_id));
    for (const [query, state] of [
      ["", "AZE"],
      ["?state=MDA", "MDA"]
    ]) {
      const {page, log} = await openPage(browser, `${base}data-quality${query}`);
      await page.waitForSelector(".state-filter select#filter-state");
      expect(await page.locator(".state-filter select#filter-state").inputValue()).toBe(state);
      const shown = await page
        .locator(".check-card[data-check-id]")
        .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-check-id")));
      expect(shown.sort(), state).toEqual(await checksOf(state));
      expect(log.problems).toEqual([]);
    }
    // Moldova's report states two yearly figures and checks none of Azerbaijan's.
    expect(await checksOf("AZE")).not.toEqual([]);
  });

  it("narrow the sources page to the chosen state", async () => {
    const {page} = await openPage(browser, `${base}sources?state=MDA`);
    await page.waitForSelector(".sources-totals");
    expect(await page.locator(".sources-totals").textContent()).toMatch(/^1 documents? /);
  });
});
