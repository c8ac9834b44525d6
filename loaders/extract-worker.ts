/** A worker thread of extract-parallel.ts: extracts the documents it is sent, one at a time. */
import {parentPort} from "node:worker_threads";
import {extractDocument} from "./extract-document.js";
import {SPECS} from "./specs/index.js";
import type {DocumentInput} from "./extract-parallel.js";

parentPort!.on("message", ({index, document}: {index: number; document: DocumentInput}) => {
  try {
    parentPort!.postMessage({index, result: extractDocument(document.text, document.meta, SPECS)});
  } catch (e) {
    parentPort!.postMessage({index, error: (e as Error).message});
  }
});
// Loaded and listening: the first document is sent only now, so the calling thread keeps the others meanwhile.
parentPort!.postMessage({ready: true});
