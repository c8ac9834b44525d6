// Types of labels.js for TypeScript callers (the tests).
type Row = Record<string, unknown>;

export {FAMILIES, DIMENSIONS} from "./registry.js";
export function familyName(id: string): string;
export function indicatorInfo(
  id: string
): {id: string; family: string; label: string; unit: string; definition: string; breakdowns: string[]} | undefined;
export function indicatorLabel(id: string): string;
export function dimensionLabel(id: string): string;
export function unitTitle(unit: string | null | undefined): string;
export function sexLabel(sex: string): string;
export function ageLabel(age: string): string;
export function breakdownLabel(row: Row): string;
export function checkTitle(description: unknown): string;
export function humanise(id: unknown): string;
export function capitalise(text: unknown): string;
