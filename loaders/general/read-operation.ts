/**
 * 'During operation "Twilight", officers raided 88 locations. Ten illegal workers … were arrested.': a paragraph
 * that opens on a named operation counts what that operation found, a part of the release's totals named by it.
 */

const CONNECTOR = String.raw`(?:(?:[Ff]urthermore|[Mm]oreover|[Mm]eanwhile|[Aa]lso|[Ii]n\s+addition|[Aa]dditionally|[Ss]eparately)\s*,?\s+)?`;
const LEAD = String.raw`(?:[Dd]uring|[Ii]n|[Uu]nder|[Tt]hrough|[Aa]s\s+part\s+of)\s+(?:the\s+)?(?:(?:joint|special|anti-[a-z-]+)\s+)*`;
const NAMING = String.raw`(?:(?:code-?named|called|named|dubbed)\s+)?`;
// The name: capitalised words, quoted or not ("Twilight", “Safe Harbour”, Operation Sentinel).
const NAME = String.raw`["“‘']?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})["”’']?`;
const OPENING = new RegExp(String.raw`^\s*${CONNECTOR}${LEAD}[Oo]peration\s+${NAMING}${NAME}\s*,`, "u");

/** "operation Twilight" when the paragraph opens on that operation, else null. */
export function operationOpening(paragraph: string): string | null {
  const m = OPENING.exec(paragraph);
  return m ? `operation ${m[1]}` : null;
}

export interface OperationFrame {
  name: string;
  rawStart: number;
}

/**
 * The operation a sentence's counts belong to: the one it opens on, or the one an earlier sentence of its block
 * of text opened on (a blank line ends the block).
 */
export function sentenceOperation(
  sentence: string,
  rawStart: number,
  raw: string,
  open: OperationFrame | null
): OperationFrame | null {
  const name = operationOpening(sentence);
  if (name) return {name, rawStart};
  return open && !/\n[ \t]*\n/.test(raw.slice(open.rawStart, rawStart)) ? open : null;
}
