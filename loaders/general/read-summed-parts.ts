/**
 * "A total of 32,229 Afghans returned from Iran … between 12-18 March 2021. 15,150 persons returned voluntarily and
 * 17,079 were deported.": counts that state no period of their own and add up exactly to a count of the sentence
 * before are its parts, counted in its period and place.
 */
import type {Extracted} from "../extracted.js";

/** Gives `parts` the period, country and citizenship of the count of `previous` they add up to, when one does. */
export function takeWholesFrame(parts: Extracted[], previous: Extracted[]): void {
  if (parts.length < 2 || parts.some((p) => p.unit !== parts[0].unit || p.period.label !== parts[0].period.label))
    return;
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const whole = previous.find((w) => w.unit === parts[0].unit && w.value === sum && w.value > 0);
  if (!whole) return;
  for (const p of parts) {
    p.period = whole.period;
    p.country ??= whole.country;
    p.citizenship ??= whole.citizenship;
  }
}

/** A row of the general reader that fell short of an observation, with why. */
interface Held extends Extracted {
  reason: string;
}

/** Reasons that say only that the reader did not know what was counted, which a whole they add up to settles. */
const UNKNOWN_COUNTED = /^(?:indicator not in the registry|nothing counted)$/;

/**
 * "… has repatriated 11,303 to their home countries." then "There are 8,279 men, 2,661 women, 200 boys, and 163
 * girls": people named only by sex or age, whose counts add up exactly to a count of people just before, are its
 * parts. Returns the indices of `held` taken as such parts, each given the whole's indicator and frame.
 */
export function partsOfWhole(held: Held[], previous: Extracted[]): number[] {
  const parts = [...held.entries()].filter(
    ([, p]) => UNKNOWN_COUNTED.test(p.reason) && p.unit === "persons" && (p.sex || p.age_group) && !p.category
  );
  if (parts.length < 2 || parts.length !== held.filter((p) => p.unit === "persons").length) return [];
  const sum = parts.reduce((s, [, p]) => s + p.value, 0);
  const whole = previous.find(
    (w) => w.unit === "persons" && w.value === sum && w.value >= 10 && !w.sex && !w.age_group
  );
  if (!whole) return [];
  for (const [, p] of parts)
    Object.assign(p, {
      indicator: whole.indicator,
      family: whole.family,
      period: whole.period,
      country: p.country ?? whole.country,
      citizenship: p.citizenship ?? whole.citizenship,
      confidence: whole.confidence
    });
  return parts.map(([i]) => i);
}
