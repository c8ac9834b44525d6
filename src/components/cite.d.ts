// Types of cite.js for TypeScript callers (the tests).
type Row = Record<string, unknown>;

export const VERSION_FIELDS: string[];
export function canonicalRows(rows: Row[]): string;
export function sha256Hex(text: string): Promise<string>;
export function datasetVersion(rows: Row[]): Promise<string>;
export function citedDocuments(rows: Row[]): {
  doc_id: string;
  title: string | null;
  un_symbol: string | null;
  source_url: string | null;
  accessed: string | null;
  short: string;
  places: string[];
}[];
export function documentCitation(document: Row): string;
export function documentBibtex(document: Row): string;
export function availableAt(document: {source_url?: string | null; accessed?: string | null}): string;
export function citation(
  chart: {id: string; title: string},
  rows: Row[],
  options: {version: string; url?: string}
): string;
