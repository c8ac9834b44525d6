/**
 * The state a shared demonym names in one document ("Dominicans" in an item on the Eastern Caribbean are of
 * Dominica): the other state when the text names it and never names the usual one (`vocabulary/shared-demonyms.ts`).
 */
import {SHARED_DEMONYMS} from "../vocabulary/shared-demonyms.js";

const named = (text: string, names: string[]) =>
  names.some((n) => new RegExp(`(?<![\\p{L}])${n.replace(/[.]/g, "\\.")}(?![\\p{L}])`, "u").test(text));

/** For each shared demonym whose other state the text names instead of the usual one: the usual state → the other. */
export function sharedDemonymStates(text: string): Map<string, {demonym: RegExp; state: string}> {
  const out = new Map<string, {demonym: RegExp; state: string}>();
  for (const d of SHARED_DEMONYMS)
    if (!named(text, d.usual.names) && named(text, d.other.names))
      out.set(d.usual.state, {
        demonym: new RegExp(`(?<![\\p{L}])${d.demonym}s?(?![\\p{L}])`, "u"),
        state: d.other.state
      });
  return out;
}

/** The citizenship a row read from `quote` has in a document whose shared demonyms `states` resolves. */
export function resolvedCitizenship(
  citizenship: string | null,
  quote: string,
  states: Map<string, {demonym: RegExp; state: string}>
): string | null {
  const other = citizenship ? states.get(citizenship) : undefined;
  return other && other.demonym.test(quote) ? other.state : citizenship;
}
