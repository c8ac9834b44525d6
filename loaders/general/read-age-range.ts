/**
 * "six victims were aged 0-14 and 24 aged 15-17", "12 were aged under 18", "31 aged 60 and over": the ages a
 * count's predicate names make the part's age group.
 */
// "109 were under age 18", "109 under the age of 18": a bound on the age needs no "aged" when "age" or a copula says it.
const AGE = new RegExp(
  String.raw`^\s*(?:(?:were|was|are|is)\s+)?(?:(?:aged|between\s+the\s+ages\s+of)\s+(?:(\d{1,2})\s*(?:[-–—]|to|and)\s*(\d{1,3})|(under|below|over|above)\s+(\d{1,2})|(\d{1,2})\s+(?:and|or)\s+(?:over|above|older|more))|(?<=(?:were|was|are|is)\s+)(under|below|over|above)\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?(\d{1,2})|(under|below|over|above)\s+(?:the\s+)?age\s+(?:of\s+)?(\d{1,2}))(?:\s+years(?:\s+(?:old|of\s+age))?)?(?![\d-])`,
  "i"
);

/** The age group a count's predicate names ("0-14", "under 18", "60+"), or null. */
export function ageAfter(after: string): string | null {
  const m = AGE.exec(after);
  if (!m) return null;
  if (m[1]) return Number(m[1]) < Number(m[2]) ? `${Number(m[1])}-${Number(m[2])}` : null;
  const [bound, age] = m[3] ? [m[3], m[4]] : m[6] ? [m[6], m[7]] : m[8] ? [m[8], m[9]] : [null, null];
  // "over 18 years of age" names the adults: past the age of majority, not from 19.
  if (bound && !/under|below/i.test(bound) && Number(age) === 18) return "18+";
  if (bound) return /under|below/i.test(bound) ? `under ${age}` : `${Number(age) + 1}+`;
  return `${m[5]}+`;
}
