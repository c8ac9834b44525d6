// Types of provenance.js for TypeScript callers (the tests).
export const CSV_COLUMNS: string[];
export function toCsv(rows: Record<string, unknown>[], columns?: string[]): string;
