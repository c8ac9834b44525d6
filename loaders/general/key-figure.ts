/**
 * A factsheet's key figures: "11,853 # of asylum applications adjudicated by the REC", "299,162 Number of refugees in
 * South Sudan", each a line of its own that opens on the figure and labels what it counts.
 */

/** The label between a key figure and what it counts, in lower case: "# of", "number of", "no. of". */
export const KEY_FIGURE_OF = String.raw`(?:#|no\.|number|total\s+number)\s+of\s+`;

/** The label as a factsheet writes it, in any case: "Number of", "No. of". */
export const KEY_FIGURE_LABEL = new RegExp(String.raw`^\s+${KEY_FIGURE_OF}(?=\p{L})`, "iu");

const KEY_FIGURE_LINE = new RegExp(
  String.raw`^\d[\d,.]*(?:\s+(?:thousand|million|billion))?${KEY_FIGURE_LABEL.source.slice(1)}`,
  "iu"
);

/** Whether `text` opens on a key figure and its label. */
export function opensKeyFigure(text: string): boolean {
  return KEY_FIGURE_LINE.test(text);
}
