import {createHash} from "node:crypto";
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {Ajv} from "ajv";
import {describe, expect, it} from "vitest";
import {extractSeeds} from "../../loaders/run-loaders.js";
import {listSeedFiles, loadSeed, readSeed} from "../../loaders/seeds/read-seeds.js";
import {segmentParagraphs} from "../../loaders/text/segment-paragraphs.js";
import {writeSeed} from "../seed-dir.js";

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
    const m: Record<string, unknown> = {
      doc_id: "x",
      file: "x.txt",
      title: "A report",
      un_symbol: null,
      publisher: "P",
      date: "2020",
      language: "en",
      kind: "report",
      sha256: createHash("sha256").update(bytes).digest("hex"),
      size_bytes: bytes.length
    };
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
    [
      "a changed text",
      seedDir("text", (m) => ({...m, sha256: "a".repeat(64)})),
      /sha256 aaaaaaaaaaaa… does not match x\.txt/
    ]
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

describe("sidecar schema", () => {
  function seedDir(meta: (m: Record<string, unknown>) => Record<string, unknown>): string {
    const dir = mkdtempSync(join(tmpdir(), "migstat-seed-"));
    const bytes = Buffer.from("1. In 2017, 5 persons.\n");
    writeFileSync(join(dir, "x.txt"), bytes);
    const m: Record<string, unknown> = {
      doc_id: "x",
      file: "x.txt",
      title: "A report",
      un_symbol: null,
      publisher: "P",
      date: "2020",
      language: "en",
      kind: "report",
      sha256: createHash("sha256").update(bytes).digest("hex"),
      size_bytes: bytes.length
    };
    writeFileSync(join(dir, "x.meta.json"), JSON.stringify(meta(m)));
    return dir;
  }
  const error = (change: Record<string, unknown>) => {
    const dir = seedDir((m) => ({...m, ...change}));
    try {
      readSeed(dir, "x.txt");
    } catch (e) {
      return (e as Error).message.replace(dir, "seeds");
    }
    return null;
  };

  it("is a valid JSON Schema that every bundled sidecar satisfies", () => {
    const schema = JSON.parse(readFileSync(join(SEEDS, "meta.schema.json"), "utf8"));
    const ajv = new Ajv({allowUnionTypes: true, strict: false, validateFormats: false});
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    const validate = ajv.compile(schema);
    const sidecars = readdirSync(SEEDS).filter((f) => f.endsWith(".meta.json"));
    expect(sidecars).toHaveLength(5);
    for (const file of sidecars)
      expect(validate(JSON.parse(readFileSync(join(SEEDS, file), "utf8"))) ? [] : validate.errors, file).toEqual([]);
  });

  it.each([
    [{size_bytes: "6167"}, 'seeds/x.meta.json: "size_bytes" must be an integer (got "6167")'],
    [{size_bytes: 6.5}, '"size_bytes" must be an integer (got 6.5)'],
    [{title: 42}, '"title" must be a string (got 42)'],
    [{title: "   "}, '"title" must not be blank'],
    [{title: undefined}, 'missing field "title"'],
    [{un_symbol: 3}, '"un_symbol" must be a string or null (got 3)'],
    [{date: "2020-13-45"}, '"date" must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (got "2020-13-45")'],
    [{date: "2021-02-29"}, '"date" must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (got "2021-02-29")'],
    [{date: "2020-00"}, '"date" must be a real date'],
    [{date: "20 May 2020"}, '"date" must be a real date'],
    [{sha256: "ABC"}, '"sha256" must be 64 lowercase hex digits (got "ABC")'],
    [
      {reporting_period: "2019H3"},
      '"reporting_period" must be a period such as 2017, 2013-2018, 2013-2018+2019H1, 2019H1, 2019H2, 2019Q1, 2019-03 or 2019-01..2019-06'
    ],
    [{reporting_period: "2019Q5"}, '"reporting_period" must be a period'],
    [{reporting_period: "2019-13"}, '"reporting_period" must be a period'],
    [{reporting_period: "2019-06..2019-01"}, '"reporting_period" must be a period'],
    [{reporting_period: "2018-2013"}, '"reporting_period" must be a period'],
    [
      {doc_id: ".."},
      '"doc_id" must be a slug of letters, digits, "_" and "-" that starts with a letter or digit (got "..")'
    ],
    [{doc_id: "a/b"}, '"doc_id" must be a slug'],
    [{doc_id: "it's"}, '"doc_id" must be a slug'],
    [{doc_id: "-x"}, '"doc_id" must be a slug'],
    [{doc_id: ""}, '"doc_id" must be a slug'],
    [{state: "aze"}, '"state" must be an ISO 3166-1 alpha-3 code in capitals, such as "AZE" (got "aze")'],
    [{state: "Azerbaijan"}, '"state" must be an ISO 3166-1 alpha-3 code'],
    [{source_url: "www.example.org/report"}, '"source_url" must be an absolute URL (got "www.example.org/report")'],
    [{accessed: "2025-02-30"}, '"accessed" must be a real date written YYYY-MM-DD (got "2025-02-30")'],
    [{accessed: "2025-02"}, '"accessed" must be a real date written YYYY-MM-DD'],
    [{licence: 1}, '"licence" must be a string (got 1)'],
    [{producer: ""}, '"producer" must not be blank'],
    [{titel: "A report"}, 'unknown field "titel"']
  ])("refuses %j with a message naming the file and the field", (change, message) => {
    const got = error(change);
    expect(got).toContain(message);
    expect(got).toMatch(/^seeds\/x\.meta\.json: /);
    expect(got).not.toMatch(/must match|must be equal|must NOT|must have required/);
  });

  it("names every problem of a sidecar at once", () => {
    expect(error({title: "", date: "2020-13", size_bytes: "1"})).toBe(
      'seeds/x.meta.json: "title" must not be blank; "date" must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (got "2020-13"); "size_bytes" must be an integer (got "1")'
    );
  });

  it.each(
    [
      {date: "2020-02-29"},
      {date: "2024-04"},
      {date: "2019"},
      ...["2017", "2013-2018", "2013-2018+2019H1", "2019H1", "2019H2", "2019Q1", "2019-03", "2019-01..2019-06"].map(
        (p) => ({reporting_period: p})
      ),
      {doc_id: "ABC_1-x"},
      {
        state: "AZE",
        source_url: "https://www.ohchr.org/en/documents/x",
        accessed: "2025-10-01",
        licence: "UN terms of use",
        producer: "pdftotext 24.02"
      },
      {$schema: "./meta.schema.json"},
      {un_symbol: "CMW/C/AZE/3"}
    ].map((change): [Record<string, unknown>] => [change])
  )("accepts %j", (change) => {
    expect(error(change)).toBeNull();
  });

  it("keeps the new optional fields in the metadata and drops the editor's $schema", () => {
    const dir = seedDir((m) => ({$schema: "./meta.schema.json", ...m, state: "AZE", accessed: "2025-10-01"}));
    const {meta} = readSeed(dir, "x.txt");
    expect(meta).toMatchObject({state: "AZE", accessed: "2025-10-01"});
    expect(meta).not.toHaveProperty("$schema");
  });
});

describe("seed folder", () => {
  it("refuses two sidecars with the same doc_id, naming both", async () => {
    const dir = mkdtempSync(join(tmpdir(), "migstat-seeds-"));
    writeSeed(dir, "a.txt", "1. In 2017, 5 persons.\n", {doc_id: "same"});
    writeSeed(dir, "b.txt", "1. In 2018, 6 persons.\n", {doc_id: "same"});
    await expect(extractSeeds({seeds: dir})).rejects.toThrow(
      `${join(dir, "b.meta.json")}: doc_id "same" is already the doc_id of ${join(dir, "a.meta.json")}`
    );
  });

  it("strips a UTF-8 byte-order mark, keeps paragraph numbering and hashes the file's bytes", () => {
    const dir = mkdtempSync(join(tmpdir(), "migstat-seeds-"));
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from("1. In 2017, 5 persons.\n2. In 2018, 6 persons.\n")
    ]);
    writeSeed(dir, "bom.txt", bytes);
    const seed = readSeed(dir, "bom.txt");
    expect(seed.text.startsWith("1. In 2017")).toBe(true);
    expect(seed.meta.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(segmentParagraphs(seed.text).map((p) => p.number)).toEqual(["1", "2"]);
  });

  it("refuses a seed or sidecar that is a symbolic link to a file outside the folder", async () => {
    const outside = mkdtempSync(join(tmpdir(), "migstat-outside-"));
    writeSeed(outside, "x.txt", "1. In 2017, 5 persons.\n");
    const dir = mkdtempSync(join(tmpdir(), "migstat-seeds-"));
    symlinkSync(join(outside, "x.txt"), join(dir, "x.txt"));
    copyFileSync(join(outside, "x.meta.json"), join(dir, "x.meta.json"));
    const message = `${join(dir, "x.txt")}: the file is a symbolic link to ${join(outside, "x.txt")}, outside the seeds folder`;
    expect(() => readSeed(dir, "x.txt")).toThrow(message);
    await expect(loadSeed(dir, "x.txt")).rejects.toThrow(message);

    const sidecar = mkdtempSync(join(tmpdir(), "migstat-seeds-"));
    copyFileSync(join(outside, "x.txt"), join(sidecar, "x.txt"));
    symlinkSync(join(outside, "x.meta.json"), join(sidecar, "x.meta.json"));
    expect(() => readSeed(sidecar, "x.txt")).toThrow(
      `${join(sidecar, "x.meta.json")}: the file is a symbolic link to ${join(outside, "x.meta.json")}`
    );
  });

  it("reads a seed that is a symbolic link to a file inside the folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "migstat-seeds-"));
    mkdirSync(join(dir, "originals"));
    writeSeed(join(dir, "originals"), "x.txt", "1. In 2017, 5 persons.\n");
    symlinkSync(join(dir, "originals", "x.txt"), join(dir, "x.txt"));
    copyFileSync(join(dir, "originals", "x.meta.json"), join(dir, "x.meta.json"));
    expect(readSeed(dir, "x.txt").text).toBe("1. In 2017, 5 persons.\n");
  });
});
