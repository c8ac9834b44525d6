import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      // Many unit and golden tests build a database or start a process: on a busy two-core machine, one took
      // more than vitest's default five seconds; a test may state a longer time of its own.
      {test: {name: "unit", include: ["tests/unit/**/*.test.ts"], testTimeout: 30_000}},
      {test: {name: "golden", include: ["tests/golden/**/*.test.ts"], testTimeout: 30_000}},
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
