/** Temporary seed folders for tests: a copy of the bundled seeds, plus writers that keep sidecars valid. */
import {createHash} from "node:crypto";
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

export const SEEDS = join(import.meta.dirname, "../seeds");

export function copySeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), "migstat-seeds-"));
  cpSync(SEEDS, dir, {recursive: true});
  return dir;
}

/** Writes a seed and a sidecar whose hash and size match it. */
export function writeSeed(
  dir: string,
  file: string,
  content: string | Buffer,
  meta: Record<string, unknown> = {}
): void {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  writeFileSync(join(dir, file), bytes);
  writeFileSync(
    join(dir, file.replace(/\.(txt|pdf)$/, ".meta.json")),
    JSON.stringify(
      {
        doc_id: file.replace(/\.(txt|pdf)$/, ""),
        file,
        title: "A report written for tests",
        un_symbol: null,
        publisher: "Tests",
        date: "2023",
        language: "en",
        kind: "periodic_report",
        sha256: createHash("sha256").update(bytes).digest("hex"),
        size_bytes: bytes.length,
        ...meta
      },
      null,
      2
    )
  );
}

export const readText = (path: string) => readFileSync(path, "utf8");
