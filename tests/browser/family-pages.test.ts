// The family pages in headless Chromium: every chart's marks are the database's rows, partial periods
// are marked, a mark leads to its exact quote, filters survive a reload, and nothing leaves 127.0.0.1.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {queryRows} from "../../loaders/db/query.js";
import {FAMILY_REGISTRY, INDICATOR_BY_ID} from "../../loaders/registry/index.js";
import {launchBrowser, openPage, ROOT, type PageLog} from "./site.js";

const DATABASE = join(ROOT, "data/migstat.duckdb");
const collapse = (text: unknown) =>
  String(text ?? "")
    .replace(/\s+/g, " ")
    .trim();

interface SeriesRow {
  obs_id: string;
  value: number;
  quote: string;
  partial: boolean;
  period_label: string;
}

interface Mark {
  obs_id: string;
  value: number;
  plotted: number;
  share: number | null;
  partial: boolean;
  period_label: string;
}

// Flow periods: a year, a half-year or a school year (not a total over a span, not a stock on a date).
const FLOW = `regexp_full_match(period_label, '\\d{4}(H[12])?|\\d{4}/\\d{4}')`;
const NO_BREAKDOWN =
  "country IS NULL AND citizenship IS NULL AND sex IS NULL AND age_group IS NULL AND category IS NULL";

// For one chart per page at least, the rows it must show, selected in SQL independently of the page's code.
const EXPECTED: Record<string, {page: string; sql: string}> = {
  "residence-by-year": {
    page: "work-permits-residence",
    sql: `indicator IN ('temporary_residence_permits', 'permanent_residence_permits', 'temporary_stay_extensions', 'registered_place_of_stay') AND ${NO_BREAKDOWN} AND ${FLOW}`
  },
  "border-arrivals-departures": {
    page: "border",
    sql: `indicator IN ('foreigners_arrived', 'foreigners_departed') AND ${NO_BREAKDOWN} AND ${FLOW}`
  },
  "detention-by-age": {
    page: "detention",
    sql: `indicator = 'detention_placements' AND age_group IS NOT NULL AND sex IS NULL AND country IS NULL AND citizenship IS NULL AND category IS NULL AND ${FLOW}`
  },
  "detention-by-sex": {
    page: "detention",
    sql: `indicator = 'detention_placements' AND sex IS NOT NULL AND age_group IS NULL AND country IS NULL AND citizenship IS NULL AND category IS NULL AND ${FLOW}`
  },
  "remittances-by-country": {
    page: "remittances",
    sql: `indicator = 'remittances_received' AND country IS NOT NULL AND ${FLOW}`
  },
  "trafficking-victims-by-sex": {
    page: "trafficking",
    sql: `indicator = 'trafficking_victims' AND country IS NULL AND citizenship IS NULL AND category IS NULL AND ${FLOW}`
  },
  "readmission-by-country": {page: "other-families", sql: `indicator = 'persons_readmitted' AND country IS NOT NULL`},
  // Generated from the registry: an indicator's trend of stated totals, and its breakdowns.
  "temporary-residence-permits": {
    page: "work-permits-residence",
    sql: `indicator = 'temporary_residence_permits' AND ${NO_BREAKDOWN} AND ${FLOW}`
  },
  "trafficking-victims": {
    page: "trafficking",
    sql: `indicator = 'trafficking_victims' AND ${NO_BREAKDOWN} AND ${FLOW}`
  },
  "persons-criminally-liable": {
    page: "trafficking",
    sql: `indicator = 'persons_criminally_liable' AND ${NO_BREAKDOWN} AND ${FLOW}`
  },
  "illegal-arrivals-organised-by-citizenship": {
    page: "border",
    sql: `indicator = 'illegal_arrivals_organised' AND citizenship IS NOT NULL AND ${FLOW}`
  },
  "marriages-with-foreigners": {
    page: "other-families",
    sql: `indicator = 'marriages_with_foreigners' AND ${NO_BREAKDOWN} AND ${FLOW}`
  }
};

const PAGES = ["work-permits-residence", "border", "detention", "remittances", "trafficking", "other-families"];
const PAGE_BUDGET = 400_000; // bytes, gzip-compressed, of everything a page loads

// What a compressing server would send for the files a page requested, read from dist/.
function gzipWeight(requests: string[]): number {
  let total = 0;
  for (const href of new Set(requests)) {
    let path = decodeURIComponent(new URL(href).pathname);
    if (path.endsWith("/")) path += "index.html";
    else if (!/\.[a-z0-9]+$/i.test(path)) path += ".html";
    try {
      total += gzipSync(readFileSync(join(ROOT, "dist", path)), {level: 9}).length;
    } catch {
      // not a file of the site (favicon)
    }
  }
  return total;
}

let browser: Browser;
let series: Map<string, SeriesRow>;
const opened = new Map<string, {page: Page; log: PageLog}>();

async function dbRows(where: string): Promise<SeriesRow[]> {
  return (await queryRows(
    DATABASE,
    `SELECT obs_id, value, quote, partial, period_label FROM series WHERE ${where} ORDER BY obs_id`
  )) as unknown as SeriesRow[];
}

async function waitForCharts(page: Page) {
  await page.waitForSelector("main .chart-figure", {timeout: 30_000});
  await page.waitForFunction(
    () => [...document.querySelectorAll(".chart-figure")].every((f) => f.querySelector("svg, .chart-empty")),
    undefined,
    {timeout: 30_000}
  );
}

async function load(path: string) {
  if (!opened.has(path)) {
    const loaded = await openPage(browser, `${inject("baseUrl")}${path}`);
    await waitForCharts(loaded.page);
    opened.set(path, loaded);
  }
  return opened.get(path)!;
}

function marksOf(page: Page, id: string): Promise<Mark[]> {
  return page.locator(`[data-chart-id="${id}"]`).evaluate((figure) => (figure as unknown as {marks(): Mark[]}).marks());
}

beforeAll(async () => {
  browser = await launchBrowser();
  series = new Map((await dbRows("true")).map((row) => [row.obs_id, row]));
});

afterAll(async () => {
  await browser?.close();
});

describe.each(PAGES)("%s page", (path) => {
  it("loads everything from 127.0.0.1 and reports no error", async () => {
    const {page, log} = await load(path);
    expect(log.external).toEqual([]);
    expect(log.problems).toEqual([]);
    // The bundled seeds are of one state: no state selector.
    expect(await page.locator(".state-filter").count()).toBe(0);
  });

  it(`weighs under ${PAGE_BUDGET / 1000} kB compressed`, async () => {
    const {log} = await load(path);
    const weight = gzipWeight(log.requests);
    console.log(`${path}: ${log.requests.length} requests, ${(weight / 1000).toFixed(0)} kB gzip`);
    expect(weight).toBeLessThan(PAGE_BUDGET);
  });

  it("draws every chart mark from a database row, with its stated value", async () => {
    const {page} = await load(path);
    const ids = await page.$$eval(".chart-figure", (figures) => figures.map((f) => f.getAttribute("data-chart-id")!));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const marks = await marksOf(page, id);
      const svgMarks = await page.locator(`[data-chart-id="${id}"] svg [data-obs-id]`).count();
      expect(svgMarks, id).toBe(marks.length);
      expect(new Set(marks.map((m) => m.obs_id)).size, `${id}: one mark per observation`).toBe(marks.length);
      for (const mark of marks) {
        expect(series.get(mark.obs_id), `${id}: ${mark.obs_id} is in the series view`).toBeDefined();
        expect(mark.value, `${id}: ${mark.obs_id}`).toBe(series.get(mark.obs_id)!.value);
        expect(mark.plotted, `${id}: ${mark.obs_id} is drawn at its stated value or share`).toBe(
          mark.share ?? mark.value
        );
      }
    }
  });

  it("marks every first-half-year figure as partial", async () => {
    const {page} = await load(path);
    const ids = await page.$$eval(".chart-figure", (figures) => figures.map((f) => f.getAttribute("data-chart-id")!));
    for (const id of ids) {
      const marks = await marksOf(page, id);
      const partial = marks.filter((m) => m.partial);
      expect(partial.map((m) => m.obs_id).sort(), id).toEqual(
        marks
          .filter((m) => series.get(m.obs_id)!.partial)
          .map((m) => m.obs_id)
          .sort()
      );
      if (!partial.length) continue;
      const figure = page.locator(`[data-chart-id="${id}"]`);
      // A dashed outline on the partial marks, none on the others (layout.test.ts checks that their fill is
      // lighter, in light and dark mode).
      for (const mark of marks) {
        const style = await figure.locator(`svg [data-obs-id="${mark.obs_id}"]`).evaluate((node) => ({
          dash: node.getAttribute("stroke-dasharray") ?? "",
          stroke: Number(node.getAttribute("stroke-opacity") ?? 1)
        }));
        if (mark.partial) expect(style.dash, `${id}: ${mark.obs_id}`).toMatch(/\d+,\s*\d+/);
        else
          expect(style.dash === "" || /^1,\s*0$/.test(style.dash) || style.stroke === 0, `${id}: ${mark.obs_id}`).toBe(
            true
          );
      }
      // And an "H1 (partial)" label in the chart itself.
      const text = (await figure.locator("svg text").allTextContents()).join(" ");
      expect(text, id).toMatch(/H1/);
      expect(text, id).toMatch(/\(partial\)|\(H1, partial\)/);
    }
  });
});

describe.each(PAGES)("%s page, made from the registry", (path) => {
  it("has one section per indicator with figures, in registry order, with definition, periods and sources", async () => {
    const {page} = await load(path);
    const families = FAMILY_REGISTRY.filter((f) => f.page.replace(/#.*/, "") === `/${path}`).map((f) => f.id);
    const stated = await queryRows(
      DATABASE,
      `SELECT DISTINCT s.indicator, d.title FROM series s JOIN documents d USING (doc_id)
       WHERE s.family IN (${families.map((f) => `'${f}'`).join(", ")})`
    );
    const registered = [...INDICATOR_BY_ID.keys()];
    const expected = [...new Set(stated.map((r) => String(r.indicator)))].sort(
      (a, b) => registered.indexOf(a) - registered.indexOf(b)
    );
    const sections = await page.locator("section.family-indicator").evaluateAll((nodes) =>
      nodes.map((n) => ({
        indicator: n.getAttribute("data-indicator")!,
        heading: n.querySelector("h2, h3")?.textContent,
        definition: n.querySelector(".indicator-definition")?.textContent,
        periods: n.querySelector(".indicator-periods")?.textContent,
        source: n.querySelector(".indicator-source")?.textContent ?? ""
      }))
    );
    expect(sections.map((s) => s.indicator)).toEqual(expected);
    for (const section of sections) {
      const info = INDICATOR_BY_ID.get(section.indicator);
      expect(section.heading, section.indicator).toBe(info?.label);
      expect(section.definition, section.indicator).toBe(info?.definition);
      expect(section.periods, section.indicator).toMatch(/^Stated (for|as) .+\.$/);
      for (const {title} of stated.filter((r) => r.indicator === section.indicator))
        expect(section.source, section.indicator).toContain(String(title));
    }
    // No sentence written for one document: no paragraph numbers or date spans outside the source lines.
    const prose = await page.locator(".lead, .family-description").allTextContents();
    expect(prose.join(" ")).not.toMatch(/paragraphs? \d|CMW\/C|2013 to/);
  });
});

describe.each(Object.entries(EXPECTED))("chart %s", (id, {page: path, sql}) => {
  it("shows exactly the database rows for it, with their values", async () => {
    const {page} = await load(path);
    const expected = await dbRows(sql);
    const marks = await marksOf(page, id);
    expect(expected.length).toBeGreaterThan(0);
    expect(marks.map((m) => [m.obs_id, m.value]).sort()).toEqual(expected.map((r) => [r.obs_id, r.value]).sort());
    // The SVG's accessible labels carry the same values.
    const labels = await page
      .locator(`[data-chart-id="${id}"] svg [data-obs-id]`)
      .evaluateAll((nodes) => nodes.map((n) => [n.getAttribute("data-obs-id"), n.getAttribute("aria-label")]));
    for (const [obsId, label] of labels) {
      const value = new Intl.NumberFormat("en").format(series.get(obsId!)!.value);
      expect(label, `${id}: ${obsId}`).toContain(value);
    }
  });

  it("shows a mark's exact quote, document and location when the mark is clicked", async () => {
    const {page} = await load(path);
    const figure = page.locator(`[data-chart-id="${id}"]`);
    const marks = figure.locator("svg [data-obs-id]");
    const target = marks.nth((await marks.count()) - 1);
    const obsId = (await target.getAttribute("data-obs-id"))!;
    await target.click();
    await expect(figure.locator(".provenance").getAttribute("data-obs-id")).resolves.toBe(obsId);
    const quote = await figure.locator(".provenance-quote").textContent();
    expect(quote).toBe(collapse(series.get(obsId)!.quote));
    expect(await figure.locator(".provenance-source").textContent()).toMatch(/CMW\/C\/AZE\/3/);
  });

  it("lists exactly the chart's rows in its table and CSV", async () => {
    const {page} = await load(path);
    const figure = page.locator(`[data-chart-id="${id}"]`);
    const marks = (await marksOf(page, id)).map((m) => m.obs_id).sort();
    await figure.getByRole("button", {name: "Table", exact: true}).click();
    const tableIds = await figure
      .locator(".chart-table tbody tr")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-obs-id")));
    expect(tableIds.sort()).toEqual(marks);
    await figure.getByRole("button", {name: "Table", exact: true}).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      figure.getByRole("button", {name: "CSV"}).click()
    ]);
    const stream = await download.createReadStream();
    let csv = "";
    for await (const chunk of stream) csv += chunk;
    // Quotes are on one line, so each CSV line is one row.
    const [header, ...lines] = csv.trim().split("\n");
    expect(header.split(",").slice(0, 3)).toEqual(["obs_id", "doc_id", "un_symbol"]);
    expect(header).toContain("quote");
    expect(header).toContain("locator");
    expect(lines.map((line) => line.split(",")[0]).sort()).toEqual(marks);
  });
});

describe("provenance details", () => {
  it("reaches a quote from the keyboard", async () => {
    const {page} = await load("detention");
    const figure = page.locator('[data-chart-id="detention-by-sex"]');
    await figure.locator('svg [data-obs-id][tabindex="0"]').focus();
    await page.keyboard.press("ArrowRight");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-obs-id"));
    expect(focused).toBeTruthy();
    await page.keyboard.press("Enter");
    expect(await figure.locator(".provenance-quote").textContent()).toBe(collapse(series.get(focused!)!.quote));
  });

  it("flags the failed checks that touch a chart", async () => {
    const failed = await queryRows(
      DATABASE,
      `SELECT DISTINCT c.check_id FROM checks c JOIN check_observations co USING (check_id) JOIN observations o USING (obs_id)
       WHERE c.status = 'fail' AND o.indicator = 'persons_readmitted' AND o.country IS NOT NULL ORDER BY 1`
    );
    expect(failed.length).toBeGreaterThan(0);
    const {page} = await load("other-families");
    const listed = await page
      .locator('[data-chart-id="readmission-by-country"] .check-fail li')
      .evaluateAll((items) => items.map((i) => i.getAttribute("data-check-id")));
    expect(listed).toEqual(failed.map((c) => c.check_id));
  });

  it("shows multi-year totals as stated figures or bars for their span, not as bars per year", async () => {
    const {page} = await load("detention");
    const expected = await dbRows(`indicator = 'detention_placements' AND NOT ${FLOW}`);
    const cards = await page
      .locator('[data-chart-id="detention-placements-figures"] .stat-card')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-obs-id")));
    // The stated total is a card; its parts, stated for the same span, are bars side by side.
    const parts = (await marksOf(page, "detention-placements-by-category")).map((m) => m.obs_id);
    expect(cards.length).toBeGreaterThan(0);
    expect([...cards, ...parts].sort()).toEqual(expected.map((r) => r.obs_id).sort());
    const charted = (await marksOf(page, "detention-by-age")).concat(await marksOf(page, "detention-by-sex"));
    expect(charted.some((m) => expected.some((r) => r.obs_id === m.obs_id))).toBe(false);
    await page.locator('[data-chart-id="detention-placements-figures"] .stat-card').first().click();
    const obsId = await page
      .locator('[data-chart-id="detention-placements-figures"] .provenance')
      .getAttribute("data-obs-id");
    expect(await page.locator('[data-chart-id="detention-placements-figures"] .provenance-quote').textContent()).toBe(
      collapse(series.get(obsId!)!.quote)
    );
  });

  it("draws each country's share of the total the table states for its year", async () => {
    const totals = new Map(
      (
        await queryRows(
          DATABASE,
          `SELECT period_label, value FROM series WHERE indicator = 'remittances_received' AND ${NO_BREAKDOWN}`
        )
      ).map((r) => [r.period_label, Number(r.value)])
    );
    const {page} = await load("remittances");
    const marks = await marksOf(page, "remittances-shares");
    expect(marks.length).toBe(
      (await dbRows(`indicator = 'remittances_received' AND country IS NOT NULL AND ${FLOW}`)).length
    );
    for (const mark of marks) expect(mark.share).toBeCloseTo(mark.value / totals.get(mark.period_label)!, 12);
  });

  it("annualises half-year figures only when asked, and says so", async () => {
    const {page} = await openPage(browser, `${inject("baseUrl")}detention`);
    await waitForCharts(page);
    const figure = page.locator('[data-chart-id="detention-by-sex"]');
    await figure.getByLabel(/Annualise/).check();
    await page.waitForFunction(() =>
      document.querySelector('[data-chart-id="detention-by-sex"]')?.classList.contains("is-annualised")
    );
    const marks = await marksOf(page, "detention-by-sex");
    for (const mark of marks) expect(mark.plotted).toBe(mark.partial ? mark.value * 2 : mark.value);
    expect((await figure.locator("svg text").allTextContents()).join(" ")).toMatch(/annualised/);
    await page.context().close();
  });
});

describe("filters", () => {
  it("keeps a selection in the URL across a reload", async () => {
    const {page, log} = await openPage(browser, `${inject("baseUrl")}detention`);
    await waitForCharts(page);
    await page.locator("select#filter-age_group").selectOption("15-29");
    await page.locator("select#filter-period").selectOption("2018");
    await page.waitForFunction(
      () => location.search.includes("age_group=15-29") && location.search.includes("period=2018")
    );
    await page.reload({waitUntil: "networkidle"});
    await waitForCharts(page);
    expect(await page.locator("select#filter-age_group").inputValue()).toBe("15-29");
    expect(await page.locator("select#filter-period").inputValue()).toBe("2018");
    const expected = await dbRows(
      `indicator = 'detention_placements' AND age_group = '15-29' AND period_label = '2018'`
    );
    const marks = await marksOf(page, "detention-by-age");
    expect(marks.map((m) => m.obs_id)).toEqual(expected.map((r) => r.obs_id));
    expect(log.problems).toEqual([]);
    await page.context().close();
  });

  it("keeps unticked countries in the URL across a reload", async () => {
    const {page} = await openPage(browser, `${inject("baseUrl")}remittances`);
    await waitForCharts(page);
    await page.getByRole("checkbox", {name: "Turkey"}).uncheck();
    await page.waitForFunction(() => new URLSearchParams(location.search).has("country"));
    await page.reload({waitUntil: "networkidle"});
    await waitForCharts(page);
    expect(await page.getByRole("checkbox", {name: "Turkey"}).isChecked()).toBe(false);
    const expected = await dbRows(
      `indicator = 'remittances_received' AND country IS NOT NULL AND country <> 'Turkey' AND ${FLOW}`
    );
    expect((await marksOf(page, "remittances-by-country")).map((m) => m.obs_id).sort()).toEqual(
      expected.map((r) => r.obs_id).sort()
    );
    await page.context().close();
  });
});

describe("phone screens", () => {
  it.each(PAGES)("%s fits 390 px without horizontal scrolling, in dark mode", async (path) => {
    const {page, log} = await openPage(browser, `${inject("baseUrl")}${path}`, {
      viewport: {width: 390, height: 844},
      colorScheme: "dark"
    });
    await waitForCharts(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(log.external).toEqual([]);
    expect(log.problems).toEqual([]);
    await page.context().close();
  });
});

describe("chart specs in Node", () => {
  it("builds every chart's spec without a DOM and renders it to SVG with one mark per row", async () => {
    const [{CHARTS, titled}, vegaLite, vega] = await Promise.all([
      import("../../src/components/specs/charts.js"),
      import("vega-lite"),
      import("vega")
    ]);
    const rows = await queryRows(
      DATABASE,
      `SELECT s.*, d.title, d.un_symbol, d.kind, d.date, d.language FROM series s JOIN documents d USING (doc_id) ORDER BY obs_id`
    );
    // Each with the title its rows give it (a span is stated from the rows).
    for (const build of CHARTS.map((c) => titled(c, rows))) {
      const selected = build.select(rows);
      expect(selected.length, build.id).toBeGreaterThan(0);
      for (const dark of [false, true]) {
        const spec = build(selected, {width: 640, dark});
        expect(spec.usermeta.id).toBe(build.id);
        expect(spec.title.text.join(" ")).toBe(build.title);
        expect(spec.title.subtitle.join(" ")).toMatch(/^Sources?: /);
        const warnings: string[] = [];
        const logger = {
          level: () => logger,
          warn: (...m: unknown[]) => warnings.push(m.join(" ")),
          info() {},
          debug() {},
          error: (...m: unknown[]) => warnings.push(m.join(" "))
        };
        const view = new vega.View(vega.parse(vegaLite.compile(spec, {logger: logger as never}).spec), {
          renderer: "none"
        });
        const svg = await view.toSVG();
        expect(warnings, build.id).toEqual([]);
        expect(svg.match(/aria-roledescription="bar"/g)?.length ?? 0, build.id).toBe(selected.length);
      }
    }
  });
});

describe("overview additions", () => {
  it("states coverage per indicator and period as the database does, partial half-years included", async () => {
    const {page, log} = await load("");
    expect(log.problems).toEqual([]);
    const stated = await queryRows(
      DATABASE,
      `SELECT DISTINCT indicator, period_label FROM series WHERE regexp_full_match(period_label, '\\d{4}(H[12])?')`
    );
    const expected = new Set(stated.map((r) => `${r.indicator}|${r.period_label}`));
    const cells = await page
      .locator("table.coverage-matrix tbody tr[data-indicator] td.coverage-cell")
      .evaluateAll((tds) =>
        tds.map((td) => ({
          indicator: td.closest("tr")!.getAttribute("data-indicator"),
          period: td.getAttribute("data-period"),
          state: td.getAttribute("data-state")
        }))
      );
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      const has = expected.has(`${cell.indicator}|${cell.period}`);
      expect(cell.state, `${cell.indicator} ${cell.period}`).toBe(
        has ? (/H\d$/.test(cell.period!) ? "partial" : "stated") : "missing"
      );
    }
    const covered = new Set(cells.filter((c) => c.state !== "missing").map((c) => `${c.indicator}|${c.period}`));
    expect(covered).toEqual(expected);
  });

  it("shows one headline per family and small multiples drawn from the database", async () => {
    const {page} = await load("");
    const families = await queryRows(DATABASE, "SELECT DISTINCT family FROM series ORDER BY 1");
    const headlines = await page
      .locator(".headline-card")
      .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-family")).sort());
    expect(headlines).toEqual(families.map((f) => f.family).sort());
    const marks = await marksOf(page, "overview-small-multiples");
    expect(marks.length).toBeGreaterThan(100);
    for (const mark of marks) expect(mark.value).toBe(series.get(mark.obs_id)!.value);
  });
});
