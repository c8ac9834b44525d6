import type {Family} from "../types.js";

/** What a row, a column or a whole table says about the cells it holds. */
export interface Dims {
  family?: Family;
  indicator?: string;
  unit?: string;
  country?: string | null;
  citizenship?: string | null;
  sex?: string | null;
  age_group?: string | null;
  category?: string | null;
  /** A period phrase ("2017", "1st half of 2019") when the column or row does not state one. */
  period?: string;
}

export interface ColumnDef {
  dims: Dims;
}

export interface RowDef {
  /** Matched against the row's label with whitespace collapsed. */
  label: RegExp;
  dims: Dims;
  /** Declares the row's cells hold a figure with a second one in words around it. */
  cell?: CellTemplate;
}

/** A cell with more than one number, e.g. "4 (with family members 16)". */
export interface CellTemplate {
  /** Regular expression source; `{name}` marks a number. Whitespace matches any whitespace. */
  template: string;
  /** Per number slot, what it adds to the row's dims; the slot named "value" keeps the row's dims. */
  slots: Record<string, Dims>;
}

export type TableConstraint =
  /** In every row, the sum of columns a equals the sum of columns b (age groups vs sexes). */
  | {kind: "row_equal_sums"; a: number[]; b: number[]; label: string}
  /** In every column, the row matched by the rows' `total` pattern equals the sum of the others. */
  | {kind: "column_total"; tolerance?: number};

export interface TableSpec {
  id: string;
  title: string;
  /** Text just before the table; matched against the flattened document, case-insensitive. */
  caption: RegExp;
  family: Family;
  indicator?: string;
  unit: string;
  /** Columns either read as periods from the header line, or declared in order. */
  columns: "header_periods" | ColumnDef[];
  /** Lines that belong to the header (and its repeats after page breaks) and carry no cells. */
  header?: RegExp;
  rows: {
    /** Row labels are periods ("2017", "1st half of 2019") or free text. */
    label: "period" | "text";
    /** Declared rows; a label matching none is kept only when `as` names the dimension it fills. */
    map?: RowDef[];
    as?: "country" | "citizenship" | "category";
    /** The row that states the column totals. */
    total?: RegExp;
  };
  /** "reversed" for right-to-left extraction that writes digit groups lowest first. */
  digitGroups?: "normal" | "reversed";
  constraints?: TableConstraint[];
  /** Ends the table; defaults to a numbered paragraph, a "Reply to" heading or a note. */
  stop?: RegExp;
}
