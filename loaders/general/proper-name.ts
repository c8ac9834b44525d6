/**
 * The pattern source of a capitalised name of up to `1 + following` words ("Mexico City", "Kayin State"), shared
 * by the readers of places and lists so that they agree on what a name is. A lower-case particle may join two of
 * its words ("Trig al Seka", "Ciudad del Este", "Bandar bin Ali") without counting as one.
 */
const PARTICLES = ["al", "el", "de", "del", "da", "di", "du", "van", "von", "bin", "ibn"];

export function properName(following?: number, {oneLetter = false}: {oneLetter?: boolean} = {}): string {
  const word = String.raw`[A-Z][\p{L}’'-]${oneLetter ? "*" : "+"}`;
  const count = following === undefined ? "*" : `{0,${following}}`;
  return String.raw`${word}(?:\s+(?:(?:${PARTICLES.join("|")})\s+)?${word})${count}`;
}
