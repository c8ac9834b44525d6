/** Renders results.json as RESULTS.md: the targets first, then one part per section. */
import type {ExtractionSection} from "./extraction/section.js";
import type {GeneralSection} from "./general/section.js";
import type {ScaleSection} from "./scale/section.js";
import type {NumbersSection} from "./numbers/section.js";
import type {LibrariesSection} from "./libraries/section.js";
import type {DatabaseSection} from "./database/section.js";
import type {SiteSection} from "./site/section.js";
import type {PagesSection} from "./pages/section.js";
import type {Summary} from "./lib/stats.js";

export interface Results {
  date: string;
  commit: string;
  workingTreeChanged: boolean;
  machine: {node: string; cpus: number; cpuModel: string; memoryGB: number};
  quick: boolean;
  seconds?: number;
  sections: {
    extraction?: ExtractionSection;
    general?: GeneralSection;
    scale?: ScaleSection;
    numbers?: NumbersSection;
    libraries?: LibrariesSection;
    database?: DatabaseSection;
    site?: SiteSection;
    pages?: PagesSection;
  };
}

const f = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : "–");
const ms = (s: Summary) => `${f(s.p50)} / ${f(s.p95)}`;
const kb = (bytes: number) => f(bytes / 1000);
const verdict = (met: boolean) => (met ? "met" : "**missed**");
const table = (head: string[], rows: (string | number)[][]) =>
  [
    `| ${head.join(" | ")} |`,
    `| ${head.map((h) => (/^[A-Za-z ]/.test(h) && !/\d/.test(h) ? "---" : "---:")).join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`)
  ].join("\n");

export function renderReport(r: Results): string {
  const s = r.sections;
  const out: string[] = [];
  out.push(
    `# Benchmark results`,
    ``,
    `Measured ${r.date.slice(0, 16).replace("T", " ")} UTC at commit ${r.commit}${r.workingTreeChanged ? " (with uncommitted changes in the working tree)" : ""}, ` +
      `${r.quick ? "quick run (`--quick`)" : "full run"}${r.seconds !== undefined ? ` in ${r.seconds} s` : ""}; ` +
      `${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGB} GB, Node ${r.machine.node}.`,
    ``,
    `The machine is shared: absolute timings move from run to run. Read the ratios, which compare two things measured side by side in the same run. ` +
      `p50 / p95 are the median and 95th percentile over the repetitions; MB is 10^6 bytes of UTF-8 text, KB is 1000 bytes.`,
    ``
  );

  out.push(`## Targets`, ``);
  const rows: string[][] = [];
  if (s.extraction) {
    const e = s.extraction,
      last = e.corpora[e.corpora.length - 1];
    rows.push([
      "Extraction throughput, one core",
      `≥ ${e.targetMBPerS} MB/s`,
      `${f(e.seeds.mbPerS)} MB/s on the seeds, ${f(last.mbPerS)} MB/s on ${last.documents} reports`,
      verdict(e.met)
    ]);
    const linear = e.corpora.every((c) => c.msPerMBvsSmallest < 1.25);
    // Nothing may accumulate per document: the heap left after a collection stays where it started.
    const retained = (c: (typeof e.corpora)[number]) => Math.max(...c.retainedHeapMB);
    const flat = e.corpora.every((c) => retained(c) < 1.1 * retained(e.corpora[0]));
    rows.push([
      "Cost linear in corpus size",
      "time per MB flat",
      e.corpora.map((c) => `${c.documents}: ${f(c.msPerMB, 0)} ms/MB`).join(", "),
      verdict(linear)
    ]);
    rows.push([
      "Memory flat per document",
      "retained heap flat",
      e.corpora
        .map((c) => `${c.documents}: ${f(retained(c))} MB retained, ${f(c.peakRssMB, 0)} MB peak RSS`)
        .join("; "),
      verdict(flat)
    ]);
  }
  if (s.general) {
    const g = s.general;
    rows.push([
      "General reader throughput, one core",
      `≥ ${g.targetMBPerS} MB/s`,
      `${f(g.throughput.generalMbPerS)} MB/s of its own; full path ${f(g.throughput.full.mbPerS)} MB/s vs spec-only ${f(g.throughput.specOnly.mbPerS)} MB/s (${f(g.throughput.specOnly.mbPerS / g.throughput.full.mbPerS, 2)}×)`,
      verdict(g.throughput.generalMbPerS >= g.targetMBPerS)
    ]);
    rows.push([
      "Parallel extraction, worker threads",
      "output identical to serial",
      `${g.parallel.documents} reports on ${g.parallel.workers} threads, the calling one included: ${f(g.parallel.speedup, 2)}× the serial speed, ${g.parallel.identical ? "identical" : "DIFFERENT"}`,
      verdict(g.parallel.identical)
    ]);
    rows.push([
      "Sentence specs the general reader makes redundant",
      "most of them",
      `${g.overrides.identical} of ${g.overrides.specs} read identically, ${g.overrides.sameValueAndPeriod} with the same values and periods`,
      verdict(g.overrides.identical * 2 > g.overrides.specs)
    ]);
  }
  if (s.scale) {
    const shapeName = (shape: string) => (shape === "lines" ? "ordinary text" : "one line");
    rows.push([
      "Cost linear in input size, to the 20 MB cap",
      `CPU s/MB at ${s.scale.shapes[0]?.largestMB} MB ≤ ${s.scale.targetRatio}× CPU s/MB at 1 MB`,
      s.scale.shapes
        .map(
          (x) =>
            `${shapeName(x.shape)} ${x.ratio === null ? "timed out" : `${f(x.ratio, 2)}× (wall clock ${f(x.wallRatio ?? NaN, 2)}×)`}`
        )
        .join(", "),
      verdict(s.scale.met)
    ]);
  }
  if (s.numbers) {
    const n = s.numbers;
    rows.push([
      "Number recognition vs recognizers-text",
      `≥ ${n.targetSpeedup}× faster, more right`,
      `${n.timing.map((t) => `${f(t.speedup, 0)}× on ${t.text}`).join(", ")}; right ${n.total.ours} vs ${n.total.recognizers} of ${n.total.expressions}`,
      verdict(n.met)
    ]);
  }
  if (s.site)
    rows.push([
      "Site build vs one-page site",
      `≤ ${s.site.targetRatio}×`,
      `${f(s.site.ratio, 2)}× (${f(s.site.projectMs.p50 / 1000)} s vs ${f(s.site.minimalMs.p50 / 1000)} s)`,
      verdict(s.site.met)
    ]);
  if (s.pages) {
    const p = s.pages;
    const heaviest = [...p.pages].sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
    const charts = p.pages.filter((x) => x.firstChartMs);
    const slowest = [...charts].sort((a, b) => b.firstChartMs!.p50 - a.firstChartMs!.p50)[0];
    rows.push([
      "Page weight (gzip)",
      `≤ ${p.targetKB} KB each`,
      heaviest ? `heaviest ${heaviest.path}: ${kb(heaviest.gzipBytes)} KB` : "no pages",
      verdict(p.pages.every((x) => x.gzipBytes <= p.targetKB * 1000))
    ]);
    rows.push([
      "Time to first chart, localhost",
      `≤ ${p.targetFirstChartMs} ms`,
      slowest ? `slowest ${slowest.path}: p50 ${f(slowest.firstChartMs!.p50, 0)} ms` : "no charts",
      verdict(charts.every((x) => x.firstChartMs!.p50 <= p.targetFirstChartMs))
    ]);
  }
  out.push(table(["What", "Target", "Measured", "Verdict"], rows), ``);

  if (s.extraction) {
    const e = s.extraction;
    out.push(
      `## 1. Extraction throughput`,
      ``,
      `\`extractDocument\` with the project's specs, each run in its own process${e.pinnedToOneCore ? " pinned to one core (taskset)" : ""} with a ${e.heapLimitMB} MB heap limit, ` +
        `after the same warm-up (three readings of the main report). Corpora are variants of the main report (003): years shifted consistently, other numbers replaced with numbers of the same digit shape. ` +
        `"vs 10" divides the time per MB by that of the 10-report corpus; retained heap is measured after a full collection at ten points through the run.`,
      ``,
      table(
        [
          "Run",
          "Reports",
          "MB",
          "Observations",
          "MB/s",
          "Observations/s",
          "ms per MB",
          "vs 10",
          "ms per report p50 / p95",
          "Peak RSS MB",
          "Peak heap MB",
          "Retained heap MB"
        ],
        [
          {...e.seeds, msPerMBvsSmallest: NaN, label: `seeds ×${e.seeds.documents / 5}`},
          ...e.corpora.map((c) => ({...c, label: `corpus ${c.documents}`}))
        ].map((c) => [
          c.label,
          c.documents,
          f(c.bytes / 1e6, 2),
          c.observations,
          f(c.mbPerS, 2),
          f(c.observationsPerS, 0),
          f(c.msPerMB, 0),
          f(c.msPerMBvsSmallest, 2),
          ms(c.perDocumentMs),
          f(c.peakRssMB, 0),
          f(c.peakHeapUsedMB, 0),
          c.retainedHeapMB.length ? `${f(Math.min(...c.retainedHeapMB))}–${f(Math.max(...c.retainedHeapMB))}` : "–"
        ])
      ),
      ``
    );
    if (e.profile) {
      const p = e.profile;
      out.push(
        `### CPU profile (${p.workload}, ${p.sampledMs} ms sampled)`,
        ``,
        `Self time by function (regular expressions run as their own frames: ${f(p.regexPct)}% of the time in all). The profile is \`${p.profile}\` (open it in Chrome DevTools).`,
        ``,
        table(
          ["Function", "Self %", "Total %"],
          p.functions.map((h) => [`\`${h.where}\``, f(h.selfPct), f(h.totalPct ?? NaN)])
        ),
        ``,
        `Hottest lines (self time, regular expressions excluded):`,
        ``,
        table(
          ["Line", "Self %", "Code"],
          p.lines.map((h) => [
            `\`${h.where}\``,
            f(h.selfPct),
            `\`${(h.code ?? "").replace(/\|/g, "\\|").replace(/`/g, "'")}\``
          ])
        ),
        ``,
        `Hottest regular expressions:`,
        ``,
        table(
          ["Pattern, and the function that runs it", "Self %"],
          p.regexes.map((h) => [`\`${h.where.replace(/\|/g, "\\|").replace(/`/g, "'")}\``, f(h.selfPct)])
        ),
        ``
      );
    }
  }
  if (s.numbers) {
    const n = s.numbers;
    out.push(
      `## 2. Number recognition`,
      ``,
      `Ours: the sentence patterns' number slot (\`compilePattern("{n}")\`, built on \`NUMBER_DIGITS_SOURCE\` and the number words; the reversed-group slot for right-to-left text) with \`parseNumber\`. ` +
        `Theirs: \`@microsoft/recognizers-text-number\` with the English culture. An expression is read right when exactly one reading touches it, spans all of it and has its value.`,
      ``,
      table(
        ["Family", "Expressions", "Ours right", "Recognizers right", "Ours wrong on", "Recognizers wrong on"],
        [
          ...n.golden.map((g) => [
            g.family,
            g.expressions,
            g.ours,
            g.recognizers,
            g.oursWrong.join(", ") || "–",
            g.recognizersWrong.map((w) => `"${w}"`).join(", ") || "–"
          ]),
          ["**all**", n.total.expressions, n.total.ours, n.total.recognizers, "", ""]
        ]
      ),
      ``,
      `Time on the same text, the two readers alternating (ms per pass, p50 / p95):`,
      ``,
      table(
        ["Text", "KB", "Ours ms", "Recognizers ms", "Ours MB/s", "Recognizers MB/s", "Ratio"],
        n.timing.map((t) => [
          t.text,
          kb(t.bytes),
          `${f(t.oursMs.p50, 3)} / ${f(t.oursMs.p95, 3)}`,
          ms(t.recognizersMs),
          f(t.oursMBPerS),
          f(t.recognizersMBPerS, 2),
          `${f(t.speedup, 0)}×`
        ])
      ),
      ``
    );
  }
  if (s.libraries) out.push(...renderLibraries(s.libraries));
  if (s.database) {
    const d = s.database;
    out.push(
      `## 3. Database`,
      ``,
      `\`runLoaders\` on the seeds into a temporary file, ${d.build.reps} times (${d.build.documents} documents, ${d.build.observations} observations); p50 / p95 in ms:`,
      ``,
      table(
        ["Step", "p50 / p95 ms"],
        [
          ["whole build", ms(d.build.totalMs)],
          ["reading and extraction", ms(d.build.extractMs)],
          ["writing DuckDB and CSV exports", ms(d.build.writeAndExportMs)]
        ]
      ),
      ``,
      `The SQL of the page data in \`src/data/\`, on an open connection and as if each query opened the file itself (open read-only, query, close), as each data loader did when every file had a loader of its own:`,
      ``,
      table(
        ["Query", "Rows", "Open connection p50 / p95 ms", "Loader-style p50 / p95 ms"],
        d.queries.map((q) => [
          `\`${q.id}\`${q.parameterValues ? ` (all ${q.parameterValues} values of its parameter, in sequence)` : ""}`,
          q.rows,
          ms(q.openConnectionMs),
          ms(q.loaderStyleMs)
        ])
      ),
      ``
    );
    if (d.skippedQueries.length)
      out.push(
        `Not run here (SQL built at run time in ways the benchmark cannot fill in; their data loaders are timed whole in section 4): ${d.skippedQueries.join(", ")}.`,
        ``
      );
    if (d.pageData) {
      out.push(
        `Every data file the pages read (${d.pageData.files} files, ${f(d.pageData.bytes / 1e6, 2)} MB), made as \`src/data.zip.ts\` makes them, on one connection in this process ` +
          `(open, every query and JSON or CSV file, close): ${ms(d.pageData.ms)} ms (p50 / p95). The rest of the data loader's time in the build (section 4) is starting its process.`,
        ``
      );
    }
  }
  if (s.site) {
    const t = s.site;
    out.push(
      `## 4. Site build`,
      ``,
      `\`npm run build\` from clean (no dist/, no Framework cache), in a copy of the working tree and in a one-page Framework site configured the same way, alternating, ${t.reps}×:`,
      ``,
      table(
        ["Build", "p50 s", "p95 s"],
        [
          ["this project", f(t.projectMs.p50 / 1000, 2), f(t.projectMs.p95 / 1000, 2)],
          ["one-page site", f(t.minimalMs.p50 / 1000, 2), f(t.minimalMs.p95 / 1000, 2)],
          ["**ratio**", `${f(t.ratio, 2)}×`, ""]
        ]
      ),
      ``,
      ...(Object.keys(t.phasesMs).length
        ? [
            `The project's build step by step (one more clean build):`,
            ``,
            table(
              ["Step", "s"],
              Object.entries(t.phasesMs).map(([k, v]) => [`\`${k}\``, f(v / 1000, 2)])
            ),
            ``
          ]
        : [])
    );
    const loaders = Object.entries(t.dataLoadersMs ?? {});
    if (loaders.length) {
      out.push(
        `Data loaders run within \`observable build\` (Framework's own timings; each loader is a process of its own, and an archive loader runs once for all the files in it): ` +
          `${loaders.length} ${loaders.length === 1 ? "loader" : "loaders"}, ${f(loaders.reduce((a, [, v]) => a + v, 0) / 1000, 2)} s in all.`,
        ``,
        table(
          ["Data file", "ms"],
          loaders.sort((a, b) => b[1] - a[1]).map(([k, v]) => [`\`${k}\``, f(v, 0)])
        ),
        ``
      );
    }
  }
  if (s.pages) {
    const p = s.pages;
    out.push(
      `## 5. Pages`,
      ``,
      `Every page found in dist/, loaded ${p.reps}× in headless Chromium from \`scripts/serve.mjs\` on 127.0.0.1, each time in a fresh browser context (empty cache). ` +
        `Bytes are the bodies of every response; gzip is what each would be compressed (level 6). First chart: milliseconds from navigation to the first \`${p.chartSelector}\` in the document.`,
      ``,
      table(
        [
          "Page",
          "Requests",
          "KB",
          "gzip KB",
          "First chart p50 / p95 ms",
          "Load event p50 ms",
          "Largest responses (gzip KB)",
          "Verdict"
        ],
        p.pages.map((x) => [
          `\`${x.path}\``,
          x.requests,
          kb(x.bytes),
          kb(x.gzipBytes),
          x.firstChartMs ? ms(x.firstChartMs) : "no chart",
          f(x.loadMs.p50, 0),
          x.largest
            .slice(0, 3)
            .map((l) => `${l.url.replace(/^.*\//, "")} ${kb(l.gzipBytes)}`)
            .join(", "),
          verdict(x.met)
        ])
      ),
      ``
    );
    const external = p.pages.filter((x) => x.external.length);
    if (external.length)
      out.push(
        `External requests (blocked): ${external.map((x) => `${x.path}: ${x.external.join(", ")}`).join("; ")}.`,
        ``
      );
  }
  if (s.scale) {
    const c = s.scale;
    out.push(
      `## 6. Scale`,
      ``,
      `\`extractDocument\` with the project's specs and the general reader on the main report (003) repeated to each size, ` +
        `as ordinary text (its line breaks kept) and as one line (every line break made a space); each size in its own process${c.pinnedToOneCore ? " pinned to one core" : ""}, after three warm-up readings of the report, with a time limit. ` +
        `CPU seconds count every thread of the process (the garbage collector's too) and move less than wall-clock seconds when other work shares the machine. ` +
        `Peak RSS is the process's high-water mark, text and warm-up included. "vs 1 MB" divides the CPU seconds per MB by those at 1 MB.`,
      ``,
      table(
        [
          "Shape",
          "MB",
          "Observations",
          "Unextracted",
          "Seconds",
          "s per MB",
          "CPU seconds",
          "CPU s per MB",
          "vs 1 MB",
          "Peak RSS MB"
        ],
        c.shapes.flatMap((x) => {
          const first = x.runs[0];
          return x.runs.map((r) =>
            "timedOut" in r
              ? [x.shape, f(r.targetMB, 0), "–", "–", `> ${r.limitS} (stopped)`, "–", "–", "–", "–", "–"]
              : [
                  x.shape,
                  f(r.bytes / 1e6, 2),
                  r.observations,
                  r.unextracted,
                  f(r.seconds, 2),
                  f(r.secondsPerMB, 2),
                  f(r.cpuSeconds, 2),
                  f(r.cpuSecondsPerMB, 2),
                  first && !("timedOut" in first) ? f(r.cpuSecondsPerMB / first.cpuSecondsPerMB, 2) : "–",
                  f(r.peakRssMB, 0)
                ]
          );
        })
      ),
      ``
    );
  }
  return out.join("\n");
}

/** Section 7: one column per reader, one row per measure; "–" where a reader does not do the job. */
function renderLibraries(l: LibrariesSection): string[] {
  const tools = ["ours", "wink-nlp", "compromise", "compromise-dates", "chrono-node"];
  const pct = (n: number, of: number) => (of ? `${n} / ${of} (${f((100 * n) / of, 0)}%)` : "–");
  const row = <T extends {tool: string}>(label: string, list: T[], cell: (x: T) => string | number) => [
    label,
    ...tools.map((t) => {
      const x = list.find((y) => y.tool === t);
      return x ? String(cell(x)) : "–";
    })
  ];
  const kinds = ["abbreviation", "word stop", "number stop", "inside number"] as const;
  const forms = ["plain digits", "grouped digits", "scale word", "words", "no number printed"];
  const nonStatistics = ["year", "date part", "law or article number", "age", "other"] as const;
  const jobs = ["sentences", "numbers", "dates"] as const;
  const rows: string[][] = [
    row("Sentences: gold quotes inside one sentence", l.sentences, (x) => pct(x.quotesInOneSentence, x.quotes)),
    row("Sentences: count", l.sentences, (x) => x.sentences),
    ...kinds.map((k) =>
      row(
        `Sentence-boundary errors at ${k}s (corpus; seeds)`,
        l.sentences,
        (x) => `${x.cases[k].errors} of ${x.cases[k].cases}; ${x.seedCases[k].errors} of ${x.seedCases[k].cases}`
      )
    ),
    row("Numbers: gold value read right", l.numbers, (x) => pct(x.verdicts.right, x.records)),
    row("Numbers: found, wrong or no value", l.numbers, (x) => x.verdicts["wrong value"]),
    row("Numbers: found in pieces", l.numbers, (x) => x.verdicts["in pieces"]),
    row("Numbers: missed", l.numbers, (x) => x.verdicts.missed),
    ...forms.map((form) =>
      row(`Numbers right: ${form}`, l.numbers, (x) => pct(x.byForm[form]?.right ?? 0, x.byForm[form]?.records ?? 0))
    ),
    row("Periods: gold period named in the quote", l.dates, (x) => pct(x.inQuote, x.records)),
    row("Periods: … in the quote or its sentence", l.dates, (x) => pct(x.inSentence, x.records)),
    ...["calendar year", "other period"].map((k) =>
      row(`Periods in quote or sentence: ${k}`, l.dates, (x) =>
        pct(x.byKind[k]?.inSentence ?? 0, x.byKind[k]?.records ?? 0)
      )
    ),
    row("Date expressions found", l.dates, (x) => x.expressions),
    row("Number entities in the corpus", l.entities, (x) =>
      x.kept ? `${x.entities} (${x.kept.entities} kept as statistics)` : x.entities
    ),
    row("… at a gold statistic", l.entities, (x) =>
      x.kept
        ? `${x.atGoldNumber} (kept: ${pct(x.kept.atGoldNumber, x.kept.entities)})`
        : pct(x.atGoldNumber, x.entities)
    ),
    ...nonStatistics.map((k) =>
      row(`… not a statistic: ${k}`, l.entities, (x) =>
        x.kept ? `${x.byKind[k]} (kept: ${x.kept.byKind[k]})` : x.byKind[k]
      )
    ),
    ...jobs.map((job) =>
      row(
        `Throughput, ${job}: MB/s (ours × faster)`,
        l.throughput.filter((t) => t.job === job),
        (x) => (x.tool === "ours" ? f(x.mbPerS, 2) : `${f(x.mbPerS, 3)} (${f(x.oursTimesFaster, 1)}×)`)
      )
    )
  ];
  const versions = Object.entries(l.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  return [
    `## 7. Field NLP libraries`,
    ``,
    `Ours (the general reader's \`splitSentences\`, \`findQuantities\` and \`frameSentence\`) against ${versions}, on the development corpus \`${l.corpus}\` ` +
      `(${l.documents} documents, ${kb(l.bytes)} KB, ${l.goldRecords} gold records${l.unlocatedQuotes.length ? `, ${l.unlocatedQuotes.length} whose quote was not found` : ""}), ` +
      `each paragraph read by each reader as raw text, in one process on one core; any socket or fetch is refused and counted (${l.networkAttempts.length} attempted).`,
    `A gold number is read right when exactly one entity touches the printed number and has the gold value (wink gives no values: its digits are read as JavaScript numbers, its words get none). ` +
      `A gold period is found when a date expression touching the quote (or the sentence holding it, as ours splits it) resolves to the gold first and last day. ` +
      `Boundary cases: abbreviations that end no sentence ("No. 5", "para. 100), the", "U.S. law"), words and numbers closing a sentence ("victims. In", "1,431. Thirty"), separators inside numbers ("1,431"); the seed reports add cases without gold. ` +
      `Number entities not at a gold number are classed by their text and neighbours; ours also says which it keeps as statistics. ` +
      `Throughput: ${l.reps} passes over the corpus per reader and job, the readers taking turns.`,
    ``,
    table(["Measure", ...tools], rows),
    ``,
    ...(["sentences", "numbers", "dates"] as const).flatMap((job) => {
      const lists =
        job === "sentences"
          ? l.sentences.map(
              (x) =>
                [
                  x.tool,
                  [...x.splitQuotes, ...kinds.flatMap((k) => x.cases[k].examples.map((e) => `${k}: ${e}`))]
                ] as const
            )
          : job === "numbers"
            ? l.numbers.map((x) => [x.tool, x.wrong] as const)
            : l.dates.map((x) => [x.tool, x.missed] as const);
      return lists
        .filter(([, items]) => items.length)
        .map(
          ([tool, items]) => `- ${job}, ${tool} wrong on: ${items.map((i) => `\`${i.replace(/`/g, "'")}\``).join(", ")}`
        );
    }),
    ``
  ];
}
