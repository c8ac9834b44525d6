/**
 * Lines of a saved page that stand apart though only a single line break follows them: the items of a navigation
 * menu ("- Data and Resources", "- 2030 Agenda"), and a headline whose next line opens the story with its dateline
 * ("Niamey – Since 2019, …", "BANJUL, Gambia (AP) — The …"). Each ends a sentence, so a headline is not glued to the
 * menu above it nor to the story below it, and keeps its own numbers.
 */
import {flatIndexOf, type FlatText} from "../text/flatten.js";

// "- Take Action", "» About us": a menu item, a few words after a dash or chevron, with no stop.
const MENU_ITEM = /^[-–»›]\s+\S(?:\S*\s+){0,4}\S*$/u;
// "Niamey –", "MIAMI -", "Bujumbura, Burundi (PANA) -": a place (and agency) and a dash before the story's words.
const DATELINE_OPENING =
  /^\p{Lu}[\p{L}.'’]*(?:,?\s+\p{Lu}[\p{L}.'’]*){0,3}(?:\s*\([\p{L}. ]{2,12}\))?\s+[–—-]\s+(?:\p{Lu}|\d)/u;
// A line that ends on one of these words, or on a stop, is a sentence wrapped across lines, not a headline.
const NOT_HEADLINE_END = /(?:[.!?:;,"”’)]|\b(?:of|the|and|or|to|in|by|for|a|an|with|from|on|at|that))$/i;
const MAX_HEADLINE_WORDS = 30;

// "- annual net migration: loss of": a dashed line ending on a word that needs more is a list item wrapped onto the next
// line ("- Who We Are" is still a menu entry).
const WRAPS_ON =
  /\b(?:of|the|and|or|to|in|by|for|a|an|with|from|on|at|that|was|were|reached|totalled|totaled|numbered)$/i;

/** Whether a line is an item of a page's menu. */
export function isMenuItem(line: string): boolean {
  const t = line.trim();
  return MENU_ITEM.test(t) && !/[.!?;:,]$/.test(t) && !WRAPS_ON.test(t);
}

/** Whether a line opens a story with its dateline's place and a dash. */
export function opensWithDateline(line: string): boolean {
  return DATELINE_OPENING.test(line.trim());
}

/** Raw offsets at which a sentence begins after a menu item, or after a headline above a dateline. */
export function chromeLineStarts(raw: string): number[] {
  const out: number[] = [];
  const lines = raw.split("\n");
  let at = 0;
  for (const [i, line] of lines.entries()) {
    const next = at + line.length + 1;
    const t = line.trim();
    const following = lines[i + 1]?.trim() ?? "";
    const headline =
      t.split(/\s+/).length <= MAX_HEADLINE_WORDS && !NOT_HEADLINE_END.test(t) && opensWithDateline(following);
    if (t && following && (isMenuItem(t) || headline)) out.push(next);
    if (isMenuItem(t)) out.push(at);
    at = next;
  }
  return out;
}

// The reader asks once per paragraph of one document: its line starts are found once, not once per paragraph.
let memo: {raw: string; starts: number[]} | null = null;

/** Flat offsets of the sentence breaks after a page's menu items and before a story's dateline. */
export function chromeLineBreaks(raw: string, flat: FlatText): number[] {
  if (memo?.raw !== raw) memo = {raw, starts: chromeLineStarts(raw)};
  const out: number[] = [];
  if (!flat.text.length) return out;
  const first = flat.offsets[0],
    last = flat.offsets[flat.text.length - 1];
  for (const start of memo.starts) {
    // A start outside the paragraph maps to its first or last offset, which the check below drops anyway.
    if (start <= first || start > last) continue;
    const k = flatIndexOf(flat, start);
    if (k > 0 && k < flat.text.length) out.push(flat.text[k] === " " ? k + 1 : k);
  }
  return out;
}
