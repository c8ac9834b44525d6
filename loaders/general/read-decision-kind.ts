/**
 * The kind of decision a count of decisions is, as asylum releases word it after the noun: the status a
 * decision grants or refuses ("712 decisions granted refugee status"), whether it took a case into
 * consideration, the procedure it was taken in ("taken as part of the processing of multiple
 * applications") and the stage it decided on ("decisions on the substance").
 */

/** Forms of protection a decision grants or refuses, longest first. */
const STATUS = String.raw`(?:refugee|subsidiary\s+protection|humanitarian\s+protection|humanitarian|complementary\s+protection|temporary\s+protection|international\s+protection|protection)\s+status|refugee\s+protection|subsidiary\s+protection|humanitarian\s+protection|complementary\s+protection|temporary\s+protection|international\s+protection|asylum`;
const GRANTING = String.raw`grant(?:ed|ing|s)?|acknowledg(?:ed|ing|es)|recogni[sz](?:ed|ing|es)|confer(?:red|ring|s)?|award(?:ed|ing|s)?`;
const REFUSING = String.raw`refus(?:ed|ing|es)|reject(?:ed|ing|s)?|den(?:ied|ying|ies)|withdr(?:ew|awing|awn)|revok(?:ed|ing|es)`;
/** "that granted", "were granting", "which recognised": what may come between the noun and the verb. */
const LEAD = String.raw`^\s*(?:,\s*)?(?:which\s+|that\s+)?(?:were\s+|was\s+|have\s+|had\s+)?`;

const OUTCOME = new RegExp(`${LEAD}(?:(${GRANTING})|(${REFUSING}))\\s+(?:the\\s+|a\\s+)?(${STATUS})(?![\\p{L}])`, "iu");
/** A status that people "were granted": no decision's outcome. */
const PASSIVE = /\b(?:were|was|have\s+been|had\s+been)\s+[a-z]+(?:ed|ied)\b/i;
/** "1,203 were positive (…)": the outcome as one word. */
const VERDICT = new RegExp(`${LEAD}(positive|negative)(?![\\p{L}-])`, "iu");
/** "taking the case into consideration", "refusing to take the application into consideration". */
const CONSIDERATION = new RegExp(
  `${LEAD}(?:(${REFUSING}|not)\\s+(?:to\\s+)?)?tak(?:ing|e|en)\\s+(?:(?:the|an?|their)\\s+)?(?:case|application|request|claim)s?\\s+into\\s+consideration\\b`,
  "i"
);
/** "taken as part of the processing of multiple applications", "made in the context of the review of subsequent claims". */
const PROCEDURE =
  /^\s*(?:of\s+(?:which|them|these)\s+)?(?:(?:were|was)\s+(?:made|taken|issued|adopted|handed\s+down)\s+)?(?:as\s+part\s+of|in\s+the\s+context\s+of|within\s+the\s+framework\s+of|in\s+the\s+framework\s+of|under)\s+(?:the\s+)?(?:processing|review|examination|handling|assessment)\s+of\s+((?:[a-z-]+\s+)?(?:applications|requests|claims))\b/i;
/** "decisions on the substance", "(decisions on the merits)": the stage a decision was taken at. */
const STAGE = /^\s*(?:\(\s*decisions?\s+)?(on\s+the\s+(?:substance|merits))\b/i;

/** A form of protection as the category names it: one spacing, lower case, "status" dropped after "protection". */
const tidy = (s: string) =>
  s
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/(protection) status$/, "$1");

/** The kind of decision the words after a count of decisions name, or null. */
export function decisionKind(after: string): string | null {
  const outcome = OUTCOME.exec(after);
  // "3,401 were granted refugee status": people granted it, whose count the event already names.
  if (outcome && PASSIVE.test(outcome[0])) return null;
  if (outcome) return `${tidy(outcome[3])} ${outcome[1] ? "granted" : "refused"}`;
  const verdict = VERDICT.exec(after);
  if (verdict) return verdict[1].toLowerCase();
  const consideration = CONSIDERATION.exec(after);
  if (consideration) return consideration[1] ? "refused consideration" : "taken into consideration";
  const procedure = PROCEDURE.exec(after);
  if (procedure) return tidy(procedure[1]);
  return STAGE.exec(after)?.[1].toLowerCase() ?? null;
}
