// Builds the site when dist/ is missing or older than its sources, then serves dist/ on a free port.
import type {TestProject} from "vitest/node";
import {serve} from "../../scripts/serve.mjs";
import {isBuildStale, ROOT, run} from "./site.js";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (isBuildStale()) run("npm", ["run", "build"]);
  const server = await serve(`${ROOT}/dist`, 0);
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("static server has no port");
  project.provide("baseUrl", `http://127.0.0.1:${address.port}/`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
