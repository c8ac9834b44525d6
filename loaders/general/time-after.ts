/**
 * A time expression right after a number ("reached 676,142 last year", "stood at 52 this month"): the
 * number is bare, its noun stated before it, and the words date it rather than name a kind.
 */
import {TIME_AFTER_NUMBER} from "../vocabulary/now.js";
import {alternation} from "./alternation.js";

const TIME_AFTER = new RegExp(`^[\\s,]*(?:${alternation(TIME_AFTER_NUMBER)})(?![\\p{L}\\p{N}'’-])`, "iu");

/** The length of the time expression opening `after` (the text right after a number), or 0. */
export function timeAfter(after: string): number {
  return TIME_AFTER.exec(after)?.[0].length ?? 0;
}
