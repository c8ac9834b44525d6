/**
 * Writes a list of places or peoples with figures joined by a hyphen or a colon ("Samoa-598, Philippines-574,
 * Fiji-270", "Syria: 1,200; Iraq: 900; Iran: 400") as the bracketed list the sentence reader knows ("Samoa (598),
 * Philippines (574) …"). Each added bracket points at the raw offset of the figure it encloses, so every reading
 * still maps back to the exact source.
 */
import {MONTHS} from "../periods/parse-period.js";
import {canonicalCountry} from "../specs/countries.js";
import type {FlatText} from "../text/flatten.js";

// Capitalised words that open a clause or name a time, never a place or a people: "In 2019, 1,200; in 2020, …".
const NOT_A_NAME = [
  "In",
  "On",
  "At",
  "By",
  "For",
  "From",
  "During",
  "Of",
  "The",
  "And",
  "Between",
  "Since",
  "Until",
  "To",
  "With",
  ...MONTHS.map((m) => m[0].toUpperCase() + m.slice(1))
].join("|");
const NAME = String.raw`[A-Z][\p{L}.'’-]*?(?:\s+(?:and\s+|the\s+|of\s+)?[A-Z][\p{L}.'’-]*?){0,3}`;
const FIGURE = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
// One item: a name, a hyphen or a colon, then its figure, ending where a number ends.
const ITEM = String.raw`(${NAME})(-|:\s*)(${FIGURE})(?![\d.,]\d|[\p{L}-])`;
// Three items or more, joined by commas, semicolons or "and".
const RUN = new RegExp(
  String.raw`${ITEM}(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)${ITEM}(?:(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)${ITEM})+`,
  "gu"
);
const ONE = new RegExp(ITEM, "gu");
// "Catalonia, 423,988; Madrid, 394,661; Valencia, 216,353": a name and its figure joined by a comma, the items by
// semicolons (the last one perhaps by "and"); places below a state or peoples, figures with either thousands mark.
const COMMA_FIGURE = String.raw`\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+|\d+`;
const COMMA_ITEM = String.raw`(?<![\p{L}\d])(?!(?:${NOT_A_NAME})\b)(${NAME})(,\s*)(${COMMA_FIGURE})(?![\d.,]\d|[\p{L}-])`;
const COMMA_RUN = new RegExp(
  String.raw`${COMMA_ITEM}\s*;\s*${COMMA_ITEM}(?:(?:\s*;\s*(?:and\s+)?|,?\s+and\s+)${COMMA_ITEM})+`,
  "gu"
);
const COMMA_ONE = new RegExp(COMMA_ITEM, "gu");

/** The flat text with each listed figure in brackets after its name; the same object when no list is found. */
export function bracketListedFigures(flat: FlatText): FlatText {
  // Each edit: where the separator starts, its length, and where the figure ends.
  const edits: {at: number; length: number; end: number}[] = [];
  const semicolons: number[] = [];
  RUN.lastIndex = 0;
  COMMA_RUN.lastIndex = 0;
  for (let run = COMMA_RUN.exec(flat.text); run; run = COMMA_RUN.exec(flat.text)) {
    const items = [...run[0].matchAll(COMMA_ONE)];
    // Lists of states are read as they stand ("Anguilla, 2; Barbados, 29; …"); this is for regions, sites and peoples.
    if (items.filter((m) => canonicalCountry(m[1])).length * 3 >= items.length) continue;
    for (const m of items)
      edits.push({at: run.index + m.index + m[1].length, length: m[2].length, end: run.index + m.index + m[0].length});
    for (const m of run[0].matchAll(/;/g)) semicolons.push(run.index + m.index);
  }
  for (let run = RUN.exec(flat.text); run; run = RUN.exec(flat.text)) {
    const items = [...run[0].matchAll(ONE)].map((m) => ({
      name: m[1],
      at: run.index + m.index + m[1].length,
      length: m[2].length,
      end: run.index + m.index + m[0].length
    }));
    // Most of the names are states: "COVID-19, H-2B and SB-1070" name no places.
    const places = items.filter((i) => canonicalCountry(i.name.replace(/^(?:the|and)\s+/i, ""))).length;
    if (places * 3 < items.length * 2) continue;
    edits.push(...items.map(({at, length, end}) => ({at, length, end})));
    // "India-700; Nepal-500": the items' semicolons read as the commas of a bracketed list, at the same offsets.
    for (const m of run[0].matchAll(/;/g)) semicolons.push(run.index + m.index);
  }
  if (edits.length === 0) return flat;
  edits.sort((a, b) => a.at - b.at);
  // The same text with the items' semicolons as commas (one character for one, so offsets stay).
  let source = flat.text;
  for (const at of semicolons) source = `${source.slice(0, at)},${source.slice(at + 1)}`;
  let text = "";
  const offsets: number[] = [];
  let from = 0;
  const copy = (to: number) => {
    text += source.slice(from, to);
    for (let i = from; i < to; i++) offsets.push(flat.offsets[i]);
    from = to;
  };
  for (const e of edits) {
    copy(e.at);
    // " (" in place of the separator, both pointing at the figure's first character.
    text += " (";
    offsets.push(flat.offsets[e.at], flat.offsets[e.at + e.length]);
    from = e.at + e.length;
    copy(e.end);
    text += ")";
    offsets.push(flat.offsets[e.end]);
  }
  copy(flat.text.length);
  offsets.push(flat.offsets[flat.text.length]);
  return {text, offsets: Int32Array.from(offsets)};
}
