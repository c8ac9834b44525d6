/**
 * "fewer potential child victims of trafficking (200 compared to 252)", "more convictions (12 versus 7)": a pair
 * in brackets after a noun compares the noun's count now with its count in the period before.
 */

const NUMBER = String.raw`(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)`;
const PAIR = new RegExp(
  String.raw`\(\s*(${NUMBER})\s*,?\s+(?:compared\s+(?:to|with)|as\s+against|against|versus|vs\.?)\s+(${NUMBER})(\s+(?:in\s+)?the\s+(?:previous|prior|preceding)\s+(?:year|period|reporting\s+period))?\s*\)`,
  "giu"
);

/**
 * Which side of a bracketed pair the number at `start` is: "now" for the first, "before" for the second, "dated"
 * for a second whose period the bracket states ("252 the previous year").
 */
export function bracketPairSide(text: string, start: number): "now" | "before" | "dated" | null {
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
    const first = m.index + m[0].indexOf(m[1]);
    const second = m.index + m[0].lastIndexOf(m[2]);
    if (start === first) return "now";
    if (start === second) return m[3] ? "dated" : "before";
  }
  return null;
}
