// The family pages' filters in headless Chromium: every filter, at every one of its values, narrows every chart
// that breaks its figures down by the filter's field, and every other chart says that it cannot be narrowed by
// it; and the "annualise half-year figures" choice is kept in the URL.
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {queryRows} from "../../loaders/db/query.js";
import {familySections} from "../../src/components/specs/family-charts.js";
import {FAMILIES} from "../../src/components/specs/labels.js";
import {settled} from "./pages.js";
import {launchBrowser, openPage, ROOT} from "./site.js";

const DATABASE = join(ROOT, "data/migstat.duckdb");

// The filters' names in the URL and the fields of the rows they narrow.
const FIELDS: Record<string, string> = {
  period: "period_label",
  sex: "sex",
  age_group: "age_group",
  citizenship: "citizenship",
  country: "country"
};
// The words a chart uses to say that a filter cannot narrow it.
const NOUNS: Record<string, string> = {
  period: "period",
  sex: "sex",
  age_group: "age group",
  citizenship: "citizenship",
  country: "country"
};

const PAGES = ["work-permits-residence", "border", "detention", "remittances", "trafficking", "other-families"];

type Row = Record<string, unknown> & {obs_id: string};

let browser: Browser;
let series: Row[];

beforeAll(async () => {
  browser = await launchBrowser();
  series = (await queryRows(DATABASE, "SELECT * FROM series")) as unknown as Row[];
});

afterAll(async () => {
  await browser?.close();
});

interface Filter {
  name: string;
  type: "select" | "checkboxes";
  values: string[];
}

async function filtersOf(page: Page): Promise<Filter[]> {
  return page.$$eval("form.filters", (forms) =>
    forms.flatMap((form) => [
      ...[...form.querySelectorAll("select")].map((s) => ({
        name: s.name,
        type: "select" as const,
        values: [...s.options].map((o) => o.value).filter(Boolean)
      })),
      ...[...form.querySelectorAll("fieldset")].map((f) => {
        const boxes = [...f.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
        return {name: boxes[0].name, type: "checkboxes" as const, values: boxes.map((b) => b.value)};
      })
    ])
  );
}

interface Drawn {
  id: string;
  marks: string[];
  note: string;
  empty: boolean;
}

async function drawn(page: Page): Promise<Drawn[]> {
  return page.$$eval(".chart-figure", (figures) =>
    figures.map((f) => ({
      id: f.getAttribute("data-chart-id")!,
      marks: (f as unknown as {marks(): {obs_id: string}[]}).marks().map((m) => m.obs_id),
      note: f.querySelector(".filter-note")?.textContent ?? "",
      empty: Boolean(f.querySelector(".chart-empty"))
    }))
  );
}

// Changes one filter in the page, as a reader would, and waits until every chart has been drawn again.
async function choose(page: Page, filter: Filter, value: string) {
  if (filter.type === "select") await page.selectOption(`select[name="${filter.name}"]`, value);
  else await page.locator(`input[name="${filter.name}"][value=${JSON.stringify(value)}]`).uncheck();
  await redrawn(page);
}

// Waits for the page's own signal that it has drawn what the filters now hold (familyPage's `ready()`, which
// resolves when its last drawing is done); a chart that does not follow the filter keeps its marks, and the
// comparison of its marks then says so.
async function redrawn(page: Page) {
  await page.evaluate(() =>
    (document.querySelector(".family-page") as unknown as {ready(): Promise<unknown>} | null)?.ready()
  );
  await settled(page);
}

// The charts of a family page, by id, as the page makes them from the registry and the rows (made once per page:
// the rows do not change while the tests run).
const charts = new Map<string, Map<string, {id: string; matches(r: Row): boolean}>>();
function chartsOf(path: string) {
  if (!charts.has(path)) {
    const families = FAMILIES.filter((f) => f.page.replace(/#.*/, "") === `/${path}`).map((f) => f.id);
    const sections = familySections(series, families, {page: `/${path}`});
    charts.set(
      path,
      new Map(
        sections.flatMap((s: {charts: {id: string; matches(r: Row): boolean}[]}) => s.charts).map((c) => [c.id, c])
      )
    );
  }
  return charts.get(path)!;
}

// The rows a chart must show when one filter holds a value: its own rows, narrowed by the filter if any of them
// has the filter's field, all of them otherwise (the chart then says so).
function expected(path: string, id: string, field: string, keep: (value: unknown) => boolean) {
  const own = series.filter((r) => chartsOf(path).get(id)!.matches(r));
  const applies = own.some((r) => r[field] != null);
  return {applies, ids: (applies ? own.filter((r) => keep(r[field])) : own).map((r) => r.obs_id).sort()};
}

describe.each(PAGES)("%s: each filter × each chart", (path) => {
  it("narrows every chart the filter can apply to, and says so on every chart it cannot", async () => {
    const {page, log} = await openPage(browser, `${inject("baseUrl")}${path}`);
    await settled(page);
    const filters = await filtersOf(page);
    expect(filters.length, path).toBeGreaterThan(0);
    const unfiltered = await drawn(page);
    for (const filter of filters) {
      const field = FIELDS[filter.name];
      expect(field, filter.name).toBeDefined();
      for (const value of filter.values) {
        // A select goes from one value straight to the next (each value is checked as it is drawn), and back to
        // "all" after its last; a checkbox group has one box unticked at a time.
        await choose(page, filter, value);
        // A select keeps rows with this value; a checkbox group, unticked, keeps the others.
        const keep =
          filter.type === "select"
            ? (v: unknown) => String(v) === value
            : (v: unknown) => v != null && String(v) !== value;
        const what = `${path}?${filter.name}=${value}`;
        const wants = unfiltered.map((c) => {
          const {applies, ids} = expected(path, c.id, field, keep);
          return {id: c.id, applies, want: {id: c.id, marks: ids, narrowed: applies, empty: ids.length === 0}};
        });
        // Charts are drawn one after another: every chart is read in one pass, until each shows this value's rows.
        await expect
          .poll(
            async () => {
              // (The first chart of an id, should a page draw two.)
              const shown = new Map<string, Drawn>();
              for (const chart of await drawn(page)) if (!shown.has(chart.id)) shown.set(chart.id, chart);
              return wants.map(({id}) => {
                const chart = shown.get(id);
                if (!chart) return {id, missing: true};
                return {id, marks: chart.marks.slice().sort(), narrowed: chart.note === "", empty: chart.empty};
              });
            },
            {message: what, timeout: 20_000, interval: 200}
          )
          .toEqual(wants.map((w) => w.want));
        const notes = new Map<string, string>();
        for (const chart of await drawn(page)) if (!notes.has(chart.id)) notes.set(chart.id, chart.note);
        for (const {id, applies} of wants)
          if (!applies)
            expect(notes.get(id), `${what}: ${id}`).toMatch(new RegExp(`Not narrowed by ${NOUNS[filter.name]}`));
        if (filter.type === "checkboxes") {
          await page.locator(`input[name="${filter.name}"][value=${JSON.stringify(value)}]`).check();
          await redrawn(page);
        }
      }
      if (filter.type === "select") await choose(page, filter, "");
    }
    await expect
      .poll(async () => (await drawn(page)).map((c) => c.marks.length), {timeout: 10_000})
      .toEqual(unfiltered.map((c) => c.marks.length));
    expect(log.problems).toEqual([]);
    await page.context().close();
    // Every indicator has its charts, so a page of many indicators takes a minute to go through every value.
  }, 900_000);
});

describe("annualised half-years", () => {
  it("keeps the choice in the URL, across a reload", async () => {
    const {page, log} = await openPage(browser, `${inject("baseUrl")}detention?period=2019H1`);
    await settled(page);
    await page
      .locator('[data-chart-id="detention-by-sex"]')
      .getByLabel(/Annualise/)
      .check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("annualise") === "detention-by-sex");
    expect(new URLSearchParams(new URL(page.url()).search).get("period")).toBe("2019H1");
    await page.reload({waitUntil: "networkidle"});
    await settled(page);
    const figure = page.locator('[data-chart-id="detention-by-sex"]');
    expect(await figure.getByLabel(/Annualise/).isChecked()).toBe(true);
    expect(await figure.evaluate((f) => f.classList.contains("is-annualised"))).toBe(true);
    const marks = await figure.evaluate((f) =>
      (f as unknown as {marks(): {plotted: number; value: number; partial: boolean}[]}).marks()
    );
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.plotted).toBe(mark.partial ? mark.value * 2 : mark.value);
    // The other chart was not asked to.
    expect(
      await page
        .locator('[data-chart-id="detention-by-age"]')
        .getByLabel(/Annualise/)
        .isChecked()
    ).toBe(false);
    await page
      .locator('[data-chart-id="detention-by-sex"]')
      .getByLabel(/Annualise/)
      .uncheck();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has("annualise"));
    expect(log.problems).toEqual([]);
    await page.context().close();
  });
});
