/**
 * Extraction of many documents across cores: the calling thread and worker threads take whole
 * documents from one queue and the results come back in input order, so the output is the serial
 * run's, only sooner.
 */
import {Worker} from "node:worker_threads";
import {availableParallelism} from "node:os";
import type {DocumentMeta} from "./types.js";
import {extractDocument, type DocumentExtraction} from "./extract-document.js";
import {SPECS} from "./specs/index.js";

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
  // The calling thread is one of the threads: it extracts while the workers start, which takes seconds.
  const count = Math.max(0, Math.min(workers, documents.length) - 1);
  let next = 0;
  // Workers still starting when the queue runs out are stopped: they would only delay the end.
  const idle: (() => void)[] = [];
  const fromSource = import.meta.url.endsWith(".ts");
  const url = new URL(`./extract-worker${fromSource ? ".ts" : ".js"}`, import.meta.url);
  const spawned = Array.from(
    {length: count},
    () =>
      new Promise<void>((resolve, reject) => {
        // Run from TypeScript sources, a worker starts through a bootstrap that registers tsx's loader first.
        const worker = fromSource
          ? new Worker(new URL("./extract-worker-boot.mjs", import.meta.url), {workerData: {entry: url.href}})
          : new Worker(url);
        let busy = false;
        const stop = () => {
          void worker.terminate();
          resolve();
        };
        idle.push(() => {
          if (!busy) stop();
        });
        const feed = () => {
          busy = next < documents.length;
          if (!busy) return stop();
          const index = next++;
          worker.postMessage({index, document: documents[index]});
        };
        worker.on("message", (m: {ready?: boolean; index: number; result?: DocumentExtraction; error?: string}) => {
          if (m.ready) {
            feed();
            return;
          }
          if (m.error !== undefined) {
            void worker.terminate();
            reject(new Error(`${documents[m.index].meta.file}: ${m.error}`));
            return;
          }
          results[m.index] = m.result!;
          feed();
        });
        worker.on("error", reject);
      })
  );
  const own = (async () => {
    while (next < documents.length) {
      const index = next++;
      try {
        results[index] = extractDocument(documents[index].text, documents[index].meta, SPECS);
      } catch (e) {
        next = documents.length;
        throw new Error(`${documents[index].meta.file}: ${(e as Error).message}`);
      }
      // Between documents the workers' messages are taken, so each is fed as soon as it is free.
      await new Promise((resolve) => setImmediate(resolve));
    }
    for (const stopIfIdle of idle) stopIfIdle();
  })();
  await Promise.all([own, ...spawned]);
  return results;
}
