/**
 * npm run bench [-- --quick] [-- --only extraction,general,scale,numbers,libraries,database,site,pages]
 * npm run bench -- --render [bench/results.json]   (RESULTS.md again from saved results)
 * Runs the benchmark sections and writes bench/results.json and bench/RESULTS.md.
 */
import {execFileSync} from "node:child_process";
import {readFileSync, rmSync, writeFileSync} from "node:fs";
import {cpus, totalmem} from "node:os";
import {join} from "node:path";
import {ROOT} from "./lib/paths.js";
import {extractionSection} from "./extraction/section.js";
import {numbersSection} from "./numbers/section.js";
import {databaseSection} from "./database/section.js";
import {copyProject, minimalSite, siteSection} from "./site/section.js";
import {pagesSection} from "./pages/section.js";
import {generalSection} from "./general/section.js";
import {scaleSection} from "./scale/section.js";
import {librariesSection} from "./libraries/section.js";
import {renderReport, type Results} from "./report.js";

const SECTIONS = ["extraction", "general", "scale", "numbers", "libraries", "database", "site", "pages"] as const;
type Section = (typeof SECTIONS)[number];

// `run.ts --render FILE.json` rewrites the matching Markdown from saved results, measuring nothing.
if (process.argv[2] === "--render") {
  const json = process.argv[3] ?? join(ROOT, "bench/results.json");
  const results = JSON.parse(readFileSync(json, "utf8")) as Results;
  writeFileSync(json.replace(/results([^/]*)\.json$/, "RESULTS$1.md"), renderReport(results));
  process.exit(0);
}

function parseArgs(argv: string[]) {
  let quick = false;
  let only: Section[] = [...SECTIONS];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--quick") quick = true;
    else if (a === "--only") {
      only = (argv[++i] ?? "").split(",").filter(Boolean) as Section[];
      const unknown = only.filter((s) => !SECTIONS.includes(s));
      if (unknown.length > 0 || only.length === 0) fail(`--only takes some of ${SECTIONS.join(",")}`);
    } else if (a === "--help" || a === "-h") {
      process.stdout.write(`usage: npm run bench -- [--quick] [--only ${SECTIONS.join(",")}]\n`);
      process.exit(0);
    } else fail(`unknown argument ${a} (try --help)`);
  }
  return {quick, only};
}

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const git = (...args: string[]) => execFileSync("git", args, {cwd: ROOT, encoding: "utf8"}).trim();

const {quick, only} = parseArgs(process.argv.slice(2));
const started = performance.now();
const log = (s: string) =>
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}\n`);
const results: Results = {
  date: new Date().toISOString(),
  commit: git("rev-parse", "--short", "HEAD"),
  workingTreeChanged: git("status", "--porcelain", "--untracked-files=no") !== "",
  machine: {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "?",
    memoryGB: Math.round(totalmem() / 2 ** 30)
  },
  quick,
  sections: {}
};
const options = {quick, log};
if (only.includes("extraction")) results.sections.extraction = await extractionSection(options);
if (only.includes("general")) results.sections.general = await generalSection(options);
if (only.includes("scale")) results.sections.scale = scaleSection(options);
if (only.includes("numbers")) results.sections.numbers = numbersSection(options);
if (only.includes("libraries")) results.sections.libraries = librariesSection(options);
if (only.includes("database")) results.sections.database = await databaseSection(options);
if (only.includes("site") || only.includes("pages")) {
  const project = copyProject(),
    minimal = minimalSite();
  try {
    if (only.includes("site")) results.sections.site = siteSection(project, minimal, options);
    else {
      log("pages: building the site");
      execFileSync("npm", ["run", "build"], {cwd: project, stdio: "ignore"});
    }
    if (only.includes("pages")) results.sections.pages = await pagesSection(join(project, "dist"), options);
  } finally {
    rmSync(project, {recursive: true, force: true});
    rmSync(minimal, {recursive: true, force: true});
  }
}
results.seconds = Math.round((performance.now() - started) / 1000);

// Only a full run of every section writes the committed results.json; others write beside it.
const suffix = `${quick ? "-quick" : ""}${only.length === SECTIONS.length ? "" : `-${only.join("-")}`}`;
const jsonFile = join(ROOT, `bench/results${suffix}.json`),
  mdFile = join(ROOT, `bench/RESULTS${suffix}.md`);
writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
const report = renderReport(results);
writeFileSync(mdFile, report);
process.stdout.write(`${report}\nwrote ${jsonFile} and ${mdFile} in ${results.seconds} s\n`);
