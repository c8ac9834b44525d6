// The reporting states (src/components/specs/states.js): names from the declarative list (an unknown code shown as
// itself), the states of rows, the one a page shows first, narrowing to one state and titles naming it; the
// overview's comparison (specs/state-comparison.js) keeps only indicators two or more states state, coloured by
// state; forState (state-filter.js) names the state in a chart's title and spec.
import * as vegaLite from "vega-lite";
import {describe, expect, it} from "vitest";
import {forState} from "../../src/components/state-filter.js";
import {comparableRows, STATE_COMPARISON} from "../../src/components/specs/state-comparison.js";
import {
  inState,
  mainState,
  NO_STATE,
  stateChartId,
  stateName,
  statesOf,
  STATES,
  stateTitle
} from "../../src/components/specs/states.js";
import {chartLinks} from "../../src/components/cite-panel.js";

type Row = Record<string, unknown>;
const row = (state: string | null, indicator: string, period_label: string, value: number, extra: Row = {}): Row => ({
  obs_id: `${state}-${indicator}-${period_label}-${JSON.stringify(extra)}`,
  doc_id: `doc-${state}`,
  state,
  family: "trafficking",
  indicator,
  period_label,
  period_start: `${period_label}-01-01`,
  period_end: `${period_label}-12-31`,
  value,
  unit: "persons",
  locator: "12",
  quote: "…",
  title: `Report of ${state}`,
  ...extra
});

describe("state names", () => {
  it("names a listed state and shows an unlisted code as itself", () => {
    expect(stateName("AZE")).toBe("Azerbaijan");
    expect(stateName("MDA")).toBe("Republic of Moldova");
    expect(stateName("XYZ")).toBe("XYZ");
    expect(stateName(null)).toBe("");
  });

  it("names the states of every region, so a reader knows any state's own citizens", () => {
    expect(stateName("NZL")).toBe("New Zealand");
    expect(stateName("BHS")).toBe("Bahamas");
    expect(stateName("WSM")).toBe("Samoa");
    expect(stateName("XKX")).toBe("Kosovo");
    expect(STATES.length).toBeGreaterThanOrEqual(195);
  });

  it("lists each code once, as three capital letters", () => {
    const codes = STATES.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
  });
});

describe("states of rows", () => {
  const rows = [
    row("MDA", "a", "2019", 1),
    row("AZE", "a", "2019", 2),
    row("AZE", "a", "2020", 3),
    row(null, "a", "2020", 4)
  ];

  it("lists the states rows name, by name, then the choice of rows that name none", () => {
    expect(statesOf(rows)).toEqual(["AZE", "MDA", NO_STATE]);
    expect(statesOf(rows.filter((r) => r.state))).toEqual(["AZE", "MDA"]);
    // With one state and rows that name none, there are two choices; with no state named, none.
    expect(statesOf([row("AZE", "a", "2019", 1), row("", "a", "2019", 2)])).toEqual(["AZE", NO_STATE]);
    expect(statesOf([row(null, "a", "2019", 1), row("", "a", "2020", 1)])).toEqual([]);
    expect(stateName(NO_STATE)).toBe("No state given");
  });

  it("never chooses rows that name no state first, however many they are", () => {
    expect(mainState([row(null, "a", "2019", 1), row(null, "a", "2020", 1), row("MDA", "a", "2019", 1)])).toBe("MDA");
  });

  it("chooses the state most rows name, the first by name among equals", () => {
    expect(mainState(rows)).toBe("AZE");
    expect(mainState([row("UKR", "a", "2019", 1), row("GEO", "a", "2019", 1)])).toBe("GEO");
    expect(mainState([])).toBeUndefined();
  });

  it("narrows rows to one state, and keeps them all when none is chosen", () => {
    expect(inState(rows, "MDA").map((r) => r.value)).toEqual([1]);
    expect(inState(rows, "AZE").map((r) => r.value)).toEqual([2, 3]);
    expect(inState(rows, "")).toBe(rows);
    expect(inState(rows, "GBR")).toEqual([]);
    // The rows that name no state are a choice of their own, and no state's.
    expect(inState(rows, NO_STATE).map((r) => r.value)).toEqual([4]);
    expect(inState([row("", "a", "2019", 5)], NO_STATE).map((r) => r.value)).toEqual([5]);
  });

  it("names the state in a title only when one is chosen", () => {
    expect(stateTitle("Trafficking victims", "AZE")).toBe("Trafficking victims — Azerbaijan");
    expect(stateTitle("Trafficking victims", "")).toBe("Trafficking victims");
  });
});

describe("the comparison of states", () => {
  const rows = [
    row("AZE", "trafficking_victims", "2018", 40),
    row("AZE", "trafficking_victims", "2019", 57),
    row("MDA", "trafficking_victims", "2019", 310),
    // One state only: not compared.
    row("AZE", "traffickers_convicted", "2019", 9),
    // A breakdown, a multi-year total and another unit are not the same figure.
    row("MDA", "traffickers_convicted", "2019", 5, {sex: "female"}),
    row("MDA", "traffickers_convicted", "2015-2019", 20, {period_start: "2015-01-01", period_end: "2019-12-31"}),
    row("MDA", "trafficking_victims", "2018", 12, {unit: "percent"})
  ];

  it("keeps the yearly totals of indicators two or more states state", () => {
    expect(comparableRows(rows).map((r) => [r.state, r.indicator, r.period_label, r.value])).toEqual([
      ["AZE", "trafficking_victims", "2018", 40],
      ["AZE", "trafficking_victims", "2019", 57],
      ["MDA", "trafficking_victims", "2019", 310]
    ]);
  });

  it("shows nothing when only one state has figures", () => {
    expect(comparableRows(rows.filter((r) => r.state === "AZE"))).toEqual([]);
  });

  it("colours the bars by state, in a spec Vega-Lite compiles", () => {
    const spec = STATE_COMPARISON(comparableRows(rows), {width: 640}) as any;
    const marks = spec.data.values as Row[];
    expect(marks.map((d) => d.series)).toEqual(["Azerbaijan", "Azerbaijan", "Republic of Moldova"]);
    expect(() => vegaLite.compile(spec)).not.toThrow();
  });
});

describe("a chart for one state", () => {
  const build = Object.assign(
    (_rows: Row[], _options: object) => ({title: {text: ["Trafficking", "victims"], subtitle: ["Source"]}}),
    {
      id: "trafficking-victims",
      title: "Trafficking victims",
      page: "/trafficking"
    }
  );

  it("names the state in its title and in the spec's last title line", () => {
    const chart = forState(build, "MDA");
    expect(chart.title).toBe("Trafficking victims — Republic of Moldova");
    expect(chart.id).toBe("trafficking-victims");
    expect(chart.exportId).toBe("trafficking-victims--mda");
    expect(chart([], {}).title).toEqual({text: ["Trafficking", "victims — Republic of Moldova"], subtitle: ["Source"]});
  });

  it("is the chart itself when no state is chosen", () => {
    expect(forState(build, "")).toBe(build);
  });

  it("links to the chosen state's files, embed page and page", () => {
    const links = chartLinks(forState(build, "MDA"));
    expect(links.files.map((f) => f.href.replace(/^.*\/exports\//, ""))).toEqual([
      "trafficking-victims--mda.svg",
      "trafficking-victims--mda.png",
      "trafficking-victims--mda.csv",
      "trafficking-victims--mda.vl.json"
    ]);
    expect(links.embed).toMatch(/\/embed\/trafficking-victims--mda$/);
    expect(links.page).toMatch(/\/trafficking\?state=MDA#chart-trafficking-victims$/);
    // With one state, the names are the chart's own.
    const one = chartLinks(build);
    expect(one.files[0].href).toMatch(/\/exports\/trafficking-victims\.svg$/);
    expect(one.embed).toMatch(/\/embed\/trafficking-victims$/);
    expect(one.page).toMatch(/\/trafficking#chart-trafficking-victims$/);
  });

  it("names a state's files with the chart's id and the state's code", () => {
    expect(stateChartId("trafficking-victims", "AZE")).toBe("trafficking-victims--aze");
    expect(stateChartId("trafficking-victims", NO_STATE)).toBe("trafficking-victims--none");
    expect(stateChartId("trafficking-victims", "")).toBe("trafficking-victims");
  });
});
