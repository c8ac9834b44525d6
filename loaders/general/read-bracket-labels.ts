/**
 * "issued mostly for employment (61,432), family reunification (14,047) and studies (10,057)", "both women (45) and
 * men (30)", "forced begging (16 victims), forced labor (15 victims)": a run of figures each in its brackets, alone or
 * with the noun it counts, each after the few words that name it. The words before a
 * bracket are that figure's own label, whatever the vocabulary knows of them; places and peoples (capitalised) are
 * left to the readers of places.
 */

// Words that end a label on their left: what opens the run ("mostly for", "including", "both") or joins its items.
const BOUNDARY = new Set(
  "for of in to with by on at as including namely both either and or mostly mainly largely chiefly primarily notably especially particularly were was is are had have has been the which whom who that this these those than from since issued granted".split(
    " "
  )
);
const MAX_WORDS = 4;
const MAX_SEPARATED_WORDS = 6;
// The rest of an item's bracket after its figure: nothing, or the noun it counts ("forced labor (15 victims)"), never a
// share ("(27 per cent)").
const REST = String.raw`(?:\s+(?!per\b|percent\b)[a-z]+){0,2}\s*\)`;
// Between two items: the bracket's close, then a comma, "and", "or", or both.
const BETWEEN = new RegExp(String.raw`^${REST}\s*(?:[,;]\s*(?:and\s+|or\s+)?|(?:and|or)\s+)`);
const CLOSES = new RegExp(String.raw`^${REST}`);
// Words that open an item after its separator, not of its label: "followed by politics (12,502)", "and race (3,897)".
const ITEM_OPENER =
  /^(?:(?:followed|preceded|trailed)\s+by|including|namely|then|and|or|both|either|(?:mostly|mainly|largely|chiefly|primarily)\s+(?:for|by|in|of|to))\s+/;

/**
 * The lower-case label right before `at` (an opening bracket), or null: after a separator, all the words from it
 * ("requests for financial assistance"); for a run's first item, the words after the last that open the run.
 */
function labelBefore(text: string, from: number, at: number, afterSeparator: boolean): string | null {
  const m = /(?<![\p{L}'-])((?:[a-z][a-z'-]*\s+)*[a-z][a-z'-]*)\s*$/u.exec(text.slice(Math.max(from, at - 80), at));
  if (!m) return null;
  const words = (afterSeparator ? m[1].replace(ITEM_OPENER, "") : m[1]).replace(/^the\s+/, "").split(/\s+/);
  if (afterSeparator && m.index === 0 && !BOUNDARY.has(words[0]) && words.length <= MAX_SEPARATED_WORDS)
    return words.join(" ");
  const label: string[] = [];
  for (let w = words.length - 1; w >= 0 && !BOUNDARY.has(words[w]); w--) label.unshift(words[w]);
  return label.length > 0 && label.length <= MAX_WORDS ? label.join(" ") : null;
}

/** For each quantity that is an item of a run of two or more, its label (keyed by the quantity's index). */
export function bracketLabels(text: string, quantities: {start: number; end: number}[]): Map<number, string> {
  const labels = new Map<number, string>();
  const itemAt = (k: number, from: number, afterSeparator: boolean): string | null => {
    const q = quantities[k];
    if (!CLOSES.test(text.slice(q.end, q.end + 30))) return null;
    const open = /\(\s*$/.exec(text.slice(Math.max(from, q.start - 3), q.start));
    return open ? labelBefore(text, from, q.start - open[0].length, afterSeparator) : null;
  };
  for (let k = 0; k < quantities.length; k++) {
    const run: [number, string][] = [];
    let from = k > 0 ? quantities[k - 1].end : 0;
    for (let j = k; j < quantities.length; j++) {
      const label = itemAt(j, from, j > k);
      if (!label) break;
      run.push([j, label]);
      const next = quantities[j + 1];
      if (!next) break;
      // The next item's label must follow this bracket with nothing but a separator before it.
      const gap = text.slice(quantities[j].end, next.start);
      const sep = BETWEEN.exec(gap);
      if (!sep) break;
      from = quantities[j].end + sep[0].length;
    }
    if (run.length >= 2) for (const [j, label] of run) labels.set(j, label);
    k += Math.max(0, run.length - 1);
  }
  return labels;
}
