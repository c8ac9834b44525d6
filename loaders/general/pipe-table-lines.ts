/**
 * Web tables taken to text as rows of cells set apart by pipes ("2020 | 2021 | Jan-Sept 2023 |", then "---|---|",
 * then "Economic | 106,345 | 252,975 | 218,665 |"): the header's cells are put on lines of their own, as the table
 * readers read a web table whose header came out a cell to a line (read-period-header-tables.ts), each row below
 * becomes its label and figures on one line, as flattened tables print them, and a rule line is blanked.
 * The rewrite keeps every character's offset, so quotes and figures stay where the document has them.
 */

// A row has two pipes or more; a rule line is made of pipes, dashes, colons and spaces only.
const PIPES = /\|[^|\n]*\|/;
const RULE = /^[\s|:\-–—]*$/;

/** The text with the cells of every pipe table (two rows or more) on lines of their own, the same length. */
export function pipeCellsOnLines(raw: string): string {
  if (!raw.includes("|")) return raw;
  const lines = raw.split("\n");
  const isRow = lines.map((line) => PIPES.test(line));
  // One row of pipes alone is a line of page chrome ("Source: … | Banks | Dealers"), not a table.
  const inTable = isRow.map((row, n) => row && (isRow[n - 1] || isRow[n + 1]));
  return lines
    .map((line, n) => {
      if (!inTable[n]) return line;
      if (RULE.test(line)) return " ".repeat(line.length);
      // The first row heads the columns, a cell to a line; a row under it is its label and figures on one line.
      return line.replace(/\|/g, inTable[n - 1] ? " " : "\n");
    })
    .join("\n");
}
