// Builds the site when dist/ is missing, older than its sources or built from another database, then serves
// a snapshot of dist/ on a free port. Test runs in this checkout build one at a time (a lock file); a build
// during which another process rebuilt the database is run again; and the snapshot keeps the served site
// whole when another process rebuilds dist/ while the tests run.
import {rmSync} from "node:fs";
import type {TestProject} from "vitest/node";
import {serve} from "../../scripts/serve.mjs";
import {isBuildStale, isDataCurrent, ROOT, run, snapshot, withBuildLock} from "./site.js";

const ATTEMPTS = 3;

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const site = await withBuildLock(() => {
    if (isBuildStale()) {
      for (let attempt = 1; ; attempt++) {
        run("npm", ["run", "build"]);
        if (isDataCurrent()) break;
        if (attempt === ATTEMPTS)
          throw new Error(
            `the site was built ${ATTEMPTS} times, and each time another process rebuilt data/migstat.duckdb during the build`
          );
      }
    }
    return snapshot(`${ROOT}/dist`);
  });
  const server = await serve(site, 0);
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("static server has no port");
  project.provide("baseUrl", `http://127.0.0.1:${address.port}/`);
  return () =>
    new Promise<void>((resolve) =>
      server.close(() => {
        rmSync(site, {recursive: true, force: true});
        resolve();
      })
    );
}
