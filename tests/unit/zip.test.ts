// The page data archive (src/data/zip.ts), read back by independent readers: JSZip, which Framework's loader
// uses to serve each member at data/<path>, and Info-ZIP's unzip where it is installed.
import {spawnSync} from "node:child_process";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import JSZip from "jszip";
import {describe, expect, it} from "vitest";
import {zip} from "../../src/data/zip.js";

const FILES: Record<string, string | Buffer> = {
  "documents.json": JSON.stringify([{doc_id: "003", title: "Third periodic report"}]),
  "families/border.json": "[]",
  "texts/ar.json": JSON.stringify({text: "تقرير — “quoted” é"}),
  "explore/observations.csv": Buffer.from("obs_id,value\na,1\nb,2\n"),
  "empty.json": "",
  "données/é.json": "{}",
  "large.bin": Buffer.from(Array.from({length: 200_000}, (_, i) => (i * 7919) % 251))
};

const bytesOf = (content: string | Buffer) => (typeof content === "string" ? Buffer.from(content, "utf8") : content);
const hasUnzip = spawnSync("unzip", ["-v"]).status === 0;

describe("data archive", () => {
  it("holds every file under its path with its exact bytes, as Framework's reader sees it", async () => {
    const archive = await JSZip.loadAsync(zip(FILES));
    const names = Object.values(archive.files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
    expect(names.sort()).toEqual(Object.keys(FILES).sort());
    for (const [name, content] of Object.entries(FILES)) {
      expect(Buffer.from(await archive.file(name)!.async("uint8array")), name).toEqual(bytesOf(content));
    }
  });

  it.skipIf(!hasUnzip)("passes unzip's own test of every member", () => {
    const file = join(mkdtempSync(join(tmpdir(), "migstat-zip-")), "data.zip");
    writeFileSync(file, zip(FILES));
    const test = spawnSync("unzip", ["-t", file], {encoding: "utf8"});
    expect(test.status, test.stdout + test.stderr).toBe(0);
    // unzip passes the names of entries made "on MS-DOS" (as fflate marks them) through a code page, whatever
    // their UTF-8 flag, so only the ASCII names are compared here; JSZip reads the others above.
    const listed = spawnSync("unzip", ["-Z1", file], {encoding: "utf8"}).stdout.trim().split("\n");
    const ascii = (names: string[]) => names.filter((n) => /^[\x20-\x7e]+$/.test(n)).sort();
    expect(listed).toHaveLength(Object.keys(FILES).length);
    expect(ascii(listed)).toEqual(ascii(Object.keys(FILES)));
    expect(spawnSync("unzip", ["-p", file, "texts/ar.json"]).stdout).toEqual(bytesOf(FILES["texts/ar.json"]));
  });

  it("is the same archive for the same files, whenever it is made", async () => {
    const first = zip(FILES);
    expect(Buffer.from(zip(FILES))).toEqual(Buffer.from(first));
    // Every entry carries 1980-01-01, not the time it was made.
    const archive = await JSZip.loadAsync(first);
    for (const file of Object.values(archive.files))
      expect(file.date.getUTCFullYear(), file.name).toBeLessThanOrEqual(1980);
  });

  it("stores members uncompressed, for Framework to read them without inflating", () => {
    const archive = Buffer.from(zip({"a.txt": "a".repeat(10_000)}));
    expect(archive.length).toBeGreaterThan(10_000);
  });
});
