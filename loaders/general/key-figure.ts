/**
 * A factsheet's key figures: "11,853 # of asylum applications adjudicated by the REC", "299,162 Number of refugees in
 * South Sudan", each a line of its own that opens on the figure and labels what it counts.
 */

/** The label between a key figure and what it counts: "# of", "Number of", "No. of". */
export const KEY_FIGURE_LABEL = /^\s+(?:#|No\.|Number|Total\s+number)\s+of\s+(?=[\p{L}])/u;

const KEY_FIGURE_LINE = new RegExp(
  String.raw`^\d[\d,.]*(?:\s+(?:thousand|million|billion))?${KEY_FIGURE_LABEL.source.slice(1)}`,
  "u"
);

/** Whether `text` opens on a key figure and its label. */
export function opensKeyFigure(text: string): boolean {
  return KEY_FIGURE_LINE.test(text);
}
