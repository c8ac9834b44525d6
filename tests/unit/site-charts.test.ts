// The list of every chart the site shows (src/components/specs/site-charts.js), which the exports, the embed
// routes and the gallery read: a new indicator's rows get a chart id with nothing edited, ids are unique and do
// not move when rows are reordered or another indicator is added, and the curated charts keep their ids.
// And the span a title states (spanText in src/components/specs/periods.js), taken from the rows' periods.
import {describe, expect, it} from "vitest";
import {CHART, CHARTS, titled} from "../../src/components/specs/charts.js";
import {spanText} from "../../src/components/specs/periods.js";
import {exportCharts, familyPages, siteCharts} from "../../src/components/specs/site-charts.js";

type Row = Record<string, unknown>;
let serial = 0;
const YEAR = (year: number) => ({
  period_label: String(year),
  period_start: `${year}-01-01`,
  period_end: `${year}-12-31`
});
const row = (extra: Row): Row => ({
  obs_id: `o${++serial}`,
  doc_id: "d1",
  title: "Report",
  un_symbol: "X/1",
  family: "trafficking",
  indicator: "trafficking_victims",
  unit: "persons",
  value: 10,
  locator: "12",
  quote: "…",
  country: null,
  citizenship: null,
  sex: null,
  age_group: null,
  category: null,
  ...YEAR(2017),
  ...extra
});

const BASE: Row[] = [
  ...[2016, 2017, 2018].map((y) => row({...YEAR(y), value: y - 2000})),
  ...[2016, 2017, 2018].flatMap((y) => [row({...YEAR(y), sex: "female"}), row({...YEAR(y), sex: "male"})]),
  ...[2017, 2018].map((y) =>
    row({...YEAR(y), family: "detention", indicator: "detention_placements", unit: "placements"})
  )
];
// A new report's indicator, which neither the registry nor charts.js knows.
const NEW: Row[] = [2017, 2018, 2019].flatMap((y) => [
  row({...YEAR(y), indicator: "victims_sheltered", value: y - 2010}),
  row({...YEAR(y), indicator: "victims_sheltered", age_group: "0-17", value: 3})
]);
const ids = (rows: Row[]) => siteCharts(rows).map((c) => c.id);

describe("siteCharts", () => {
  it("gives a new indicator's figures a trend chart and a chart per breakdown, on their family's page", () => {
    const charts = siteCharts([...BASE, ...NEW]);
    const trend = charts.find((c) => c.id === "victims-sheltered");
    expect(trend?.page).toBe("/trafficking");
    expect(trend!.select([...BASE, ...NEW]).map((r) => r.obs_id)).toEqual(
      NEW.filter((r) => r.age_group == null).map((r) => r.obs_id)
    );
    expect(charts.map((c) => c.id)).toContain("victims-sheltered-by-age-group");
    expect(ids(BASE)).not.toContain("victims-sheltered");
  });

  it("lists each id once, and every curated chart of charts.js, with or without figures", () => {
    for (const rows of [[], BASE, [...BASE, ...NEW]]) {
      const list = ids(rows);
      expect(new Set(list).size, list.join(" ")).toBe(list.length);
      for (const chart of CHARTS) expect(list).toContain(chart.id);
    }
  });

  it("keeps every id when rows are reordered or another indicator's rows are added", () => {
    const before = ids(BASE);
    expect(ids([...BASE].reverse())).toEqual(before);
    // Breakdowns keep their order too, whichever the rows name first.
    const ages = [2017, 2018].map((y) => row({...YEAR(y), age_group: "0-17"}));
    const both = ids([...BASE, ...ages]);
    expect(both.indexOf("trafficking-victims-by-sex")).toBeGreaterThanOrEqual(0);
    expect(ids([...ages, ...BASE])).toEqual(both);
    expect(ids([...BASE, ...ages].reverse())).toEqual(both);
    const after = ids([...BASE, ...NEW]);
    for (const id of before) expect(after).toContain(id);
    expect(after.length).toBeGreaterThan(before.length);
  });

  it("draws a curated chart in the place of a generated one with its figures, under its own id", () => {
    const list = ids(BASE);
    expect(list).toContain("trafficking-liable-by-sex");
    expect(list).toContain("detention-by-sex");
    // The trend of detention placements is generated; no curated chart shows these totals.
    expect(list).toContain("detention-placements");
  });

  it("numbers a generated id that another chart already has, so both keep an address", () => {
    // An indicator whose generated id is a curated chart's id on another page.
    const clash = [2017, 2018].map((y) =>
      row({...YEAR(y), family: "border", indicator: "detention_by_sex", unit: "persons"})
    );
    const list = ids([...BASE, ...clash]);
    expect(list.filter((id) => id === "detention-by-sex")).toHaveLength(1);
    expect(list).toContain("detention-by-sex-2");
    const charts = siteCharts([...BASE, ...clash]);
    expect(charts.find((c) => c.id === "detention-by-sex")?.page).toBe("/detention");
    expect(charts.find((c) => c.id === "detention-by-sex-2")?.page).toBe("/border");
    expect(charts.find((c) => c.id === "detention-by-sex-2")!(clash, {width: 400}).usermeta.id).toBe(
      "detention-by-sex-2"
    );
  });

  it("groups the families by the page that shows them", () => {
    const other = familyPages().find((p) => p.page === "/other-families");
    expect(other?.families).toEqual(["readmission", "consular", "call_centre", "marriages", "ngo_funding", "other"]);
    expect(familyPages().map((p) => p.page)).not.toContain("/other-families#consular-services");
  });
});

describe("spanText", () => {
  it("says whole years as a range of years", () => {
    expect(spanText([row(YEAR(2014)), row(YEAR(2019)), row(YEAR(2016))])).toBe("2014–2019");
  });

  it("says the first and last days of periods that are not whole years", () => {
    const rows = [
      row({period_label: "2014-09-01..2015-12-31", period_start: "2014-09-01", period_end: "2015-12-31"}),
      row({period_label: "2019H1", period_start: "2019-01-01", period_end: "2019-06-30"})
    ];
    expect(spanText(rows)).toBe("1 Sep 2014 – 30 Jun 2019");
  });

  it("says one period, not a range, for rows of one period", () => {
    expect(spanText([row(YEAR(2018)), row(YEAR(2018))])).toBe("2018");
    const half = {period_label: "2019H1", period_start: "2019-01-01", period_end: "2019-06-30"};
    expect(spanText([row(half), row(half)])).toBe("2019 H1");
    const span = {period_label: "2014-09-01..2019-06-30", period_start: "2014-09-01", period_end: "2019-06-30"};
    expect(spanText([row(span)])).toBe("1 Sep 2014 – 30 Jun 2019");
    expect(spanText([])).toBe("");
  });

  it("puts the span of a chart's own rows in its title", () => {
    const readmitted = (country: string) =>
      row({
        family: "readmission",
        indicator: "persons_readmitted",
        country,
        period_label: "2015-01-01..2016-06-30",
        period_start: "2015-01-01",
        period_end: "2016-06-30"
      });
    const chart = titled(CHART["readmission-by-country"], [readmitted("Germany"), readmitted("France")]);
    expect(chart.title).toBe("Persons readmitted by country, 1 Jan 2015 – 30 Jun 2016");
    expect(chart.id).toBe("readmission-by-country");
    expect(chart(chart.select([readmitted("Germany")]), {width: 400}).title.text.join(" ")).toContain("30 Jun 2016");
    // A chart whose title is a fixed text is itself.
    expect(titled(CHART["detention-by-sex"], BASE)).toBe(CHART["detention-by-sex"]);
  });

  it("lists the comparison of states only when two or more states state one indicator", () => {
    const ids = (rows: Row[]) => siteCharts(rows).map((c) => c.id);
    const aze = BASE.map((r) => ({...r, state: "AZE"}));
    expect(ids(aze)).not.toContain("overview-states");
    const mda = [2017, 2018].map((y) => row({...YEAR(y), state: "MDA", doc_id: "d2", value: 5}));
    expect(ids([...aze, ...mda])).toContain("overview-states");
  });
});

describe("exportCharts", () => {
  const aze = BASE.map((r) => ({...r, state: "AZE"}));
  const mda = [2017, 2018].map((y) => row({...YEAR(y), state: "MDA", doc_id: "d2", value: 500 + y}));

  it("is siteCharts with one state, so the seeds' files keep their names", () => {
    expect(exportCharts(aze).map((c) => c.id)).toEqual(siteCharts(aze).map((c) => c.id));
    expect(exportCharts(BASE).map((c) => c.id)).toEqual(siteCharts(BASE).map((c) => c.id));
  });

  it("exports each chart once per state, with that state's rows alone", () => {
    const all = [...aze, ...mda];
    const charts = exportCharts(all);
    const ids = charts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Every chart of each state's own list on a page of several states (trafficking, the overview), under the
    // state's id; the charts of the other pages (detention's figures are all Azerbaijan's: it has no selector),
    // and the comparison of states once, under their own ids.
    for (const [state, rows] of [
      ["AZE", aze],
      ["MDA", mda]
    ] as const)
      for (const chart of siteCharts(rows))
        expect(ids).toContain(
          ["/", "/trafficking"].includes(chart.page) ? `${chart.id}--${state.toLowerCase()}` : chart.id
        );
    expect(ids.filter((id) => id === "overview-states")).toHaveLength(1);
    expect(ids).toContain("detention-placements");
    expect(ids.some((id) => id.startsWith("detention-") && id.includes("--"))).toBe(false);
    expect(ids).toEqual(expect.arrayContaining(["overview-small-multiples--aze", "overview-small-multiples--mda"]));
    expect(ids).not.toContain("overview-small-multiples");

    // The chart Moldova's victims are drawn in, and the same chart for Azerbaijan.
    const shown = siteCharts(mda).find((c) => c.select(mda).length)!;
    const victims = charts.find((c) => c.id === `${shown.id}--mda`)!;
    expect(victims.select(all).map((r) => r.value)).toEqual(mda.map((r) => r.value));
    expect(victims.title).toMatch(/— Republic of Moldova$/);
    expect(victims.anchor).toBe(shown.id);
    expect(victims(victims.select(all), {width: 400}).usermeta.id).toBe(`${shown.id}--mda`);
    const azeVictims = charts.find((c) => c.id === `${shown.id}--aze`)!;
    expect(azeVictims.select(all).every((r) => r.state === "AZE")).toBe(true);
    expect(azeVictims.select(all).length).toBeGreaterThan(0);
  });

  it("exports the figures of documents with no state as a choice of their own", () => {
    const none = [2019].map((y) => row({...YEAR(y), state: null, doc_id: "d3", value: 77}));
    const charts = exportCharts([...aze, ...none]);
    const shown = siteCharts(none).find((c) => c.select(none).length)!;
    const victims = charts.find((c) => c.id === `${shown.id}--none`)!;
    expect(victims.select([...aze, ...none]).map((r) => r.value)).toEqual([77]);
    expect(victims.title).toMatch(/— No state given$/);
    expect(charts.find((c) => c.id === `${shown.id}--aze`)!.select([...aze, ...none])).not.toContainEqual(none[0]);
  });
});
