/** Turns a sentence pattern with typed placeholders into a regular expression with named groups. */
import {NUMBER_DIGITS_SOURCE, NUMBER_WORD_SOURCE} from "../numbers/parse-number.js";
import {PERIOD_SOURCE} from "../periods/parse-period.js";
import {COUNTRY_SOURCE} from "../specs/countries.js";

export type SlotType = "number" | "period" | "country" | "zero" | "all";

export interface CompiledPattern {
  regex: RegExp;
  slots: Map<string, SlotType>;
  /** Lower-case words every match must contain: paragraphs without them are skipped unread. */
  literal: string | null;
}

const APPROX = "around|about|approximately|more than|over|nearly|almost|at least|up to|some|نحو|حوالي|زهاء|أكثر من";
/** Right-to-left extraction writes digit groups lowest first: "900 8" is 8,900. */
const REVERSED_DIGITS_SOURCE = String.raw`\d{3}(?:[ \u00a0]\d{3})*[ \u00a0]\d{1,3}(?![\d])|\d{3}(?:[ \u00a0]\d{3})+(?![\d])|\d+(?![\d])`;

const SLOT_SOURCE: Record<SlotType, (name: string, reversed: boolean) => string> = {
  number: (n, reversed) =>
    reversed
      ? String.raw`(?:(?<${n}__approx>${APPROX})\s+)?(?<${n}>(?<![\w.,/])(?:${REVERSED_DIGITS_SOURCE}))`
      : String.raw`(?:(?<${n}__approx>${APPROX})\s+)?(?<${n}>(?<![\w.,/])(?:${NUMBER_DIGITS_SOURCE})(?:\s*\((?:${NUMBER_WORD_SOURCE})\))?|\b(?:${NUMBER_WORD_SOURCE})\b)`,
  period: (n) => String.raw`(?<${n}>(?<![\w.])(?:${PERIOD_SOURCE})(?![\w]))`,
  country: (n) => String.raw`(?<${n}>(?<![\w])(?:${COUNTRY_SOURCE})(?![\w]))`,
  zero: (n) => String.raw`(?<${n}>\b(?:no|none|nil)\b)`,
  all: (n) => String.raw`(?<${n}>\ball\b)`
};

export function compilePattern(
  pattern: string,
  flags = "gid",
  options: {reversedGroups?: boolean} = {}
): CompiledPattern {
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
    return {regex: new RegExp(source, flags), slots, literal: requiredLiteral(pattern)};
  } catch (e) {
    throw new Error(`pattern "${pattern}" is not a valid regular expression: ${(e as Error).message}`);
  }
}

/**
 * The longest run of plain words at the top level of a pattern (outside groups, classes and
 * alternatives, and not made optional by a quantifier), which any match must contain.
 */
export function requiredLiteral(pattern: string): string | null {
  const runs: string[] = [];
  let depth = 0,
    run = "";
  const flush = (optional: boolean) => {
    const kept = optional ? run.slice(0, -1) : run;
    runs.push(kept);
    run = "";
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      flush(false);
      i++;
      continue;
    }
    if (c === "(" || c === "[" || c === "{") {
      flush(false);
      depth++;
      continue;
    }
    if (c === ")" || c === "]" || c === "}") {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth > 0) continue;
    if (c === "|") return null; // a top-level alternative: no word is required
    if (c === "?" || c === "*" || (c === "{" && /^\{0/.test(pattern.slice(i)))) {
      flush(true);
      continue;
    }
    if (/[\p{L}\p{N} ,'’-]/u.test(c)) run += c;
    else flush(false);
  }
  flush(false);
  const best = runs.map((r) => r.trim().replace(/ +/g, " ")).sort((a, b) => b.length - a.length)[0] ?? "";
  return best.length >= 4 ? best.toLowerCase() : null;
}
