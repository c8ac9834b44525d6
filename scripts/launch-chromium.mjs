// @ts-check
// Headless Chromium for the browser tests and the page benchmark: the Debian package's browser, with nothing
// it would fetch or sync on its own; callers add their own flags.
import {execFileSync} from "node:child_process";
import {chromium} from "playwright-core";

export function chromiumPath() {
  try {
    return execFileSync("which", ["chromium"], {encoding: "utf8"}).trim();
  } catch {
    throw new Error("Chromium not found: install the Debian package with `apt-get install -y chromium`");
  }
}

/** @param {string[]} [extra] further command-line flags */
export function launchChromium(extra = []) {
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
      ...extra
    ]
  });
}
