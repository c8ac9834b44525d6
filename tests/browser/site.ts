// Shared by the browser tests: building the site and opening pages in a locked-down Chromium.
import {execFileSync, spawnSync} from "node:child_process";
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {chromium, type Browser, type Page} from "playwright-core";

export const ROOT = join(import.meta.dirname, "../..");

// Everything the built site is made from; a change to any of it makes dist/ stale.
const SITE_INPUTS = ["src", "loaders", "seeds", "observablehq.config.ts", "package.json", "package-lock.json", "scripts"];

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
  return SITE_INPUTS.some((input) => newestMtime(join(ROOT, input)) > built);
}

// Runs a command in the project root and throws with its output when it fails.
export function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, {cwd: ROOT, encoding: "utf8", env: {...process.env, npm_config_update_notifier: "false"}});
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.error ?? `exit ${result.status}`}):\n${output}`);
  return output;
}

export function chromiumPath(): string {
  try {
    return execFileSync("which", ["chromium"], {encoding: "utf8"}).trim();
  } catch {
    throw new Error("Chromium not found: install the Debian package with `apt-get install -y chromium`");
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic"
    ]
  });
}

// What a page did while it loaded: every request, the blocked external ones, and every error.
export interface PageLog {
  requests: string[];
  external: string[];
  problems: string[];
}

// Opens a page in a new context that aborts any request not addressed to 127.0.0.1 and logs problems.
export async function openPage(
  browser: Browser,
  url: string,
  options: {viewport?: {width: number; height: number}; colorScheme?: "light" | "dark"} = {}
): Promise<{page: Page; log: PageLog}> {
  const context = await browser.newContext(options);
  const log: PageLog = {requests: [], external: [], problems: []};
  await context.route("**/*", (route) => {
    const href = route.request().url();
    if (new URL(href).hostname === "127.0.0.1") return route.continue();
    log.external.push(href);
    return route.abort("blockedbyclient");
  });
  const ignored = (href: string) => new URL(href).pathname === "/favicon.ico";
  context.on("request", (request) => log.requests.push(request.url()));
  context.on("requestfailed", (request) => {
    if (!ignored(request.url())) log.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  context.on("response", (response) => {
    if (response.status() >= 400 && !ignored(response.url())) log.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error" && !ignored(message.location().url || "http://127.0.0.1/")) log.problems.push(`console error: ${message.text()}`);
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
