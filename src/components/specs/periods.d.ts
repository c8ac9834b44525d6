// Types of periods.js for TypeScript callers (the tests).
type Row = Record<string, unknown>;

export function periodKind(label: unknown): "year" | "half" | "academic" | "stock" | "span";
export function isFlow(row: Row): boolean;
export function isPartial(row: Row): boolean;
export function periodText(label: unknown): string;
export function periodShort(label: unknown): string;
export function periodMonths(row: Row): number | undefined;
export function annualFactor(row: Row): number;
export function comparePeriods(a: Row, b: Row): number;
export function orderedPeriods(rows: Row[]): string[];
