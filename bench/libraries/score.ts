/**
 * Scoring of sentence spans, number entities and date entities against the hand gold, the same rule
 * for every reader. Pure: spans in, verdicts out.
 */
import type {DateEntity, NumberEntity, Span} from "./tools.js";

/** Where a span ends once trailing spaces are dropped. */
export function trimmedEnd(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** A quote falls in one sentence when one sentence span holds all of it. */
export function inOneSentence(quote: Span, sentences: Span[]): boolean {
  return sentences.some((s) => s.start <= quote.start && quote.end <= s.end);
}

export type NumberVerdict = "right" | "wrong value" | "in pieces" | "missed";

/** Right when exactly one entity touches the printed number and it has the gold value. */
export function readNumber(gold: Span & {value: number}, numbers: NumberEntity[]): NumberVerdict {
  const touching = numbers.filter((n) => n.start < gold.end && gold.start < n.end);
  if (touching.length === 0) return "missed";
  if (touching.length > 1) return "in pieces";
  const value = touching[0].value;
  return value !== null && Math.abs(value - gold.value) <= 1e-9 * Math.max(1, Math.abs(gold.value))
    ? "right"
    : "wrong value";
}

/** Whether a date entity touching the scope resolves to exactly the gold period (first and last day). */
export function findsPeriod(scope: Span, dates: DateEntity[], from: string, to: string): boolean {
  return dates.some((d) => d.start < scope.end && scope.start < d.end && d.from === from && d.to === to);
}

export type NumberForm = "words" | "plain digits" | "grouped digits" | "scale word" | "no number printed";

/**
 * How a printed number is written: in digits (plain, grouped, with a scale word), in number words, or with
 * no number at all ("none", "all", "did not identify any": the gold value comes from the context).
 */
export function numberForm(valueText: string): NumberForm {
  if (!/\d/.test(valueText)) {
    return /^(?:none|no|nil|any|all|both|neither|nobody)$|\bnot\b/i.test(valueText.trim())
      ? "no number printed"
      : "words";
  }
  if (/[a-z]/i.test(valueText)) return "scale word";
  return /^\d+$/.test(valueText) ? "plain digits" : "grouped digits";
}

export interface BoundaryCase {
  kind: "abbreviation" | "word stop" | "number stop" | "inside number";
  /** Offset after the stop (or after the separator inside a number). */
  at: number;
  /** Offset where the next token starts. */
  next: number;
  text: string;
}

// Abbreviations that end no sentence in these reports whatever follows ("No. 5", "Mr. Smith"), and those
// ("U.S.", "e.g.") that end none when a lower-case word or a digit follows.
const ALWAYS_INSIDE = /(?<![\w.])(?:No|Nos|Art|art|Arts|arts|para|paras|Mr|Mrs|Ms|Dr|St|pp?|cf|vs)\.(?=\s+\S)/g;
const INSIDE_BEFORE_LOWER =
  /(?<![\w.])(?:U\.S|U\.K|U\.N|e\.g|i\.e|etc|approx|incl|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.(?=\s+[a-z0-9(])/g;
// "… 1,431. Thirty-four …", "(para. 135). Please": a number closing a sentence; a number opening a line is a list number.
const NUMBER_STOP = /(?<=\d[)\]"”’]?)\.(?=\s+["“(]?[A-Z])/g;
// "… victims. In particular …": a lower-case word of two letters or more, a stop, a capitalised word.
const WORD_STOP =
  /(?<![\w.])(?!(?:para|paras|art|arts|etc|approx|incl|cf|vs|pp|no|nos|jan|feb|aug|sept?|oct|nov|dec)\.)[a-z]{2,}[)\]"”’]?[.!?](?=\s+["“(]?[A-Z][a-z])/g;
const INSIDE_NUMBER = /(?<=\d)[.,](?=\d)/g;

/** The places in a text where a sentence must not end (abbreviations, separators inside numbers) or must (a number then a stop). */
export function boundaryCases(text: string): BoundaryCase[] {
  const out: BoundaryCase[] = [];
  const add = (re: RegExp, kind: BoundaryCase["kind"]) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (kind === "number stop" && opensLine(text, m.index)) continue;
      const at = m.index + m[0].length;
      let next = at;
      while (next < text.length && /\s/.test(text[next])) next++;
      out.push({kind, at, next, text: text.slice(Math.max(0, m.index - 12), Math.min(text.length, next + 12))});
    }
  };
  add(ALWAYS_INSIDE, "abbreviation");
  add(INSIDE_BEFORE_LOWER, "abbreviation");
  add(WORD_STOP, "word stop");
  add(NUMBER_STOP, "number stop");
  add(INSIDE_NUMBER, "inside number");
  return out.sort((a, b) => a.at - b.at);
}

/** Whether the number ending at `end` is the first thing on its line ("1. Introduction"). */
function opensLine(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && /[\d.,]/.test(text[start - 1])) start--;
  return text.slice(text.lastIndexOf("\n", start - 1) + 1, start).trim() === "";
}

/** A case is an error when a sentence ends there (abbreviations, inside numbers) or when none does (a stop after a word or a number). */
export function boundaryError(c: BoundaryCase, text: string, sentences: Span[]): boolean {
  const ends = sentences.some((s) => {
    const e = trimmedEnd(text, s);
    return e >= c.at - 1 && e <= c.next && e < text.trimEnd().length;
  });
  return c.kind === "number stop" || c.kind === "word stop" ? !ends : ends;
}

export type NonStatistic = "year" | "date part" | "law or article number" | "age" | "other";

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/** What a number that is not a gold statistic is, from its text and the words around it. */
export function classifyNumber(text: string, span: Span): NonStatistic {
  const own = text.slice(span.start, span.end).replace(/^[^\w$€£]+|[^\w%]+$/g, "");
  const before = text.slice(Math.max(0, span.start - 30), span.start);
  const after = text.slice(span.end, span.end + 30);
  if (
    new RegExp(`${MONTH}\\.?\\s*$`, "i").test(before) ||
    new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, "i").test(after) ||
    /\d[./]\s*$/.test(before) ||
    /^[./]\d/.test(after)
  )
    return "date part";
  if (/^(?:19|20)\d\d$/.test(own)) return "year";
  if (
    /(?:\bNo\.?|\bNos\.?|№|\bLaw|\bAct|\bArticles?|\bart\.|\barts\.|\bSection|\bParagraphs?|\bparas?\.|\bResolution|\bDecree|\bOrder|\bCode|\bChapter|\bDecision|\bRegulation|\bProtocol)\s*$/i.test(
      before
    ) ||
    /^\/\d/.test(after)
  )
    return "law or article number";
  if (
    /\b(?:aged|age\s+of|ages\s+of|under(?:\s+the\s+age\s+of)?|over\s+the\s+age\s+of)\s*$/i.test(before) ||
    /^\s*(?:-\s*)?years?(?:-|\s+)old\b|^\s*years?\s+of\s+age\b/i.test(after)
  )
    return "age";
  return "other";
}
