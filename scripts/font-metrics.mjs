// @ts-check
// Text widths for laying out charts in Node exactly as the PNG renderer, resvg, will draw them: resvg itself
// lays each text out (with the font's kerning, and a fallback font for characters the font lacks) and the
// width is read from where it puts the text. Vega has no canvas in Node and otherwise guesses 0.8 em per
// character, which cuts axis, legend and panel labels short and spreads legends apart.
import {existsSync} from "node:fs";
import {Resvg} from "@resvg/resvg-js";

// The fonts resvg draws with: the sans-serif family is pointed at one that Debian ships (fonts-liberation is
// metric-compatible with Arial, which the charts name; DejaVu Sans is the fallback, and draws the characters
// Liberation Sans lacks, such as Arabic). Only these files are loaded, so every machine with them draws the
// same image; with neither, resvg uses the system's fonts.
const FONTS = [
  {
    family: "Liberation Sans",
    files: [
      "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
      "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
    ]
  },
  {
    family: "DejaVu Sans",
    files: ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"]
  }
];
const installed = FONTS.map((f) => ({...f, files: f.files.filter((file) => existsSync(file))})).filter(
  (f) => f.files.length
);

/** The family charts are drawn in, or undefined when neither font is installed. */
export const FONT_FAMILY = installed[0]?.family;

/** resvg's `font` option, for drawing and measuring alike. */
export const RESVG_FONT = FONT_FAMILY
  ? {
      loadSystemFonts: false,
      fontFiles: installed.flatMap((f) => f.files),
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY
    }
  : {loadSystemFonts: true};

/** @param {unknown} text */
const xml = (text) =>
  String(text).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/**
 * measureText(font) returns `(text, {font, size, weight, style}) => pixels`: the advance width of a line of
 * text as resvg lays it out, leading and trailing spaces left out as SVG does. It is measured from two
 * layouts, one starting at x = 0 and one ending at x = END (text-anchor="end"): the left edge of the ink is
 * the same distance into the text in both, so the text's own width is END less the distance between them.
 */
export function measureText(font = RESVG_FONT) {
  const END = 10_000;
  /** @type {Map<string, number>} */
  const cache = new Map();
  /** @type {(attributes: string, text: string, x: number, anchor: string) => number | undefined} */
  const inkLeft = (attributes, text, x, anchor) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><text x="${x}" y="0" text-anchor="${anchor}" ${attributes}>${xml(text)}</text></svg>`;
    return new Resvg(svg, {font}).getBBox()?.x;
  };
  /** @type {(text: unknown, style?: {font?: string, size?: number, weight?: string | number, style?: string}) => number} */
  return (text, {font: family = "sans-serif", size = 11, weight = "normal", style = "normal"} = {}) => {
    const line = String(text ?? "").trim();
    const attributes = `font-family="${xml(family)}" font-size="${size}" font-weight="${xml(weight)}" font-style="${xml(style)}"`;
    const key = `${attributes}\n${line}`;
    if (!cache.has(key)) {
      const start = line ? inkLeft(attributes, line, 0, "start") : undefined;
      const end = start === undefined ? undefined : inkLeft(attributes, line, END, "end");
      // A line with no ink (spaces only) takes no room.
      cache.set(key, start === undefined || end === undefined ? 0 : END - (end - start));
    }
    return /** @type {number} */ (cache.get(key));
  };
}

/**
 * A `textMetrics.width` for Vega: `(item, text) => pixels`, measured by resvg in the item's font, size,
 * weight and style. It never truncates (Vega's truncation calls it); a label with a limit measures at most
 * the limit, which keeps Vega's binary search for the cut exact and the layout as wide as the cut label.
 */
export function vegaTextWidth(font = RESVG_FONT) {
  const measure = measureText(font);
  /** @type {(item: {font?: string, fontSize?: number, fontWeight?: string | number, fontStyle?: string, limit?: number}, text: string) => number} */
  return (item, text) => {
    const width = measure(text, {
      font: item.font,
      size: item.fontSize ?? 11,
      weight: item.fontWeight,
      style: item.fontStyle
    });
    return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
  };
}
