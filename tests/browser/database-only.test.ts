/**
 * The site reads only the database: in a copy of the project, the database is built from the seeds, the
 * seeds folder is then moved away, and `observable build` still writes every document's reader page with
 * the text and paragraphs the database holds. Built in a copy so the checkout's own dist/ and caches are
 * untouched; only Framework's build runs there (the chart exports read the same database, and are tested
 * elsewhere).
 */
import {execFile} from "node:child_process";
import {existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import {afterAll, describe, expect, it} from "vitest";
import {queryRows} from "../../loaders/db/query.js";
import {copyProject} from "./site.js";

describe("a site built with no seeds folder", () => {
  const copy = mkdtempSync(join(tmpdir(), "migstat-db-only-site-"));
  const moved = `${copy}-seeds`;
  afterAll(() => {
    rmSync(copy, {recursive: true, force: true});
    rmSync(moved, {recursive: true, force: true});
  });

  // Asynchronous, so that the test's process keeps answering vitest while the build takes its minute.
  const npm = (args: string[]) =>
    promisify(execFile)("npm", args, {
      cwd: copy,
      maxBuffer: 64 * 1024 * 1024,
      env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}
    });

  it("builds every reader page from the database, each with its document's text", async () => {
    copyProject(copy);

    // What `npm run build` prepares, then the seeds go, then Framework's build alone (no pre- or post-steps).
    await npm(["run", "--silent", "loaders", "--", "--quiet"]);
    await npm(["run", "--silent", "vendor"]);
    await promisify(execFile)("node", ["scripts/bust-loader-cache.mjs"], {cwd: copy});
    renameSync(join(copy, "seeds"), moved);
    await npm(["run", "build", "--ignore-scripts"]);
    expect(existsSync(join(copy, "seeds"))).toBe(false);

    const documents = await queryRows(
      join(copy, "data/migstat.duckdb"),
      "SELECT doc_id, file FROM documents ORDER BY doc_id"
    );
    expect(documents).toHaveLength(5);
    expect(readdirSync(join(copy, "dist/sources")).sort()).toEqual(documents.map((d) => `${d.doc_id}.html`));
    const texts = readdirSync(join(copy, "dist/_file/data/texts"));
    for (const d of documents) {
      const name = texts.find((t) => t.startsWith(`${d.doc_id}.`) && t.endsWith(".json"));
      expect(name, String(d.doc_id)).toBeDefined();
      const data = JSON.parse(readFileSync(join(copy, "dist/_file/data/texts", name!), "utf8"));
      expect(data.text, String(d.doc_id)).toBe(readFileSync(join(moved, String(d.file)), "utf8"));
      expect(data.paragraphs.length, String(d.doc_id)).toBeGreaterThan(0);
      expect(data.paragraphs.at(-1).end, String(d.doc_id)).toBe(data.text.length);
    }
  }, 900_000);
});
