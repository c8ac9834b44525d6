// Layout of the built site in headless Chromium: charts are drawn at the width of the page on every cold load,
// even when the page's main column measures 0 wide at first; no page scrolls sideways on a phone; the overview's
// small multiples never stack figures into totals, give each breakdown its own colour, line their panels up and
// fit in about a screen and a half; gallery thumbnails show whole charts; and half-year bars are lighter than
// full-year bars in dark mode as in light mode, as the charts' notes say.
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {CHART_PAGES, EMBED_PAGES, PAGES, settled} from "./pages.js";
import {launchBrowser, openPage} from "./site.js";

// Cold loads per page: /trafficking, where charts were drawn about 0 px wide, twenty times; the other pages
// four times each, which keeps this file to a few minutes on a two-core machine.
const LOADS: Record<string, number> = {trafficking: 20};
const DEFAULT_LOADS = 4;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function chartWidths(page: Page) {
  return page.$$eval(".chart-figure", (figures) =>
    figures.map((f) => ({
      id: f.getAttribute("data-chart-id")!,
      width: Math.round(f.querySelector(".chart-canvas svg")?.getBoundingClientRect().width ?? 0),
      empty: Boolean(f.querySelector(".chart-empty"))
    }))
  );
}

const dropped = (warnings: string[]) => warnings.filter((w) => /Dropping "fit/.test(w));

describe("chart widths on cold loads", () => {
  it.each(CHART_PAGES)("/%s draws every chart wider than 200 px on each cold load", async (path) => {
    const loads = LOADS[path] ?? DEFAULT_LOADS;
    for (let load = 1; load <= loads; load++) {
      // A new context each time: an empty cache, as on a first visit.
      const {page, log} = await openPage(browser, `${inject("baseUrl")}${path}`, {
        viewport: {width: 1280, height: 900}
      });
      await settled(page);
      const widths = await chartWidths(page);
      expect(widths.length).toBeGreaterThan(0);
      for (const chart of widths.filter((c) => !c.empty))
        expect(chart.width, `load ${load}: ${chart.id}`).toBeGreaterThan(200);
      expect(dropped(log.warnings), `load ${load}`).toEqual([]);
      expect(log.problems).toEqual([]);
      await page.context().close();
    }
  });

  // The state of a cold load in which the page's main column has not been laid out when Framework first measures
  // it: its reactive `width` is 0 for a while. Charts must not be drawn at that width.
  const mainMeasuresZeroAtFirst = () => {
    const Native = window.ResizeObserver;
    window.ResizeObserver = class extends Native {
      constructor(callback: ResizeObserverCallback) {
        let first = true;
        super((entries, observer) => {
          const main = entries.find((e) => (e.target as HTMLElement).id === "observablehq-main");
          if (main && first) {
            first = false;
            const rect = new DOMRectReadOnly(0, 0, 0, main.contentRect.height);
            return callback(
              entries.map((e) =>
                e === main
                  ? ({
                      target: e.target,
                      contentRect: rect,
                      borderBoxSize: [],
                      contentBoxSize: [],
                      devicePixelContentBoxSize: []
                    } as unknown as ResizeObserverEntry)
                  : e
              ),
              observer
            );
          }
          callback(entries, observer);
        });
      }
    };
  };

  it.each(["trafficking", "detention", ""])(
    "/%s never draws a chart at the 0 px width the main column measures before layout",
    async (path) => {
      const {page, log} = await openPage(browser, `${inject("baseUrl")}${path}`, {
        viewport: {width: 1280, height: 900},
        initScript: mainMeasuresZeroAtFirst
      });
      await settled(page);
      await page.waitForTimeout(500);
      expect(dropped(log.warnings)).toEqual([]);
      for (const chart of (await chartWidths(page)).filter((c) => !c.empty))
        expect(chart.width, chart.id).toBeGreaterThan(200);
      await page.context().close();
    }
  );
});

describe("phone screens", () => {
  it.each(PAGES)("/%s does not scroll sideways at 390 px", async (path) => {
    const {page, log} = await openPage(browser, `${inject("baseUrl")}${path}`, {viewport: {width: 390, height: 844}});
    await settled(page);
    const overflow = await sideways(page);
    expect(overflow.page, overflow.wide.join("; ")).toBeLessThanOrEqual(0);
    expect(log.problems).toEqual([]);
    await page.context().close();
  });

  // Every chart's embed page, one after another in one browser page.
  it(`the ${EMBED_PAGES.length} embed pages do not scroll sideways at 390 px`, async () => {
    const base = inject("baseUrl");
    const {page, log} = await openPage(browser, `${base}${EMBED_PAGES[0]}`, {viewport: {width: 390, height: 844}});
    const wide: string[] = [];
    for (const [i, path] of EMBED_PAGES.entries()) {
      // (settled waits for the chart; the load event is enough to start waiting.)
      if (i > 0) await page.goto(`${base}${path}`, {waitUntil: "load"});
      await settled(page);
      const overflow = await sideways(page);
      if (overflow.page > 0) wide.push(`/${path}: ${overflow.page}px (${overflow.wide.join("; ")})`);
    }
    expect(wide).toEqual([]);
    expect(log.problems).toEqual([]);
    await page.context().close();
  }, 600_000);

  it("shows that the coverage matrix scrolls, and starts it at the latest periods", async () => {
    const {page} = await openPage(browser, inject("baseUrl"), {viewport: {width: 390, height: 844}});
    await settled(page);
    const scroller = page.locator(".coverage .table-scroll");
    const state = await scroller.evaluate((n) => {
      const box = n.getBoundingClientRect();
      const last = [...n.querySelectorAll("th.coverage-period")].at(-1)!.getBoundingClientRect();
      const first = n.querySelector("th.coverage-period")!.getBoundingClientRect();
      const family = n.querySelector(".coverage-family th a")!.getBoundingClientRect();
      return {
        scrollable: n.scrollWidth > n.clientWidth,
        latestInView: last.left >= box.left && last.right <= box.right + 1,
        earliestInView: first.left >= box.left && first.right <= box.right,
        familyInView: family.left >= box.left && family.right <= box.right,
        label: n.getAttribute("aria-label"),
        tabindex: n.getAttribute("tabindex")
      };
    });
    expect(state.scrollable).toBe(true);
    // The latest periods, where most indicators are stated, are in view, with the families' names; the cue says
    // the table scrolls.
    expect(state.latestInView).toBe(true);
    expect(state.earliestInView).toBe(false);
    expect(state.familyInView).toBe(true);
    expect(state.tabindex).toBe("0");
    expect(state.label).toMatch(/scroll/i);
    expect(await page.locator(".coverage .scroll-cue").isVisible()).toBe(true);
    await page.context().close();
  });
});

interface Bar {
  panel: string;
  period: string;
  series: string;
  partial: boolean;
  fill: string;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

describe("overview small multiples", () => {
  let page: Page;

  beforeAll(async () => {
    ({page} = await openPage(browser, inject("baseUrl"), {viewport: {width: 1280, height: 900}}));
    await settled(page);
  });

  afterAll(async () => {
    await page?.context().close();
  });

  const scene = () =>
    page.locator('[data-chart-id="overview-small-multiples"]').evaluate((figure) => {
      type Item = {
        x?: number;
        y?: number;
        width?: number;
        height?: number;
        fill?: string;
        datum?: Record<string, unknown>;
        items?: Mark[];
      };
      type Mark = {marktype: string; role: string; name?: string; items: Item[]};
      const view = (figure as unknown as {view: {scenegraph(): {root: unknown}}}).view;
      const bars: Bar[] = [];
      const panels: {x: number; y: number; width: number; height: number}[] = [];
      // The scenegraph's root is a mark; a group item holds marks, placed relative to it.
      const visit = (mark: Mark, ox: number, oy: number) => {
        for (const item of mark.items ?? []) {
          const x = ox + (item.x ?? 0);
          const y = oy + (item.y ?? 0);
          // A panel: one view of the concatenation (legends have groups of the same role, but other names).
          if (mark.marktype === "group" && mark.role === "scope" && /^concat_\d+_group$/.test(mark.name ?? ""))
            panels.push({x, y, width: item.width ?? 0, height: item.height ?? 0});
          if (mark.marktype === "rect" && mark.role === "mark" && item.datum?.obs_id) {
            bars.push({
              panel: String(item.datum.panel),
              period: String(item.datum.period_label),
              series: String(item.datum.series ?? ""),
              partial: Boolean(item.datum.partial),
              fill: String(item.fill),
              x1: x,
              x2: x + (item.width ?? 0),
              y1: y,
              y2: y + (item.height ?? 0)
            });
          }
          if (mark.marktype === "group") for (const child of item.items ?? []) visit(child, x, y);
        }
      };
      visit(view.scenegraph().root as unknown as Mark, 0, 0);
      return {bars, panels, height: figure.querySelector(".chart-canvas svg")!.getBoundingClientRect().height};
    });

  it("never stacks figures: bars of one period sit side by side", async () => {
    const {bars} = await scene();
    expect(bars.length).toBeGreaterThan(100);
    for (const a of bars)
      for (const b of bars) {
        if (a === b || a.panel !== b.panel) continue;
        const overlap = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        expect(overlap, `${a.panel} ${a.period}: ${a.series} and ${b.series} overlap`).toBeLessThanOrEqual(0.5);
      }
  });

  it("gives each breakdown of a panel its own colour, and one colour to a series", async () => {
    const {bars} = await scene();
    const panels = new Map<string, Bar[]>();
    for (const bar of bars) panels.set(bar.panel, [...(panels.get(bar.panel) ?? []), bar]);
    let broken = 0;
    for (const [panel, own] of panels) {
      const full = own.filter((b) => !b.partial);
      const colours = new Map<string, Set<string>>();
      for (const bar of full) colours.set(bar.series, (colours.get(bar.series) ?? new Set()).add(bar.fill));
      for (const [series, fills] of colours) expect(fills.size, `${panel}: ${series}`).toBe(1);
      const series = [...colours.keys()];
      if (series.length > 1) broken++;
      expect(new Set(series.map((s) => [...colours.get(s)!][0])).size, panel).toBe(series.length);
    }
    expect(broken).toBeGreaterThan(0);
  });

  it("lines its panels up in columns of one width", async () => {
    const {panels} = await scene();
    expect(panels.length).toBeGreaterThan(20);
    expect(new Set(panels.map((p) => Math.round(p.width))).size).toBe(1);
    const columns = [...new Set(panels.map((p) => Math.round(p.x)))];
    const rows = [...new Set(panels.map((p) => Math.round(p.y)))];
    expect(columns.length).toBeLessThanOrEqual(6);
    // Every full row has a panel at each column position.
    for (const y of rows.slice(0, -1))
      expect(
        panels
          .filter((p) => Math.round(p.y) === y)
          .map((p) => Math.round(p.x))
          .sort((a, b) => a - b),
        `row at ${y}`
      ).toEqual(columns.sort((a, b) => a - b));
  });

  it("is at most about a screen and a half tall", async () => {
    const {height} = await scene();
    expect(height).toBeLessThanOrEqual(1.5 * 900);
  });
});

describe("gallery", () => {
  it("shows every thumbnail whole, not cropped", async () => {
    const {page} = await openPage(browser, `${inject("baseUrl")}gallery`, {viewport: {width: 1280, height: 900}});
    await settled(page);
    await page.$$eval(".gallery-thumbnail img", (images) =>
      images.forEach((img) => ((img as HTMLImageElement).loading = "eager"))
    );
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>(".gallery-thumbnail img")].every(
        (img) => img.complete && img.naturalWidth > 0
      )
    );
    const images = await page.$$eval(".gallery-thumbnail img", (nodes) =>
      nodes.map((n) => {
        const img = n as HTMLImageElement;
        const style = getComputedStyle(img);
        const box = {
          width: img.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
          height: img.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
        };
        return {
          src: img.getAttribute("src"),
          fit: style.objectFit,
          boxRatio: box.width / box.height,
          naturalRatio: img.naturalWidth / img.naturalHeight
        };
      })
    );
    expect(images.length).toBeGreaterThan(10);
    for (const image of images) {
      // Whole: scaled to fit inside its box, or a box of the image's own proportions.
      const whole =
        image.fit === "contain" ||
        image.fit === "scale-down" ||
        Math.abs(image.boxRatio / image.naturalRatio - 1) < 0.02;
      expect(
        whole,
        `${image.src}: object-fit ${image.fit}, box ${image.boxRatio.toFixed(2)}, image ${image.naturalRatio.toFixed(2)}`
      ).toBe(true);
    }
    await page.context().close();
  });
});

describe("half-year bars", () => {
  it.each(["light", "dark"] as const)(
    "are lighter than full-year bars of their series in %s mode",
    async (colorScheme) => {
      const {page} = await openPage(browser, `${inject("baseUrl")}border`, {colorScheme});
      await settled(page);
      const bars = await page.$$eval('[data-chart-id="border-arrivals-departures"] svg [data-obs-id]', (nodes) => {
        const parse = (css: string) => {
          const probe = document.createElement("span");
          probe.style.color = css;
          document.body.append(probe);
          const [r, g, b] = getComputedStyle(probe)
            .color.match(/[\d.]+/g)!
            .map(Number);
          probe.remove();
          return [r, g, b];
        };
        // The page's background: the first one drawn behind the chart (the body's may be transparent).
        let behind: Element | null = nodes[0];
        while (behind && /rgba\(0, 0, 0, 0\)|transparent/.test(getComputedStyle(behind).backgroundColor))
          behind = behind.parentElement;
        const background = parse(behind ? getComputedStyle(behind).backgroundColor : "white");
        const luminance = ([r, g, b]: number[]) => {
          const linear = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
        };
        return nodes.map((n) => {
          const fill = parse(n.getAttribute("fill") ?? "#000");
          const opacity = Number(n.getAttribute("fill-opacity") ?? 1);
          // The colour seen: the fill over the page's background.
          const seen = fill.map((c, i) => c * opacity + background[i] * (1 - opacity));
          const label = n.getAttribute("aria-label") ?? "";
          return {
            series: /Foreigners (arrived|departed)/.exec(label)?.[0],
            partial: /H1/.test(label),
            luminance: luminance(seen)
          };
        });
      });
      for (const series of ["Foreigners arrived", "Foreigners departed"]) {
        const own = bars.filter((b) => b.series === series);
        const partial = own.filter((b) => b.partial);
        const full = own.filter((b) => !b.partial);
        expect(partial.length, series).toBeGreaterThan(0);
        for (const p of partial) for (const f of full) expect(p.luminance, series).toBeGreaterThan(f.luminance);
      }
      await page.context().close();
    }
  );
});

// How far a page scrolls sideways, and the first elements of its main column that reach past the window.
function sideways(page: Page) {
  return page.evaluate(() => ({
    page: document.documentElement.scrollWidth - window.innerWidth,
    wide: [...document.querySelectorAll("#observablehq-main *")]
      .filter(
        (n) =>
          n.getBoundingClientRect().right > window.innerWidth + 1 &&
          !n.closest(".table-scroll, .observablehq-pre-container, [hidden]")
      )
      .slice(0, 5)
      .map(
        (n) =>
          `${n.tagName.toLowerCase()}.${n.getAttribute("class") ?? ""} ${Math.round(n.getBoundingClientRect().right)}px`
      )
  }));
}
