// The trend chart of one indicator (src/components/specs/trend.js): periods on a time scale with gaps where a
// period is missing, a line with points from LINE_MIN periods and bars below, a partial period drawn open and
// labelled, approximate values marked; every spec compiles with Vega-Lite without a warning.
import * as vegaLite from "vega-lite";
import {describe, expect, it} from "vitest";
import {LINE_MIN, trend, trendValues} from "../../src/components/specs/trend.js";

type Row = Record<string, unknown>;
const row = (period_label: string, value: number, extra: Row = {}): Row => ({
  obs_id: `o-${period_label}`,
  doc_id: "d1",
  indicator: "work_permits_issued",
  period_label,
  value,
  unit: "permits",
  locator: "12",
  quote: "…",
  un_symbol: "X/1",
  ...extra
});

// Compiles a spec, collecting Vega-Lite's warnings and errors.
function compile(spec: object) {
  const warnings: string[] = [];
  const warn = (...m: unknown[]) => void warnings.push(m.join(" "));
  const logger: any = {level: () => logger, warn, error: warn, info() {}, debug() {}};
  const compiled = vegaLite.compile(spec as any, {logger}).spec;
  return {compiled, warnings};
}

const marks = (spec: any) => spec.layer.map((l: any) => (typeof l.mark === "string" ? l.mark : l.mark.type));

describe("trend spec", () => {
  it("draws four or more periods as a line with points, on a UTC time scale", () => {
    const spec: any = trend(
      ["2015", "2016", "2017", "2018"].map((p, i) => row(p, 10 + i)),
      {id: "t", title: "T"}
    );
    expect(LINE_MIN).toBe(4);
    expect(spec.usermeta.kind).toBe("trend-line");
    expect(marks(spec)).toEqual(["line", "point", "text", "text"]);
    expect(spec.layer[1].encoding.x.type).toBe("temporal");
    expect(spec.layer[0].encoding.x.scale.type).toBe("utc");
    const {compiled, warnings} = compile(spec);
    expect(warnings).toEqual([]);
    expect(compiled.scales!.find((s: any) => s.name === "x")!.type).toBe("utc");
  });

  it("draws fewer than four periods as bars as wide as their periods", () => {
    const spec: any = trend([row("2017", 3), row("2018", 5), row("2019", 4)], {id: "t", title: "T"});
    expect(spec.usermeta.kind).toBe("trend-bars");
    expect(marks(spec)).toEqual(["bar", "text", "text"]);
    const bar = spec.layer[0].encoding;
    expect(bar.x.field).toBe("bar_start");
    expect(bar.x2.field).toBe("bar_end");
    const [a] = spec.data.values;
    expect(a.bar_end - a.bar_start).toBeGreaterThan(300 * 86_400_000);
    expect(compile(spec).warnings).toEqual([]);
  });

  it("breaks the line where a period is missing, and says so", () => {
    const values = trendValues([row("2014", 1), row("2015", 2), row("2017", 3), row("2018", 4)]);
    expect(values.map((d: any) => d.segment)).toEqual([0, 0, 1, 1]);
    const spec: any = trend([row("2014", 1), row("2015", 2), row("2017", 3), row("2018", 4)], {id: "t"});
    expect(spec.layer[0].encoding.detail.field).toBe("segment");
    expect(spec.title.subtitle.join(" ")).toContain("The line breaks where a period is not stated.");
    // Consecutive years are one segment, with no note about breaks.
    const whole: any = trend(
      ["2014", "2015", "2016", "2017"].map((p) => row(p, 1)),
      {id: "t"}
    );
    expect(new Set(whole.data.values.map((d: any) => d.segment)).size).toBe(1);
    expect(whole.title.subtitle.join(" ")).not.toContain("breaks");
  });

  it("leaves a partial period off the line, draws it open and labels it", () => {
    const rows = [row("2016", 8), row("2017", 9), row("2018", 10), row("2019", 11), row("2020H1", 5)];
    const spec: any = trend(rows, {id: "t"});
    const partial = spec.data.values.find((d: any) => d.period_label === "2020H1");
    expect(partial.partial).toBe(true);
    expect(partial.mark_label).toBe("5");
    expect(partial.partial_label).toBe("H1 (partial)");
    expect(spec.layer.at(-1).transform[0].filter).toBe("datum.partial");
    expect(new Set(spec.data.values.map((d: any) => d.segment)).size).toBe(2);
    expect(spec.layer[0].data.values).toHaveLength(4); // the line has no point for the half-year
    expect(spec.layer[1].encoding.fill.condition.test).toBe("datum.partial");
    expect(spec.title.subtitle.join(" ")).toContain("part of a year only");
    expect(compile(spec).warnings).toEqual([]);
    const bars: any = trend([row("2018", 10), row("2019H1", 4)], {id: "t"});
    expect(bars.layer[0].encoding.strokeDash.condition.test).toBe("datum.partial");
    expect(bars.data.values[1].partial_label).toBe("H1 (partial)");
    expect(bars.data.values[0].partial_label).toBeNull();
  });

  it("marks approximate values", () => {
    const spec: any = trend([row("2017", 300, {approx: "about"}), row("2018", 310)], {id: "t"});
    expect(spec.data.values.map((d: any) => d.mark_label)).toEqual(["≈ 300", "310"]);
    expect(spec.data.values[0].aria).toContain("(approximate)");
    const line: any = trend(
      ["2015", "2016", "2017", "2018"].map((p, i) => row(p, i + 1, i === 2 ? {approx: "about"} : {})),
      {
        id: "t"
      }
    );
    expect(line.layer[1].encoding.shape.condition.test).toBe("datum.approx");
    expect(line.layer[2].transform[0].filter).toContain("datum.approx");
  });

  it("leaves out periods with no place on a time axis", () => {
    const spec: any = trend(
      [
        row("2013-2018+2019H1", 100, {period_start: "2013-01-01", period_end: "2019-06-30"}),
        row("2019-06-30", 7),
        row("2018", 5)
      ],
      {id: "t"}
    );
    expect(spec.data.values.map((d: any) => d.period_label)).toEqual(["2018"]);
  });
});
