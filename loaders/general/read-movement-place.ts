/**
 * Where a movement took place when the place does not follow the count at once: "returned 172 migrants, including 171
 * men and one woman, to Senegal" (past the aside of the whole's parts), "181,566 arrests of Nicaraguan migrants at the
 * US borders" (the country whose border it was), "1,466 migrants arrived at the border town of Assamaka in northern
 * Niger" (a region of a country).
 */
import {canonicalCountry} from "../specs/countries.js";

// ", including 101 women, 43 men and 18 children," / ", among them 239 Nigeriens," / "(… )": the parts of a whole.
const PARTS_ASIDE =
  /^\s*(?:,\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which|comprising)\s+[^,;()]+(?:,\s*(?:and\s+)?[^,;()]*\d[^,;()]*|\s+and\s+[^,;()]+)*,|\(\s*(?:including|among\s+them|of\s+whom|of\s+which)\s+[^()]*\d[^()]*\))/i;

/** Where the words after a whole resume past an aside listing its parts, or null when no such aside follows it. */
export function partsAsideEnd(text: string, at: number): number | null {
  const m = PARTS_ASIDE.exec(text.slice(at));
  return m ? at + m[0].length : null;
}

const NAME = String.raw`([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+){0,2}|[A-Z]{2,}|U\.S\.)`;
// "at the US border", "at the Libyan borders" is no place: only a country's name or abbreviation names its border.
const AT_BORDER = new RegExp(String.raw`^[^;()]*?\bat\s+the\s+${NAME}\s+(?:southern\s+|northern\s+)?borders?\b`, "u");
// Lower-case region adjectives only: "South Korea" and "North Macedonia" are countries, not regions of one.
const REGION = String.raw`(?:far\s+)?(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)`;
const IN_REGION = new RegExp(String.raw`^[^;()]*?\b(?:in|to|into)\s+(?:the\s+)?${REGION}\s+${NAME}`, "u");

/** A country by its name or abbreviation, never by its people's adjective ("Libyan"). */
function countryName(name: string): string | null {
  const words = name.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    // "US" is no name the country list knows (it is also a pronoun); at a border it is the United States.
    const w = words
      .slice(0, n)
      .join(" ")
      .replace(/^(?:US|U\.S\.)$/, "USA");
    const c = canonicalCountry(w);
    if (c && (c === w || /^[A-Z]{2,}$/.test(w) || !/(?:ian|ese|ish|i|an)$/.test(w))) return c;
  }
  return null;
}

/** The country of the border a count was made at, or of the region it happened in, named after it in its clause. */
export function borderOrRegionCountry(after: string): string | null {
  const border = AT_BORDER.exec(after);
  if (border) return countryName(border[1]);
  const region = IN_REGION.exec(after);
  return region ? countryName(region[1]) : null;
}
