/** Turns a sentence pattern with typed placeholders into a regular expression with named groups. */
import {NUMBER_DIGITS_SOURCE, NUMBER_WORD_SOURCE} from "../numbers/parse-number.js";
import {PERIOD_SOURCE} from "../periods/parse-period.js";
import {COUNTRY_SOURCE} from "../specs/countries.js";

export type SlotType = "number" | "period" | "country" | "zero" | "all";

export interface CompiledPattern {
  regex: RegExp;
  slots: Map<string, SlotType>;
}

const APPROX = "around|about|approximately|more than|over|nearly|almost|at least|up to|some|نحو|حوالي|زهاء|أكثر من";
/** Right-to-left extraction writes digit groups lowest first: "900 8" is 8,900. */
const REVERSED_DIGITS_SOURCE = String.raw`\d{3}(?:[ \u00a0]\d{3})*[ \u00a0]\d{1,3}(?![\d])|\d{3}(?:[ \u00a0]\d{3})+(?![\d])|\d+(?![\d])`;

const SLOT_SOURCE: Record<SlotType, (name: string, reversed: boolean) => string> = {
  number: (n, reversed) => reversed
    ? String.raw`(?:(?<${n}__approx>${APPROX})\s+)?(?<${n}>(?<![\w.,/])(?:${REVERSED_DIGITS_SOURCE}))`
    : String.raw`(?:(?<${n}__approx>${APPROX})\s+)?(?<${n}>(?<![\w.,/])(?:${NUMBER_DIGITS_SOURCE})(?:\s*\((?:${NUMBER_WORD_SOURCE})\))?|\b(?:${NUMBER_WORD_SOURCE})\b)`,
  period: (n) => String.raw`(?<${n}>(?<![\w.])(?:${PERIOD_SOURCE})(?![\w]))`,
  country: (n) => String.raw`(?<${n}>(?<![\w])(?:${COUNTRY_SOURCE})(?![\w]))`,
  zero: (n) => String.raw`(?<${n}>\b(?:no|none|nil)\b)`,
  all: (n) => String.raw`(?<${n}>\ball\b)`,
};

export function compilePattern(pattern: string, flags = "gid", options: {reversedGroups?: boolean} = {}): CompiledPattern {
  const slots = new Map<string, SlotType>();
  const source = pattern
    .replace(/ +\?/g, String.raw`\s*`)
    .replace(/ +/g, String.raw`\s+`)
    .replace(/\{([A-Za-z_]\w*)(?::(\w+))?\}/g, (_, name: string, type: string | undefined) => {
      const t = (type ?? "number") as SlotType;
      if (!(t in SLOT_SOURCE)) throw new Error(`pattern "${pattern}": unknown slot type "${type}"`);
      if (slots.has(name)) throw new Error(`pattern "${pattern}": slot "${name}" used twice`);
      slots.set(name, t);
      return SLOT_SOURCE[t](name, options.reversedGroups ?? false);
    });
  try {
    return {regex: new RegExp(source, flags), slots};
  } catch (e) {
    throw new Error(`pattern "${pattern}" is not a valid regular expression: ${(e as Error).message}`);
  }
}
