/** Text of a PDF report, pages joined by form feeds so every offset still knows its page. */
import {extractText, getDocumentProxy} from "unpdf";
import {partitionPoint} from "../partition-point.js";

export const PAGE_BREAK = "\f";

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const {text} = await extractText(pdf, {mergePages: false});
  return (text as string[]).join(`\n${PAGE_BREAK}\n`);
}

/** For text made by pdfToText, the 1-based page of an offset; null throughout for text with no page breaks. */
export function pageFinder(text: string): (offset: number) => number | null {
  const breaks: number[] = [];
  for (let i = text.indexOf(PAGE_BREAK); i >= 0; i = text.indexOf(PAGE_BREAK, i + 1)) breaks.push(i);
  if (breaks.length === 0) return () => null;
  return (offset) => partitionPoint(breaks.length, (i) => breaks[i] < offset) + 1;
}
