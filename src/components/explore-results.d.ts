// Types of explore-results.js for TypeScript callers (the tests).
export interface Result {
  columns: {name: string; kind: string}[];
  rows: unknown[][];
}
export function fromArrow(table: unknown): Result;
export function toCSV(result: Result): string;
