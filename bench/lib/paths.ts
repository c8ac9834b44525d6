import {resolve} from "node:path";

/** The project root; a bundled copy of a bench module (for profiling) is told it by the environment. */
export const ROOT = process.env.MIGSTAT_ROOT ?? resolve(import.meta.dirname, "../..");
export const OUT = resolve(ROOT, "bench/out");
