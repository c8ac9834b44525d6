import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    // Timeouts sized for a loaded 2-core machine, not vitest's 5 s default: several tests start Node and DuckDB
    // processes, build a database or render every chart (chart-exports took 10.7 s once), and a test that
    // times out only under load is a flaky test. A test that needs longer still says so itself.
    projects: [
      {test: {name: "unit", include: ["tests/unit/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 120_000}},
      {test: {name: "golden", include: ["tests/golden/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 180_000}},
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          // Builds the site if needed and serves dist/ for every browser test file.
          globalSetup: ["tests/browser/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // One file at a time in one process, after the other projects: these tests build and serve dist/.
          pool: "forks",
          poolOptions: {forks: {singleFork: true}},
          sequence: {groupOrder: 1}
        }
      }
    ]
  }
});
