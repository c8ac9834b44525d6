/** Text of a PDF report, pages joined by form feeds so every offset still knows its page. */
import {extractText, getDocumentProxy} from "unpdf";

export const PAGE_BREAK = "\f";

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const {text} = await extractText(pdf, {mergePages: false});
  return (text as string[]).join(`\n${PAGE_BREAK}\n`);
}

/** 1-based page of an offset in text made by pdfToText; null for text with no page breaks. */
export function pageAt(text: string, offset: number): number | null {
  if (!text.includes(PAGE_BREAK)) return null;
  let page = 1;
  for (let i = text.indexOf(PAGE_BREAK); i >= 0 && i < offset; i = text.indexOf(PAGE_BREAK, i + 1)) page++;
  return page;
}
