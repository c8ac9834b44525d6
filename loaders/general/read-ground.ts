/**
 * "1,297 for study, 106 under an international agreement": a part of a list of permits named by the legal ground it
 * was granted under, not by an age limit or a number ("under 18", "under the age of 14").
 */
const UNDER =
  /^under\s+(?:an?\s+|the\s+)?(?!age\b|\d|one\b|two\b|three\b|five\b|ten\b)((?:[a-z-]+\s+){0,4}?(?:agreement|treaty|scheme|programme|program|procedure|quota|law|act|article|section|provision|regime|convention|arrangement|clause|rule|rules|regulation|regulations|directive|visa\s+waiver))(?=\s*(?:[,;.)(]|and\b|$))/i;

/** The ground words after "under" at the start of `text`, or null when they name no ground. */
export function groundUnder(text: string): string | null {
  return UNDER.exec(text)?.[1].toLowerCase() ?? null;
}
