/**
 * Places inside a country as a part of a count: "from Bago Region … at 4,463 persons", "860 to Sagaing Region",
 * "1,306 Kayin State", "460 persons wishing to return to Nay Pyi Taw Council territory". A region, state, province
 * or district is no country of the gazetteer: it names the part (the category), never a national total.
 */

/** A capitalised name and the word that makes it a place inside a country. */
const PLACE = String.raw`((?:[A-Z][\p{L}'’-]+\s+){1,3}(?:Region|State|Province|District|Governorate|Oblast|County|Prefecture|Municipality|Council\s+territory|Territory))(?![\p{L}])`;

/** Names before "State" or "Region" that make them no place inside a country ("Member State", "Dublin State"). */
const NOT_INSIDE =
  /^(?:Member|Federal|United|Islamic|Dublin|Third|Sovereign|Nation|Arab|Independent|Home|Host|Receiving|Sending|Transit|Origin|Destination|Partner|Contracting|Requesting|Requested|EU|Schengen|European|Economic|Administrative|Special|The|This|That|Each|Every|Any|Another|Our|Its|Their|Police|Migration|Immigration|Border|Court|Labour|Labor|School|Health|Customs|Military|Judicial|Electoral)\b/;

const AFTER = new RegExp(
  String.raw`^\s*(?:(?:persons?|people|workers|migrants|returnees)\s+)?(?:(?:wishing|wanting|registered)\s+to\s+return\s+)?(?:(?:to|from|in|of)\s+)?(?:the\s+)?${PLACE}`,
  "u"
);
const BEFORE = new RegExp(
  String.raw`\b(?:from|in|to|of)\s+(?:the\s+)?${PLACE}(?!(?:[^;.]|\.\d)*\b(?:from|to|in)\s+[A-Z])(?:[^;.]|\.\d)*$`,
  "u"
);

function named(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const place = m[1].replace(/\s+/g, " ").trim();
  return NOT_INSIDE.test(place) ? null : place;
}

/** The place inside a country a count is of: the one right after it, else one its clause named before it. */
export function subnationalPlace(after: string, before: string): string | null {
  return named(AFTER.exec(after)) ?? named(BEFORE.exec(before));
}
