// Axis labels of horizontal bars, broken into lines that fit the space beside the axis, so that a narrow
// chart shows a long category name whole instead of cutting it with "…".
import {wrapText} from "./source.js";

/**
 * Lines of at most `maxWidth` pixels at `fontSize`, broken at spaces; a bracketed part starts a line of its
 * own, and text past `maxLines` stays on the last line, for the axis's label limit to cut.
 * @param {string} label
 * @param {{maxWidth: number, fontSize?: number, maxLines?: number}} options
 * @returns {string[]}
 */
export function axisLines(label, {maxWidth, fontSize = 12, maxLines = 3}) {
  // An average advance of a sans-serif letter is a little over half the font size.
  const lines = String(label)
    .split(/ (?=\()/)
    .flatMap((part) => wrapText(part, maxWidth, fontSize * 0.56));
  return lines.length > maxLines ? [...lines.slice(0, maxLines - 1), lines.slice(maxLines - 1).join(" ")] : lines;
}
