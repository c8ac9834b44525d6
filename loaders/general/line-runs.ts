/**
 * What the readers of line-shaped statistics share: runs of consecutive lines of one shape (blank lines between
 * them allowed), and the sentence on the nearest line above a run, which says what its lines count.
 */

export interface LineRun<T> {
  /** Raw offset of the first line of the run. */
  start: number;
  items: T[];
}

// "-" on a line of its own: a page's bullet its item's text was split from, which neither ends a list nor heads it.
const BULLET_ALONE = /^[ \t]*[•▪●◦■►➢‣⁃*·–-][ \t]*$/u;

/** Runs of consecutive lines `read` accepts, in text order; any other line with words ends a run. */
export function lineRuns<T>(
  raw: string,
  start: number,
  end: number,
  read: (line: string, at: number) => T | null
): LineRun<T>[] {
  const out: LineRun<T>[] = [];
  let run: LineRun<T> | null = null;
  let at = start;
  for (const line of raw.slice(start, end).split("\n")) {
    const lineStart = at;
    at += line.length + 1;
    if (!line.trim() || BULLET_ALONE.test(line)) continue;
    const item = read(line, lineStart);
    if (!item) run = null;
    else if (run) run.items.push(item);
    else out.push((run = {start: lineStart, items: [item]}));
  }
  return out;
}

/** The nearest line with words above a raw offset, and its last sentence with a closing colon dropped. */
export function sentenceAbove(raw: string, at: number): {line: string; sentence: string} {
  const line =
    raw
      .slice(Math.max(0, at - 2000), at)
      .split("\n")
      .reverse()
      .find((l) => l.trim() && !BULLET_ALONE.test(l)) ?? "";
  const sentences = line.trim().split(/(?<=[.!?])\s+(?=[“"A-Z])/);
  return {line, sentence: (sentences.at(-1) ?? "").replace(/[:\s]+$/, "")};
}
