/** Regex source for word lists: the general reader's patterns are built from vocabulary this way. */

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

/** Regex alternation of word forms, longest first, spaces matching any whitespace. */
export const alternation = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join("|");
