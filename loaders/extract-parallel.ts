/**
 * Extraction of many documents across cores: each worker thread extracts whole documents and the
 * results come back in input order, so the output is the serial run's, only sooner.
 */
import {Worker} from "node:worker_threads";
import {availableParallelism} from "node:os";
import type {DocumentMeta} from "./types.js";
import type {DocumentExtraction} from "./extract-document.js";

export interface DocumentInput {
  text: string;
  meta: DocumentMeta;
}

/** Extracts every document with the default specs on up to `workers` threads; results in input order. */
export async function extractParallel(
  documents: DocumentInput[],
  workers = availableParallelism()
): Promise<DocumentExtraction[]> {
  const results: DocumentExtraction[] = new Array(documents.length);
  const count = Math.max(1, Math.min(workers, documents.length));
  let next = 0;
  const fromSource = import.meta.url.endsWith(".ts");
  const url = new URL(`./extract-worker${fromSource ? ".ts" : ".js"}`, import.meta.url);
  await Promise.all(
    Array.from(
      {length: count},
      () =>
        new Promise<void>((resolve, reject) => {
          // Run from TypeScript sources, a worker starts through a bootstrap that registers tsx's loader first.
          const worker = fromSource
            ? new Worker(new URL("./extract-worker-boot.mjs", import.meta.url), {workerData: {entry: url.href}})
            : new Worker(url);
          const feed = () => {
            if (next >= documents.length) {
              void worker.terminate();
              resolve();
              return;
            }
            const index = next++;
            worker.postMessage({index, document: documents[index]});
          };
          worker.on("message", (m: {index: number; result?: DocumentExtraction; error?: string}) => {
            if (m.error !== undefined) {
              void worker.terminate();
              reject(new Error(`${documents[m.index].meta.file}: ${m.error}`));
              return;
            }
            results[m.index] = m.result!;
            feed();
          });
          worker.on("error", reject);
          feed();
        })
    )
  );
  return results;
}
