import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {test: {name: "unit", include: ["tests/unit/**/*.test.ts"]}},
      {test: {name: "golden", include: ["tests/golden/**/*.test.ts"]}},
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
