/**
 * "… in the provinces of Barahona (286), Dajabón (538), Valverde (514) …": a sentence whose only figures are bracketed
 * after place names breaks the count of the sentence before it down by place; each name is its part's category.
 */
// "Santo-Domingo West", "San Juan de la Maguana", and "the national district", "the capital region".
const NAME = String.raw`\p{Lu}[\p{L}'’]*(?:[\s-]+(?:\p{Lu}[\p{L}'’]*|de|del|de\s+la|la|of))*|the\s+(?:[a-z]+\s+)?(?:district|capital|province|region|municipality|city)`;
const ITEM = new RegExp(String.raw`(?<![\p{L}\d])(${NAME})\s*\(\s*(\d[\d,.]*|[a-z]+)\s*\)`, "gu");

const WHERE =
  /\b(?:in|at)\s+(?:the\s+(?:provinces?|regions?|districts?|municipalit(?:y|ies)|departments?|states?|counties|county|cities|city|towns?)\s+of\s+)?$/i;

/** The place named right before a bracketed count that starts at `at`, or null. */
export function bracketPlace(text: string, at: number): string | null {
  for (const m of text.matchAll(ITEM)) {
    const numberAt = m.index + m[0].lastIndexOf(m[2]);
    if (numberAt === at)
      return m[1]
        .replace(/^the\s+/, "")
        .replace(/-/g, " ")
        .replace(/\s+/g, " ");
  }
  return null;
}

/** Whether a sentence's figures are all bracketed after place names, three or more of them. */
export function continuesByPlace(text: string): boolean {
  const items = [...text.matchAll(ITEM)];
  // Places where the count was made ("in the provinces of …"); where people came from is an origin list.
  if (items.length < 3 || !WHERE.test(text.slice(0, items[0].index))) return false;
  const outside = text.replace(/\([^()]*\)/g, " ");
  return !/\d/.test(outside);
}
