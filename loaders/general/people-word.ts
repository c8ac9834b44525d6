/**
 * A people named by its demonym right where a counted noun may stand: "230,000 Ukrainians", "378 East Timorese",
 * "1,200 Vietnamese", "40 South Sudanese", "50,700 Samoa-born". Demonyms in -ese or with a prefix ("I-Kiribati") are
 * plural as written, and some are two words.
 */
import {canonicalCountry} from "../specs/countries.js";
import {PLURAL_AS_WRITTEN} from "../vocabulary/plural-demonyms.js";

const PEOPLE = /^([A-Z][\p{L}-]+)(?:\s+([A-Z]\p{L}+))?/u;

/** The country of a plural demonym as written ("Ukrainians", "Vietnamese", "East Timorese"); null for other words. */
function peopleOf(words: string): string | null {
  // "50,700 Samoa-born": people named by the state they were born in.
  if (/-born$/.test(words)) return canonicalCountry(words.slice(0, -"-born".length));
  // "47 I-Kiribati", "36 Ni-Vanuatu": a demonym joined to its prefix is plural as written too.
  if (/ese$/.test(words) || /^[A-Z][a-z]?-[A-Z]/.test(words) || PLURAL_AS_WRITTEN.includes(words))
    return canonicalCountry(words);
  // A country's own name ending in -s ("Philippines") is no people.
  if (!/s$/.test(words) || canonicalCountry(words)) return null;
  return canonicalCountry(words.slice(0, -1));
}

/** The citizenship and length of a demonym opening `text`; null when it opens with none. */
export function peopleAt(text: string): {citizenship: string; length: number} | null {
  const m = PEOPLE.exec(text);
  if (!m) return null;
  const two = m[2] ? peopleOf(`${m[1]} ${m[2]}`) : null;
  if (two) return {citizenship: two, length: m[0].length};
  const one = peopleOf(m[1]);
  return one ? {citizenship: one, length: m[1].length} : null;
}

/** Whether the capitalised words after a number are a people it counts ("500 East Timorese who …"), not a name. */
export function opensWithPeople(after: string): boolean {
  return peopleAt(after.replace(/^\s+/, "")) !== null;
}

// What may follow a demonym that is the counted people itself ("378 East Timorese who …", "1,200 Vietnamese were …",
// "51 Togolese forcibly returned …").
const AFTER_PEOPLE =
  /^(?:\s*[,;:.)(–—-]|\s*$|\s+(?:who|whom|whose|that|were|was|are|is|have|has|had|in|on|at|as|from|to|and|or|of|living|residing|currently|still|now|already|also|[a-z]+ed|[a-z]+ly\s+[a-z]+ed)\b)/;

/** Whether the text after a demonym in -ese ends the counted phrase (no "male", "workers" or the like qualifies it). */
export function closesPeople(text: string, end: number): boolean {
  // "150 Burmese and Thai victims": two peoples joined before one head qualify it, neither is the counted people.
  const joined = /^\s+(?:and|or)\s+(foreign|[A-Z]\p{L}+)\s+[a-z]/u.exec(text.slice(end, end + 40));
  if (joined && (joined[1] === "foreign" || canonicalCountry(joined[1]))) return false;
  return AFTER_PEOPLE.test(text.slice(end, end + 40));
}
