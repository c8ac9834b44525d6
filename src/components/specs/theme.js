// Chart colours and the shared Vega-Lite config. In the browser the chart wrapper passes colours read
// from the page's CSS variables; in Node the light or dark defaults (Framework's air and near-midnight) apply.

/**
 * @typedef {{dark: boolean, foreground: string, muted: string, faint: string, faintest: string, background: string,
 *   palette: string[], [colour: string]: any}} Theme
 */

const LIGHT = {
  foreground: "#1b1e23",
  muted: "#646669",
  faint: "#8d8f91",
  faintest: "#dddedf",
  background: "#ffffff",
  palette: [
    "#4269d0",
    "#e09c10",
    "#e8584a",
    "#4fae9b",
    "#3ca951",
    "#e0699c",
    "#9a58e8",
    "#7ea6ea",
    "#9c6b4e",
    "#868a92"
  ]
};

const DARK = {
  foreground: "#dfdfd6",
  muted: "#919190",
  faint: "#7b7b78",
  faintest: "#3a3a38",
  background: "#1f1f1e",
  palette: [
    "#7c9cf4",
    "#f2c14e",
    "#ff8a78",
    "#7fd6c2",
    "#5cc46e",
    "#ff9fc5",
    "#b78cf7",
    "#a9c6f7",
    "#c99776",
    "#aab0b8"
  ]
};

export const SANS_SERIF =
  '-apple-system, BlinkMacSystemFont, "avenir next", avenir, helvetica, "helvetica neue", ubuntu, roboto, noto, "segoe ui", arial, sans-serif';

// The colours a chart uses: the defaults for the mode, overridden by any colours given.
/** @param {{dark?: boolean, colors?: Record<string, string | undefined>}} [options] */
export function chartTheme({dark = false, colors = {}} = {}) {
  const base = dark ? DARK : LIGHT;
  /** @type {Theme} */
  const theme = {...base, dark};
  for (const [key, value] of Object.entries(colors)) if (value) theme[key] = value;
  if (!colors.palette) theme.palette = base.palette;
  return theme;
}

// A Vega-Lite config in the theme's colours, with a transparent background so the page shows through.
/**
 * @param {Theme} theme
 * @param {{fontSize?: number}} [options]
 */
export function chartConfig(theme, {fontSize = 12} = {}) {
  return {
    background: null,
    font: SANS_SERIF,
    view: {stroke: null},
    padding: {top: 4, right: 8, bottom: 4, left: 4},
    title: {
      anchor: "start",
      color: theme.foreground,
      fontSize: 15,
      fontWeight: 600,
      subtitleColor: theme.muted,
      subtitleFontSize: 11.5,
      subtitlePadding: 4,
      offset: 12
    },
    axis: {
      labelColor: theme.foreground,
      titleColor: theme.muted,
      domainColor: theme.faint,
      tickColor: theme.faint,
      gridColor: theme.faintest,
      labelFontSize: fontSize,
      titleFontSize: fontSize,
      titleFontWeight: 500,
      labelFont: SANS_SERIF,
      titleFont: SANS_SERIF
    },
    legend: {
      labelColor: theme.foreground,
      titleColor: theme.muted,
      labelFontSize: fontSize,
      titleFontSize: fontSize,
      titleFontWeight: 500,
      symbolStrokeWidth: 1.5,
      labelLimit: 220
    },
    header: {labelColor: theme.foreground, titleColor: theme.muted, labelFontSize: fontSize, labelFont: SANS_SERIF},
    text: {color: theme.foreground, font: SANS_SERIF},
    bar: {continuousBandSize: 12}
  };
}

// A colour mixed with white: `amount` 0 keeps it, 1 gives white. Colours are #rrggbb (others are returned as they are).
/**
 * @param {string} color
 * @param {number} amount
 */
export function tint(color, amount) {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(String(color));
  if (!match) return color;
  return `#${match
    .slice(1)
    .map((hex) =>
      Math.round(parseInt(hex, 16) + (255 - parseInt(hex, 16)) * amount)
        .toString(16)
        .padStart(2, "0")
    )
    .join("")}`;
}

// The fill of a partial-period bar (a first half-year): its colour made lighter, in dark mode as in light mode,
// as the charts' notes say ("lighter, dashed bars"). A lower opacity would make it darker on a dark page.
/**
 * @param {string} color
 * @param {Theme} theme
 */
export function partialFill(color, theme) {
  return tint(color, theme.dark ? 0.5 : 0.62);
}
