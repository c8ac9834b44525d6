/**
 * The names of public bodies in a clause ("the Ministry of Enterprise, Training and Employment", "the Department
 * of Labour and Employment", "the Office for Refugees"): their words name a body, not an event of the count, so
 * the search for events passes over them.
 */
import {BODY_HEADS} from "../vocabulary/body-heads.js";

// A body's head word, "of" / "for" / "on", then capitalised words joined by commas, "and", "&" or small words.
const BODY_NAME = new RegExp(
  String.raw`\b(?:${BODY_HEADS.join("|")})\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\p{L}’'-]*(?:(?:,\s+|\s+(?:and|&|of|for|the|on)\s+|\s+)[A-Z][\p{L}’'-]*)*`,
  "gu"
);

// "the overcrowded Immigration Detention Centre", "a return centre": a facility named by what is done there.
const FACILITY =
  /\b(?:detention|reception|transit|return|deportation|removal)\s+(?:cent(?:re|er)s?|facilit(?:y|ies)|camps?)\b/giu;

/** The clause with each body's name blanked out, offsets kept. */
export function withoutBodyNames(clause: string): string {
  return BODY_NAME.test(clause) ? clause.replace(BODY_NAME, (m) => " ".repeat(m.length)) : clause;
}

// "85 foreigners were held in detention facilities": a facility people are put in names what was done to them.
const PUT_IN =
  /\b(?:held|placed|detained|kept|housed|accommodated|confined|locked\s+up)\s+(?:\w+\s+)?(?:in|at|into|inside)\s+(?:\S+\s+){0,2}$/i;

// "deported from Iran through the Milak (Nimroz) and Herat border crossings": the place people passed, not a crossing counted.
const PASSED_POINT =
  /\b(?:through|via|at)\s+(?:the\s+)?(?:(?:[A-Z][\p{L}-]*|\([^()]*\)|and|official|main)\s+){0,8}(?:border\s+crossings?(?:\s+points?)?|crossing\s+points?|border\s+posts?|checkpoints?|(?:points?|ports?)\s+of\s+entry)\b/gu;

/** The clause with each body's and facility's name blanked out, offsets kept: what is left holds the events. */
export function withoutNamedPlaces(clause: string): string {
  const out = withoutBodyNames(clause).replace(PASSED_POINT, (m) => " ".repeat(m.length));
  if (!FACILITY.test(out)) return out;
  return out.replace(FACILITY, (m, at: number) =>
    PUT_IN.test(out.slice(Math.max(0, at - 50), at)) ? m : " ".repeat(m.length)
  );
}
