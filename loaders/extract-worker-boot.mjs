// Starts a TypeScript worker (extract-worker.ts) under tsx's loader when the loaders run from source.
import {register} from "tsx/esm/api";
import {workerData} from "node:worker_threads";

register();
await import(workerData.entry);
