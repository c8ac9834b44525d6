import {createHash} from "node:crypto";
import {copyFileSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {listSeedFiles, readSeed} from "../../loaders/seeds/read-seeds.js";

const SEEDS = join(import.meta.dirname, "../../seeds");

describe("bundled seeds", () => {
  const files = listSeedFiles(SEEDS);

  it("are all present", () => {
    expect(files).toHaveLength(5);
  });

  it.each(files)("%s has valid metadata and a matching hash", (file) => {
    const seed = readSeed(SEEDS, file);
    const bytes = readFileSync(join(SEEDS, file));
    expect(seed.meta.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(seed.meta.size_bytes).toBe(bytes.length);
    expect(seed.meta.doc_id).toBe(file.replace(/\.txt$/, ""));
    expect(seed.meta.title.length).toBeGreaterThan(10);
    expect(["en", "ar"]).toContain(seed.meta.language);
  });

  it("names the migrant-workers report by its UN symbol", () => {
    expect(readSeed(SEEDS, "003_c140a606e429b773.txt").meta.un_symbol).toBe("CMW/C/AZE/3");
  });
});

describe("bad input", () => {
  function seedDir(text: string | Buffer, meta?: (m: Record<string, unknown>) => unknown): string {
    const dir = mkdtempSync(join(tmpdir(), "migstat-seed-"));
    const bytes = typeof text === "string" ? Buffer.from(text) : text;
    writeFileSync(join(dir, "x.txt"), bytes);
    const m: Record<string, unknown> = {doc_id: "x", file: "x.txt", title: "A report", un_symbol: null, publisher: "P", date: "2020",
      language: "en", kind: "report", sha256: createHash("sha256").update(bytes).digest("hex"), size_bytes: bytes.length};
    const out = meta ? meta(m) : m;
    if (out !== undefined) writeFileSync(join(dir, "x.meta.json"), typeof out === "string" ? out : JSON.stringify(out));
    return dir;
  }

  it.each([
    ["an empty file", seedDir(""), /x\.txt: the file is empty/],
    ["a binary file", seedDir(Buffer.from([0x41, 0x0a, 0x00, 0x01])), /x\.txt:2: the file holds NUL bytes/],
    ["UTF-16 text", seedDir(Buffer.from("\ufeffhello", "utf16le")), /x\.txt: the file is UTF-16/],
    ["Latin-1 text", seedDir(Buffer.from("line one\ncaf\xe9\n", "latin1")), /x\.txt:2: the file is not valid UTF-8/],
    ["a missing sidecar", seedDir("text", () => undefined), /x\.meta\.json: missing metadata sidecar for x\.txt/],
    ["a malformed sidecar", seedDir("text", () => '{\n  "doc_id": "x",\n  oops\n}'), /x\.meta\.json:3: malformed JSON/],
    ["a sidecar missing a field", seedDir("text", (m) => ({...m, title: undefined})), /missing field "title"/],
    ["a changed text", seedDir("text", (m) => ({...m, sha256: "a".repeat(64)})), /sha256 aaaaaaaaaaaa… does not match x\.txt/],
  ])("rejects %s with an error naming the file", (_, dir, message) => {
    expect(() => readSeed(dir, "x.txt")).toThrow(message);
  });

  it("accepts CRLF line endings and keeps offsets into the text as stored", () => {
    const dir = seedDir("1. In 2017, 5 persons.\r\n2. Next.\r\n");
    expect(readSeed(dir, "x.txt").text).toContain("\r\n");
  });

  it("copies nothing it was not given", () => {
    const dir = mkdtempSync(join(tmpdir(), "migstat-seed-"));
    copyFileSync(join(SEEDS, "001_923ab2d3eac3356e.txt"), join(dir, "001_923ab2d3eac3356e.txt"));
    expect(() => readSeed(dir, "001_923ab2d3eac3356e.txt")).toThrow(/missing metadata sidecar/);
  });
});
