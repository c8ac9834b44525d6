// Types of labels.js for TypeScript callers (the tests).
type Row = Record<string, unknown>;

export const FAMILIES: {id: string; name: string; page: string}[];
export function familyName(id: string): string;
export function indicatorLabel(id: string): string;
export function unitTitle(unit: string | null | undefined): string;
export function sexLabel(sex: string): string;
export function ageLabel(age: string): string;
export function breakdownLabel(row: Row): string;
export function checkTitle(description: unknown): string;
export function humanise(id: unknown): string;
export function capitalise(text: unknown): string;
