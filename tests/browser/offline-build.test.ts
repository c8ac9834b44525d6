// The whole build, run in a network namespace with no route: no registry, CDN or telemetry may be needed.
import {spawnSync} from "node:child_process";
import {existsSync, rmSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {ROOT, runAsync} from "./site.js";

// `unshare -n` needs root (or user namespaces); where it is refused the test says so instead of failing.
const unshare = spawnSync("unshare", ["-n", "true"], {encoding: "utf8"});
const permitted = unshare.status === 0;
const refusal = unshare.error?.message ?? (unshare.stderr.trim() || `exit ${unshare.status}`);

describe("offline build", () => {
  it.skipIf(!permitted)(
    `builds with no network at all${permitted ? "" : ` (skipped: unshare -n not permitted: ${refusal})`}`,
    async () => {
      // An empty Framework cache proves the build needs nothing that an earlier online build left behind.
      rmSync(join(ROOT, "src/.observablehq/cache"), {recursive: true, force: true});
      const started = performance.now();
      const output = await runAsync("unshare", ["-n", "npm", "run", "build"]);
      console.log(`offline build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
      expect(output).not.toMatch(/EAI_AGAIN|unable to fetch|ENOTFOUND/);
      expect(existsSync(join(ROOT, "dist/index.html"))).toBe(true);
    }
  );
});
