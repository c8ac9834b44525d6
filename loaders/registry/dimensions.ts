/**
 * The breakdowns a figure may carry, one column each in the database, in the order charts, tables and
 * checks list them. A row with all of them empty is the total the document states.
 */
export const DIMENSIONS = [
  {id: "country", label: "Country", order: 1},
  {id: "citizenship", label: "Citizenship", order: 2},
  {id: "sex", label: "Sex", order: 3},
  {id: "age_group", label: "Age group", order: 4},
  {id: "category", label: "Category", order: 5}
] as const satisfies readonly {id: string; label: string; order: number}[];

export type Dimension = (typeof DIMENSIONS)[number]["id"];

export const DIMENSION_IDS: readonly Dimension[] = DIMENSIONS.map((d) => d.id);
