// One lock file that runs in the same checkout wait for: the loaders' lock on the database (db/publish.ts) and the
// browser tests' lock on the site's build (tests/browser/site.ts).
import {mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {dirname} from "node:path";
import {processAlive} from "./process-alive.js";

/**
 * Waits until no other live process holds the lock file, then runs task holding it (the file holds this
 * process's pid). A lock whose process is gone is taken over; onWait is told once, when a wait begins.
 */
export async function withLock<T>(
  lock: string,
  task: () => T | Promise<T>,
  {onWait, pollMs = 100}: {onWait?: (holder: number, lock: string) => void; pollMs?: number} = {}
): Promise<T> {
  mkdirSync(dirname(lock), {recursive: true});
  let told = false;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), {flag: "wx"});
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(lock, "utf8"));
    } catch {
      continue; // released meanwhile
    }
    // A holder that has not written its pid yet is alive; one whose process is gone left the lock behind.
    if (holder > 0 && !processAlive(holder)) {
      try {
        if (Number(readFileSync(lock, "utf8")) === holder) rmSync(lock, {force: true});
      } catch {
        /* released meanwhile */
      }
      continue;
    }
    if (!told) onWait?.(holder, lock);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  try {
    return await task();
  } finally {
    try {
      rmSync(lock, {force: true});
    } catch {
      /* a lock left behind is taken over once this process is gone */
    }
  }
}
