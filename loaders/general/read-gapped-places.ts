/**
 * Gapping with place subjects: "Rwanda hosts 72,007 Burundian refugees, Tanzania 164,873 and Uganda 48,275",
 * "Germany deported 208, Sweden 95 and Austria 40". The head clause has a state as its subject and a verb; each
 * later item repeats only a state and a number, so it shares the head's noun, verb and qualifiers and takes its
 * own state as the place it was counted in.
 */
import type {Breakdown} from "../types.js";
import {canonicalCountry} from "../specs/countries.js";

export interface GappedReading {
  q: {start: number; end: number; kind: string};
  counted: {end: number};
  breakdown: Breakdown;
}

// "Rwanda", "DR Congo", "the United Kingdom", "South Africa": a capitalised name of up to four words.
const NAME = String.raw`(?:the\s+)?(?<name>\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})`;
// A hedge the head's number may carry ("some 5,000", "more than 200").
const HEDGE = String.raw`(?:(?:about|around|some|over|nearly|almost|roughly|approximately|more\s+than|fewer\s+than|less\s+than)\s+)?(?:[A-Z]{0,3}\$\s?|€\s?|£\s?)?`;
// Words that cannot end a verb phrase before the head's number: its place would then be an adjunct, not the subject.
const NOT_A_VERB =
  /^(?:from|in|to|of|at|by|for|with|than|and|or|the|a|an|its|their|which|who|that|while|where|between|among|per)$/;
// The head: a state as the subject (after the sentence's start, a comma, a colon or a time it opens on), then one to
// four lower-case words.
const HEAD = new RegExp(
  String.raw`(?:^|[,;:]\s+|^(?:[Ll]ast|[Tt]his)\s+(?:year|month|week)\s+|^(?:In|During)\s+(?:19|20)\d\d\s+)${NAME}\s+(?<verb>(?:[a-z][a-z’'-]*\s+){1,4})${HEDGE}$`,
  "u"
);
// An item: a list's comma, semicolon or "and", then a state alone before the number; the words between it and the
// count before are that count's own ("1,200 refugees in 2018, Lebanon 950,000").
// "China had 4,567; Korea, 729; Thailand, 574": a comma may stand between the state and its number.
const ITEM = new RegExp(String.raw`(?:^|[,;]|\band|\bwhile|\bwhereas)\s+(?:and\s+)?${NAME},?\s+${HEDGE}$`, "u");
// What may follow an item's number: the list goes on or ends.
// "… and the United States $87.88 million for the same period": a time the last item closes on ends it too.
const ITEM_END =
  /^\s*(?:[,;.)]|and\b|while\b|whereas\b|respectively\b|(?:in|for|during|over)\s+(?:the\s+)?(?:same\s+)?(?:period|year|month|quarter|(?:19|20)\d\d)\b|$)/;

/** The state a written name is, when it is the state's own name and not a demonym ("Burundian", "Iraqi"). */
function stateNamed(words: string): string | null {
  const country = canonicalCountry(words);
  if (!country) return null;
  const own =
    country === words || country.endsWith(` ${words}`) || /\s/.test(words) || !/(?:n|ese|sh|ch|i|c)$/.test(words);
  return own ? country : null;
}

/** The state an item names between the count before it (ending at `from`) and its own number, or null. */
function itemState(text: string, from: number, r: GappedReading): string | null {
  const m = ITEM.exec(text.slice(from, r.q.start));
  const after = text.slice(Math.max(r.q.end, r.counted.end));
  // "United Kingdom $4.22 million tala, Fiji …": an amount may be followed by its currency's name.
  const ends = ITEM_END.test(after) || (r.q.kind === "money" && ITEM_END.test(after.replace(/^\s*[a-z]+\b/, "")));
  if (!m || !ends) return null;
  return stateNamed(m.groups!.name);
}

// "Australia’s inflow of private remittances amounted to $162.28m and the United States $87.88m": the state owns the
// subject, whose verb of amounting comes right before the number.
const POSSESSIVE_HEAD = new RegExp(
  String.raw`(?:^|[,;:]\s+)${NAME}['’]s\s+(?:[a-z][a-z-]*\s+){1,5}?(?:amounted\s+to|came\s+to|totall?ed|reached|stood\s+at|rose\s+to|fell\s+to|was|were)\s+${HEDGE}$`,
  "u"
);

/** The state that is the head clause's subject right before a number (`before` ends where it starts), or null. */
function headState(before: string): string | null {
  const owner = POSSESSIVE_HEAD.exec(before);
  if (owner) return stateNamed(owner.groups!.name);
  const m = HEAD.exec(before);
  if (!m) return null;
  const words = m.groups!.verb.trim().split(/\s+/);
  if (words.some((w) => NOT_A_VERB.test(w))) return null;
  return stateNamed(m.groups!.name);
}

/** Whether a sentence opens a gapped list: a state as the subject of a verb before a number ("Germany deported 208"). */
export function opensGappedList(text: string): boolean {
  for (const m of text.matchAll(/\d/g)) if (headState(text.slice(0, m.index))) return true;
  return false;
}

/**
 * Sets each count of a gapped list to its own state: the head's subject and every item's name. Returns the
 * indices of the readings it placed (empty when the sentence is no such list).
 */
export function gappedPlaces(text: string, live: GappedReading[]): number[] {
  const placed: number[] = [];
  for (let h = 0; h < live.length; h++) {
    const head = live[h];
    // "American Samoa totaled $17.63 million, United Kingdom $4.22 million": amounts from each place are gapped too.
    if (head.q.kind !== "count" && head.q.kind !== "money") continue;
    const headPlace = headState(text.slice(0, head.q.start));
    if (!headPlace) continue;
    const items: [number, string][] = [];
    for (let i = h + 1; i < live.length && live[i].q.kind === head.q.kind; i++) {
      const before = live[i - 1];
      const state = itemState(text, Math.max(before.q.end, before.counted.end), live[i]);
      if (!state) break;
      items.push([i, state]);
    }
    if (items.length === 0) continue;
    for (const [i, state] of [[h, headPlace] as [number, string], ...items]) {
      const b = live[i].breakdown;
      b.country = state;
      if (b.citizenship === state) b.citizenship = undefined;
      placed.push(i);
    }
    h = items[items.length - 1][0];
  }
  return placed;
}
