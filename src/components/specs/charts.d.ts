// Types of charts.js for TypeScript callers (observablehq.config.ts, the tests and the export script).
type Row = Record<string, unknown>;

export interface Chart {
  /** Builds the chart's Vega-Lite spec from its rows. */
  (
    rows: Row[],
    options?: {
      width?: number;
      dark?: boolean;
      annualise?: boolean;
      colors?: Record<string, string | undefined>;
      source?: string;
    }
  ): any;
  id: string;
  title: string;
  /** The path of the page that shows the chart, as in observablehq.config.ts. */
  page: string;
  /** The width of the chart's exported image. */
  exportWidth: number;
  matches(row: Row): boolean;
  select(rows: Row[]): Row[];
}

export const CHARTS: Chart[];
export const CHART: Record<string, Chart>;
export function isTotal(row: Row): boolean;
export function brokenDownBy(...fields: string[]): (row: Row) => boolean;
export function overviewSeries(rows: Row[]): Row[];
