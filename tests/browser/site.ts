// Shared by the browser tests: building the site and opening pages in a locked-down Chromium.
import {execFileSync, spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync
} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import type {Browser, Page} from "playwright-core";
import type {Server} from "node:http";
import {serve} from "../../scripts/serve.mjs";
import {runAsync as runIn} from "../helpers.js";
import {withLock} from "../../loaders/hold-lock.js";
import {launchChromium} from "../../scripts/launch-chromium.mjs";

export const ROOT = join(import.meta.dirname, "../..");

// Everything the built site is made from; a change to any of it makes dist/ stale.
const SITE_INPUTS = [
  "src",
  "loaders",
  "seeds",
  "observablehq.config.ts",
  "package.json",
  "package-lock.json",
  "scripts"
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === ".observablehq" || entry === "vendor") continue; // build outputs kept inside src/
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function isBuildStale(): boolean {
  const index = join(ROOT, "dist/index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SITE_INPUTS.some((input) => newestMtime(join(ROOT, input)) > built) || !isDataCurrent();
}

// Whether the data loader output the site was built from was made from the database as it is now:
// scripts/bust-loader-cache.mjs records the database's hash when it keeps or clears that output, before
// the build reads the database. Another process that rebuilds the database during or after a build makes
// the two differ.
export function isDataCurrent(): boolean {
  const database = join(ROOT, "data/migstat.duckdb");
  const stamp = join(ROOT, "src/.observablehq/cache/data/.database-sha256");
  if (!existsSync(database) || !existsSync(stamp)) return false;
  return readFileSync(stamp, "utf8").trim() === createHash("sha256").update(readFileSync(database)).digest("hex");
}

// Runs task while holding a lock file that other test runs in this checkout wait for, so two of them
// never build the site at once. A lock left by a process that is gone is taken over.
export function withBuildLock<T>(task: () => T | Promise<T>): Promise<T> {
  return withLock(join(ROOT, "data/.site-build.lock"), task, {
    pollMs: 500,
    onWait: (holder, lock) => console.log(`waiting for the site build of process ${holder || "(starting)"} (${lock})`)
  });
}

// A copy of dir made of hard links (a plain copy across file systems), in a new temporary folder: a build that
// starts meanwhile removes and rewrites dist/, but the copy keeps the files as they were.
export function snapshot(dir: string): string {
  const target = mkdtempSync(join(tmpdir(), "migstat-site-"));
  const copy = (from: string, to: string) => {
    for (const entry of readdirSync(from, {withFileTypes: true})) {
      const [source, destination] = [join(from, entry.name), join(to, entry.name)];
      if (entry.isDirectory()) {
        mkdirSync(destination);
        copy(source, destination);
      } else {
        try {
          linkSync(source, destination);
        } catch {
          writeFileSync(destination, readFileSync(source));
        }
      }
    }
  };
  copy(dir, target);
  return target;
}

// Copies the project as committed (plus working-tree edits), without its generated folders, into target, with
// node_modules linked: a build there leaves this checkout's dist/, data/ and caches untouched.
export function copyProject(target: string): void {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    encoding: "utf8"
  })
    .split("\0")
    // A checkout whose node_modules is itself a link lists that link among its untracked files.
    .filter((f) => f && f !== "node_modules");
  for (const f of files) {
    if (!existsSync(join(ROOT, f))) continue;
    mkdirSync(dirname(join(target, f)), {recursive: true});
    cpSync(join(ROOT, f), join(target, f));
  }
  symlinkSync(join(ROOT, "node_modules"), join(target, "node_modules"));
}

// Builds a project copy's site and serves its dist/ on a free port. Asynchronous, so that the test's process keeps
// answering vitest while the build takes its minutes.
export async function buildAndServe(dir: string): Promise<{server: Server; base: string}> {
  await runIn("npm", ["run", "build"], {cwd: dir, env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}});
  const server = await serve(join(dir, "dist"), 0);
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("static server has no port");
  return {server, base: `http://127.0.0.1:${address.port}/`};
}

// Runs a command in the project root and throws with its output when it fails.
export function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: {...process.env, npm_config_update_notifier: "false"}
  });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed (${result.error ?? `exit ${result.status}`}):\n${output}`);
  return output;
}

// run(), without blocking this process: a test whose build takes a minute must keep answering vitest meanwhile.
export const runAsync = (command: string, args: string[]): Promise<string> => runIn(command, args, {cwd: ROOT});

export const launchBrowser = (): Promise<Browser> => launchChromium(["--disable-quic"]);

// What a page did while it loaded: every request, the blocked external ones, every error and every warning.
export interface PageLog {
  requests: string[];
  external: string[];
  problems: string[];
  warnings: string[];
}

// Opens a page in a new context that aborts any request not addressed to 127.0.0.1 and logs problems.
// `init` runs in every document of the context before its own scripts.
export async function openPage(
  browser: Browser,
  url: string,
  options: {viewport?: {width: number; height: number}; colorScheme?: "light" | "dark"; initScript?: () => void} = {}
): Promise<{page: Page; log: PageLog}> {
  const {initScript, ...contextOptions} = options;
  const context = await browser.newContext(contextOptions);
  // A script run in every page before its own (to put the page in a state a test needs).
  if (initScript) await context.addInitScript(initScript);
  const log: PageLog = {requests: [], external: [], problems: [], warnings: []};
  await context.route("**/*", (route) => {
    const href = route.request().url();
    if (new URL(href).hostname === "127.0.0.1") return route.continue();
    log.external.push(href);
    return route.abort("blockedbyclient");
  });
  context.on("request", (request) => log.requests.push(request.url()));
  context.on("requestfailed", (request) => {
    // The browser fetches the favicon after the load event: a reload or a link followed at once cancels it.
    if (request.failure()?.errorText === "net::ERR_ABORTED" && /\/_file\/favicon\.[0-9a-f]+\.svg$/.test(request.url()))
      return;
    log.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  context.on("response", (response) => {
    if (response.status() >= 400) log.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") log.problems.push(`console error: ${message.text()}`);
    if (message.type() === "warning") log.warnings.push(message.text());
  });
  page.on("pageerror", (error) => log.problems.push(`page error: ${error.message}`));
  await page.goto(url, {waitUntil: "networkidle"});
  return {page, log};
}

export interface SeedMeta {
  doc_id: string;
  title: string;
  sha256: string;
}

export function seedMetadata(): SeedMeta[] {
  const dir = join(ROOT, "seeds");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".meta.json"))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), "utf8")));
}
