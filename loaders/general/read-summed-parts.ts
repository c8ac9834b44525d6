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
