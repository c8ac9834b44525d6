/**
 * Lines of a label and one figure, a colon, a dash, a bar, dots or a wide gap between them, as releases and press
 * items print key figures: "Arrivals: 12,400", "• Mexico – 141,045", "Asylum applications .... 3,120". A run of two
 * or more under a heading or a lead sentence is read; the label says which part or which count each line gives.
 */
import {parseNumber} from "../numbers/parse-number.js";
import {lineRuns, sentenceAbove} from "./line-runs.js";

export interface LabelValueLine {
  label: string;
  value: number;
  /** Raw offsets of the line's words (after its bullet) and of its figure. */
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
  /** Whether a table's gap stands between label and figure (dots, a tab, spaces) rather than a colon or a dash. */
  tabular: boolean;
}

export interface LabelValueList {
  start: number;
  end: number;
  /** The heading or lead sentence above the lines, its colon dropped. */
  title: string;
  /** Whether the lead ends in a colon that opens the lines. */
  opened: boolean;
  /** The sentence before the title, whose time a title that names none continues. */
  earlier: string;
  lines: LabelValueLine[];
}

// A label of words (no figures: "2017: 924" is a year's line), a separator, one figure, an optional closing mark.
const LINE =
  /^([ \t]*(?:[•▪●◦■►➢‣⁃*·–-][ \t]+)?)(\p{L}[\p{L} .’'()/&-]*?[\p{L})])[ \t]*(:|--?(?=[ \t])|[–—|=]|\.{2,}|…|\t|[ \t]{2,})[ \t]*(\d{1,3}(?:,\d{3})+|\d+)[ \t]*[;,.]?[ \t]*$/u;
const MAX_LABEL_WORDS = 6;

function lineOf(line: string, at: number): LabelValueLine | null {
  const m = LINE.exec(line);
  if (!m || m[2].split(/\s+/).length > MAX_LABEL_WORDS) return null;
  const value = parseNumber(m[4]);
  if (!value) return null;
  const start = at + m[1].length;
  const valueStart = at + m[0].lastIndexOf(m[4]);
  return {
    label: m[2].trim(),
    value: value.value,
    start,
    end: valueStart + m[4].length,
    valueStart,
    valueEnd: valueStart + m[4].length,
    tabular: !/^(?::|--?|[–—|=])$/.test(m[3])
  };
}

export function readLabelValueLines(raw: string, start: number, end: number): LabelValueList[] {
  const out: LabelValueList[] = [];
  for (const run of lineRuns(raw, start, end, lineOf)) {
    const labels = new Set(run.items.map((l) => l.label.toLowerCase()));
    // One line alone is a caption; a label said twice is a form, not a list of parts.
    if (run.items.length < 2 || labels.size !== run.items.length) continue;
    const above = sentenceAbove(raw, run.start);
    const [title, opened] = [above.sentence, /:\s*$/.test(above.line)];
    const titleAt = raw.lastIndexOf(title, run.start);
    const earlier = titleAt > 0 ? sentenceAbove(raw.slice(0, titleAt).replace(/\s+$/, ""), titleAt).sentence : "";
    if (title)
      out.push({start: run.items[0].start, end: run.items.at(-1)!.end, title, opened, earlier, lines: run.items});
  }
  return out;
}
