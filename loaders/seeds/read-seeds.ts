/**
 * Reads the seed folder: every .txt with its .meta.json sidecar, validated against seeds/meta.schema.json.
 * Errors name the file (and line, or field, where one applies) so a statistician can fix the input.
 */
import {createHash} from "node:crypto";
import {existsSync, readdirSync, readFileSync, realpathSync, statSync} from "node:fs";
import {isAbsolute, join, relative} from "node:path";
import type {DocumentMeta} from "../types.js";
import {metaProblems} from "./meta-schema.js";
import {pdfToText} from "./read-pdf.js";

export interface Seed {
  meta: DocumentMeta;
  path: string;
  text: string;
}

export class SeedError extends Error {
  constructor(public file: string, message: string, public line?: number) {
    super(`${file}${line ? `:${line}` : ""}: ${message}`);
  }
}

/** Text larger than this is not a report but a mistake (a dump, a binary). */
export const MAX_SEED_BYTES = 20 * 1024 * 1024;

/** Seed documents: extracted text (.txt) or the report itself (.pdf), each with a .meta.json sidecar. */
export function listSeedFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => /\.(txt|pdf)$/.test(f)).sort();
}

/** Reads a seed of either kind; a PDF's text is extracted with its pages kept apart. */
export async function loadSeed(dir: string, file: string): Promise<Seed> {
  if (!file.endsWith(".pdf")) return readSeed(dir, file);
  const path = inFolder(dir, file);
  const bytes = checkedBytes(path);
  if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-") throw new SeedError(path, "the file does not start with %PDF-: not a PDF");
  const meta = checkedMeta(dir, file, bytes);
  let text: string;
  try {
    text = await pdfToText(bytes);
  } catch (e) {
    throw new SeedError(path, `the PDF cannot be read: ${(e as Error).message}`);
  }
  if (text.trim() === "") throw new SeedError(path, "the PDF has no text layer (a scan?); extract its text first");
  return {meta, path, text};
}

export function readSeed(dir: string, file: string): Seed {
  const path = inFolder(dir, file);
  const bytes = checkedBytes(path);
  const text = decodeText(path, bytes);
  return {meta: checkedMeta(dir, file, bytes), path, text};
}

/**
 * The path of a file of the seed folder, refused when it is a symbolic link to a file outside the folder:
 * the seeds are the record of what was extracted, so they stay together.
 */
function inFolder(dir: string, file: string): string {
  const path = join(dir, file);
  if (!existsSync(path)) return path;
  const target = realpathSync(path);
  const within = relative(realpathSync(dir), target);
  if (within.startsWith("..") || isAbsolute(within)) {
    throw new SeedError(path, `the file is a symbolic link to ${target}, outside the seeds folder; copy the file into the folder instead`);
  }
  return path;
}

function checkedBytes(path: string): Buffer {
  const size = statSync(path).size;
  if (size === 0) throw new SeedError(path, "the file is empty");
  if (size > MAX_SEED_BYTES) throw new SeedError(path, `the file is ${(size / 1048576).toFixed(1)} MB, more than the ${MAX_SEED_BYTES / 1048576} MB a report can be`);
  return readFileSync(path);
}

function checkedMeta(dir: string, file: string, bytes: Buffer): DocumentMeta {
  const meta = readMeta(dir, file);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (meta.sha256 !== sha256) {
    throw new SeedError(join(dir, metaName(file)), `sha256 ${meta.sha256.slice(0, 12)}… does not match ${file} (${sha256.slice(0, 12)}…): the text changed without its metadata; check the text, then update sha256 and size_bytes`);
  }
  if (meta.size_bytes !== bytes.length) throw new SeedError(join(dir, metaName(file)), `size_bytes ${meta.size_bytes} does not match ${file} (${bytes.length})`);
  return meta;
}

export const metaName = (file: string) => file.replace(/\.(txt|pdf)$/, ".meta.json");

function readMeta(dir: string, file: string): DocumentMeta {
  const path = inFolder(dir, metaName(file));
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch {
    throw new SeedError(path, `missing metadata sidecar for ${file}`);
  }
  let meta: DocumentMeta;
  try {
    meta = JSON.parse(source);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    const line = at ? source.slice(0, Number(at[1])).split("\n").length : undefined;
    throw new SeedError(path, `malformed JSON: ${(e as Error).message}`, line);
  }
  const problems = metaProblems(meta);
  if (problems.length) throw new SeedError(path, problems.join("; "));
  if (meta.file !== file) throw new SeedError(path, `"file" is "${meta.file}" but the sidecar belongs to ${file}`);
  const {$schema: _editorSchema, ...fields} = meta as DocumentMeta & {$schema?: string};
  return {...fields, un_symbol: fields.un_symbol ?? null};
}

/**
 * Seeds are UTF-8 text; anything else is rejected with the reason rather than read as garbage. A UTF-8
 * byte-order mark is valid and not part of the text (offsets count from after it; the sha256 is still of
 * the file's bytes).
 */
export function decodeText(path: string, bytes: Buffer): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new SeedError(path, "the file is UTF-16; save it as UTF-8");
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new SeedError(path, "the file holds NUL bytes: it is binary, not text", lineAt(bytes, nul));
  const text = new TextDecoder("utf-8", {fatal: false, ignoreBOM: false}).decode(bytes);
  const bad = text.indexOf("\ufffd");
  if (bad >= 0) throw new SeedError(path, "the file is not valid UTF-8 (Latin-1 or another encoding?); save it as UTF-8", text.slice(0, bad).split("\n").length);
  return text;
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
