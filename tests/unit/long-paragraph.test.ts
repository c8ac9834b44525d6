/**
 * Work, not time, on one long paragraph: the steps that once rescanned the paragraph, its periods or
 * every claimed span for each number they read must grow with the text, not with its square.
 */
import {describe, expect, it} from "vitest";
import {extractSentences, type MatchGroup} from "../../loaders/sentences/extract-sentences.js";
import {findPeriods} from "../../loaders/periods/parse-period.js";
import {segmentParagraphs} from "../../loaders/text/segment-paragraphs.js";
import {SpanSet} from "../../loaders/span-set.js";
import type {SentenceSpec} from "../../loaders/sentences/sentence-spec.js";

const SPECS: SentenceSpec[] = [
  {
    id: "returned",
    family: "other",
    pattern: "{n} persons were returned",
    emit: [{slot: "n", indicator: "persons_returned", unit: "persons"}]
  },
  {
    id: "voluntary",
    family: "other",
    pattern: "voluntary return of {n} persons",
    emit: [{slot: "n", indicator: "assisted_voluntary_returns", unit: "persons", period: "paragraph_span"}]
  }
];

/** One paragraph without line breaks: k sentences, each naming a year, a written date and two counts. */
function paragraph(k: number): string {
  return Array.from({length: k}, (_, i) => {
    const year = 2000 + (i % 20);
    return `In ${year}, ${i + 1} persons were returned and on May ${1 + (i % 28)}, ${year} the voluntary return of ${i + 2} persons was arranged.`;
  }).join(" ");
}

const ARRAY_SCANS = ["filter", "some", "find", "findIndex", "findLast", "every"] as const;

/**
 * Runs `run` counting the array elements handed to scanning array methods, and the regular-expression
 * searches started at the beginning of a string at least `longText` characters long.
 */
function countWork<T>(longText: number, run: () => T): {result: T; elements: number; wholeScans: number} {
  const counts = {elements: 0, wholeScans: 0};
  const proto = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const saved = ARRAY_SCANS.map((name) => proto[name]);
  const exec = RegExp.prototype.exec;
  ARRAY_SCANS.forEach((name, i) => {
    proto[name] = function (this: unknown[], ...args: unknown[]) {
      counts.elements += this.length;
      return saved[i].apply(this, args);
    };
  });
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    if ((this.lastIndex === 0 || !(this.global || this.sticky)) && String(s).length >= longText) counts.wholeScans++;
    return exec.call(this, s);
  };
  try {
    return {result: run(), ...counts};
  } finally {
    ARRAY_SCANS.forEach((name, i) => (proto[name] = saved[i]));
    RegExp.prototype.exec = exec;
  }
}

function readSentences(text: string): MatchGroup[] {
  return extractSentences(text, segmentParagraphs(text), SPECS, {reportingPeriod: null, claimed: []});
}

describe("one long paragraph", () => {
  it("reads each number's period without rescanning the paragraph or all its periods", () => {
    const small = paragraph(50),
      large = paragraph(200);
    const a = countWork(small.length / 2, () => readSentences(small));
    const b = countWork(large.length / 2, () => readSentences(large));
    expect(a.result.length).toBe(100);
    expect(b.result.length).toBe(400);
    // Four times the text: whole-paragraph searches stay as many, and elements scanned about four times as many.
    expect(b.wholeScans).toBe(a.wholeScans);
    expect(b.elements / a.elements).toBeLessThan(5);
  });

  it("reads the same on one line as with its sentences on lines of their own", () => {
    const text = paragraph(60);
    const lines = text.replace(/\. /g, ".\n");
    expect(lines).not.toBe(text);
    expect(readSentences(lines)).toEqual(readSentences(text));
    const labels = (id: string) =>
      readSentences(text)
        .filter((g) => g.spec_id === id)
        .flatMap((g) => g.observations.map((o) => o.period.label));
    // Its sentence's year for a plain count; every period of the paragraph up to its sentence for a span.
    expect(labels("returned").slice(0, 3)).toEqual(["2000", "2001", "2002"]);
    expect(labels("voluntary").slice(0, 3)).toEqual(["2000", "2000-2001", "2000-2002"]);
  });

  it("finds the periods of a long text in work proportional to it", () => {
    const small = countWork(Infinity, () => findPeriods(paragraph(100)));
    const large = countWork(Infinity, () => findPeriods(paragraph(400)));
    expect(large.result.length).toBe(4 * small.result.length);
    expect(large.elements).toBeLessThanOrEqual(5 * small.elements);
  });
});

describe("SpanSet", () => {
  it("answers as testing every span would, for short, long, empty and inverted spans", () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const spans: [number, number][] = [];
    const set = new SpanSet();
    for (let i = 0; i < 300; i++) {
      const start = random(20000);
      const kind = random(10);
      const end = kind === 0 ? start : kind === 1 ? start - random(20) : start + 1 + random(kind === 2 ? 600 : 12);
      spans.push([start, end]);
      set.add(start, end);
    }
    let hits = 0;
    for (let q = 0; q < 3000; q++) {
      const s = random(20200),
        e = q % 7 === 0 ? s : s + 1 + random(q % 5 === 0 ? 300 : 8);
      const expected = spans.some(([a, b]) => s < b && a < e);
      if (expected) hits++;
      expect(set.overlaps(s, e), `[${s}, ${e})`).toBe(expected);
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(hits).toBeGreaterThan(300);
    expect(hits).toBeLessThan(2700);
  });
});
