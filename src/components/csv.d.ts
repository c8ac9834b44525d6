// Types of csv.js for TypeScript callers (the loaders, src/data and the tests).
export function neutralise(text: string): string;
export function restoreText(text: string): string;
export function restoreTextSql(expression: string): string;
export function csvField(value: unknown, options?: {numeric?: boolean}): string;
export function csvText(header: string[], rows: unknown[][], options?: {numeric?: boolean[]; eol?: string}): string;
export function csvTableSql(name: string, file: string, columns: {name: string; type: string}[]): string;
