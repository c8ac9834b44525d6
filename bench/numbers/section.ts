/**
 * Section 2: number recognition against @microsoft/recognizers-text-number: which golden
 * expressions each reads right, per format family, and how long each takes on the same text.
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import Recognizers from "@microsoft/recognizers-text-number";
import {parseNumber} from "../../loaders/numbers/parse-number.js";
import {compilePattern} from "../../loaders/sentences/compile-pattern.js";
import {ROOT} from "../lib/paths.js";
import {MB, summarize, type Summary} from "../lib/stats.js";
import {FAMILIES, GOLDEN, type Family} from "./golden.js";

export const TARGET_SPEEDUP = 100;

interface Reading {
  start: number;
  end: number;
  value: number;
}
type Reader = (text: string, reversed: boolean) => Reading[];

// Ours: the number slot of the sentence patterns (NUMBER_DIGITS_SOURCE and number words, or the
// reversed-group digits where a document is read right to left), each match read by parseNumber.
const slot = {normal: compilePattern("{n}", "gid"), reversed: compilePattern("{n}", "gid", {reversedGroups: true})};
export const ours: Reader = (text, reversed) => {
  const regex = (reversed ? slot.reversed : slot.normal).regex;
  const out: Reading[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const [start, end] = m.indices!.groups!.n;
    const parsed = parseNumber(m.groups!.n, {reversedGroups: reversed});
    if (parsed) out.push({start, end, value: parsed.value});
  }
  return out;
};

const model = new Recognizers.NumberRecognizer(Recognizers.Culture.English).getNumberModel();
export const recognizers: Reader = (text) =>
  model.parse(text).map((r) => ({start: r.start, end: r.end + 1, value: Number(r.resolution?.value)}));

/** Right when exactly one reading touches the expression, spans all of it and has its value. */
function readsRight(reader: Reader, g: (typeof GOLDEN)[number]): boolean {
  const start = g.sentence.indexOf(g.expression),
    end = start + g.expression.length;
  const touching = reader(g.sentence, g.reversed ?? false).filter((r) => r.start < end && start < r.end);
  return (
    touching.length === 1 &&
    touching[0].start === start &&
    touching[0].end === end &&
    Math.abs(touching[0].value - g.value) < 1e-9
  );
}

export interface NumbersSection {
  golden: {
    family: Family;
    expressions: number;
    ours: number;
    recognizers: number;
    oursWrong: string[];
    recognizersWrong: string[];
  }[];
  total: {expressions: number; ours: number; recognizers: number};
  timing: {
    text: string;
    bytes: number;
    reps: number;
    oursMs: Summary;
    recognizersMs: Summary;
    oursMBPerS: number;
    recognizersMBPerS: number;
    speedup: number;
  }[];
  targetSpeedup: number;
  met: boolean;
}

export function numbersSection(options: {quick: boolean; log: (s: string) => void}): NumbersSection {
  options.log("numbers: golden set");
  const golden = FAMILIES.map((family) => {
    const items = GOLDEN.filter((g) => g.family === family);
    const wrong = (reader: Reader) => items.filter((g) => !readsRight(reader, g)).map((g) => g.expression);
    const oursWrong = wrong(ours),
      recognizersWrong = wrong(recognizers);
    return {
      family,
      expressions: items.length,
      ours: items.length - oursWrong.length,
      recognizers: items.length - recognizersWrong.length,
      oursWrong,
      recognizersWrong
    };
  });
  const total = {
    expressions: GOLDEN.length,
    ours: golden.reduce((a, g) => a + g.ours, 0),
    recognizers: golden.reduce((a, g) => a + g.recognizers, 0)
  };

  // Timing on the same text, alternating the two readers so that machine noise hits both alike.
  const report = readFileSync(join(ROOT, "seeds/003_c140a606e429b773.txt"), "utf8");
  const texts = [
    {
      text: "golden sentences (English)",
      body: GOLDEN.filter((g) => !g.reversed)
        .map((g) => g.sentence)
        .join("\n")
    },
    {
      text: options.quick ? "main report, first 32 KB" : "main report (003)",
      body: options.quick ? report.slice(0, 32_000) : report
    }
  ];
  const timing = texts.map(({text, body}) => {
    options.log(`numbers: timing on ${text}`);
    const reps = body.length < 10_000 ? (options.quick ? 20 : 50) : options.quick ? 2 : 5;
    ours(body, false);
    recognizers(body, false); // warm-up
    const oursMs: number[] = [],
      recognizersMs: number[] = [];
    for (let r = 0; r < reps; r++) {
      let t = performance.now();
      for (let i = 0; i < 20; i++) ours(body, false); // ours is too quick to time once
      oursMs.push((performance.now() - t) / 20);
      t = performance.now();
      recognizers(body, false);
      recognizersMs.push(performance.now() - t);
    }
    const bytes = Buffer.byteLength(body);
    const o = summarize(oursMs),
      m = summarize(recognizersMs);
    return {
      text,
      bytes,
      reps,
      oursMs: o,
      recognizersMs: m,
      oursMBPerS: bytes / MB / (o.p50 / 1000),
      recognizersMBPerS: bytes / MB / (m.p50 / 1000),
      speedup: m.p50 / o.p50
    };
  });
  const met = timing.every((t) => t.speedup >= TARGET_SPEEDUP) && total.ours > total.recognizers;
  return {golden, total, timing, targetSpeedup: TARGET_SPEEDUP, met};
}
