/**
 * Facilities of health care are no shelters for migrants or victims: "10 quarantine centers prepared for the
 * returning workers", "three isolation facilities" count places of a health service, kept for review only.
 */

const HEALTH = /\b(?:quarantine|isolation|treatment|testing|vaccination|health|medical|covid(?:-19)?|hospital)\b/i;

/** Whether the words before a counted facility make it one of health care. */
export function healthFacility(modifiers: string): boolean {
  return HEALTH.test(modifiers);
}
