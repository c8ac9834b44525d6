/**
 * The money a table's title says its cells are in: "TOP $m", "USD million", "(in millions of US dollars)",
 * "€ thousand", "T$ '000". A title naming a currency of the vocabulary and a scale makes each cell an amount of
 * that currency times the scale; a title naming only one of them says too little to read the cells as money.
 */
import {CURRENCIES, SCALES, SHORT_SCALES} from "../vocabulary/quantities.js";
import {alternation} from "./alternation.js";

export interface TableMoney {
  unit: string;
  scale: number;
}

// A one-letter sign ("R") names a currency only glued to an amount, never alone in a title.
const FORMS = CURRENCIES.flatMap((c) =>
  [...(c.before ?? []), ...(c.after ?? [])].filter((f) => !/^\p{L}$/u.test(f)).map((f) => [f, c.unit] as const)
).sort((a, b) => b[0].length - a[0].length);
const UNIT_OF = new Map(FORMS.map(([f, u]) => [f.toLowerCase(), u]));
// An ISO code in capitals ("TOP", "USD") names its currency in a title, though "top" is no prefix in prose.
const CODES = new Set(CURRENCIES.map((c) => c.unit).filter((u) => /^[A-Z]{3}$/.test(u)));
const CODE = /\b([A-Z]{3})\b/g;
// A currency form, not inside a word ("USD" in "USDA" is none); a symbol may have its scale glued after it ("£m").
const endsInLetter = (f: string) => /\p{L}$/u.test(f);
const CURRENCY = new RegExp(
  `(?<![\\p{L}])(?:(${alternation(FORMS.map(([f]) => f).filter(endsInLetter))})(?![\\p{L}])|(${alternation(
    FORMS.map(([f]) => f).filter((f) => !endsInLetter(f))
  )}))`,
  "iu"
);
const SCALE_WORD = new RegExp(`(?<![\\p{L}])(${alternation(Object.keys(SCALES))})s?(?![\\p{L}])`, "iu");
// "$m", "T$bn", "€k": a short scale glued to a symbol; "'000" for thousands.
const GLUED = new RegExp(`[$€£¥₹₱₦]\\s?(${alternation(Object.keys(SHORT_SCALES))})(?![\\p{L}])`, "iu");
const THOUSANDS = /['’]000\b|\b000s\b/;

/** The currency and scale a title names, or null. */
export function tableMoney(title: string): TableMoney | null {
  if (title.split(/\s+/).length > 12) return null;
  const glued = GLUED.exec(title);
  const word = SCALE_WORD.exec(title);
  const scale = glued
    ? SHORT_SCALES[glued[1].toLowerCase()]
    : word
      ? SCALES[word[1].toLowerCase()]
      : THOUSANDS.test(title)
        ? 1e3
        : null;
  if (!scale) return null;
  // A state's code ("TOP $m") names the currency before a bare symbol does.
  for (const m of title.matchAll(CODE)) if (CODES.has(m[1])) return {unit: m[1], scale};
  const currency = CURRENCY.exec(title);
  const unit = currency ? UNIT_OF.get((currency[1] ?? currency[2]).toLowerCase()) : undefined;
  return unit ? {unit, scale} : null;
}
