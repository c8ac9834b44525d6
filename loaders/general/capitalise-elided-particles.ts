/**
 * A name whose second word opens on an elided particle ("Côte d’Ivoire", "Val d'Aosta") is read with that particle
 * capitalised, so that every reader taking a run of capitalised words for a name takes the whole name.
 */
import type {FlatText} from "../text/flatten.js";

// "Côte d’Ivoire": "d’" or "l’" between a capitalised word and the capital it is glued to.
const ELIDED = /(?<=\p{Lu}[\p{L}-]*\s+)[dl](?=[’']\p{Lu})/gu;

/** The flat text with each elided particle of a name in capitals, the same length so every offset holds. */
export function capitaliseElidedParticles(flat: FlatText): FlatText {
  if (!/\s[dl][’']\p{Lu}/u.test(flat.text)) return flat;
  return {text: flat.text.replace(ELIDED, (p) => p.toUpperCase()), offsets: flat.offsets};
}
