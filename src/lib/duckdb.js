// DuckDB-WASM served from this site: the JS API is bundled from node_modules by scripts/bundle-vendor.mjs,
// and the engine (wasm and worker) is copied into src/lib/duckdb/ by scripts/copy-duckdb.mjs. Only the "eh"
// build is shipped; every browser this site supports has WebAssembly exceptions. Extensions are never
// installed or loaded, since they would be downloaded from extensions.duckdb.org, so tables come in as CSV
// (built into the engine).
// The API is a file imported when DuckDB starts, not a module import, so that Framework copies it as it is
// and no page loads it before it is needed.
import {FileAttachment} from "observablehq:stdlib";
import {csvTableSql} from "../components/csv.js";

const API_URL = FileAttachment("./vendor/duckdb.js").href;
const WASM_URL = FileAttachment("./duckdb/duckdb-eh.wasm").href;
const WORKER_URL = FileAttachment("./duckdb/duckdb-browser-eh.worker.js").href;

/** @param {string} url */
async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

// Opens an in-memory database in a worker. query(sql) resolves to an Arrow table.
// The worker starts from a blob: URL that imports the engine's script. A worker made from a blob is held to
// the page's Content-Security-Policy (connect-src 'self', set in observablehq.config.ts), where one started
// from its own URL would have only the policy of that file's response, which a static host does not set.
export async function connectDuckDB() {
  const duckdb = await import(API_URL);
  const absolute = (/** @type {string} */ url) => new URL(url, location.href).href;
  const bootstrap = URL.createObjectURL(
    new Blob([`importScripts(${JSON.stringify(absolute(WORKER_URL))});`], {type: "text/javascript"})
  );
  const worker = new Worker(bootstrap);
  // A worker that fails to load never answers, so DuckDB would wait forever; report it instead.
  const failed = new Promise((_, reject) =>
    worker.addEventListener(
      "error",
      (event) => reject(new Error(`The DuckDB worker could not start: ${event.message || WORKER_URL}`)),
      {once: true}
    )
  );
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await Promise.race([db.instantiate(absolute(WASM_URL)), failed]);
  } finally {
    URL.revokeObjectURL(bootstrap);
  }
  await db.open({query: {castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true}});
  const connection = await db.connect();
  await connection.query("SET autoinstall_known_extensions = false");
  await connection.query("SET autoload_known_extensions = false");
  return {
    query: (/** @type {string} */ sql) => connection.query(sql),
    // Creates table `name` from the CSV at url, with the column types given as [{name, type}]; text cells
    // the CSV writer neutralised for spreadsheets get their own text back.
    /**
     * @param {string} name
     * @param {string} url
     * @param {{name: string, type: string}[]} columns
     */
    async loadCSV(name, url, columns) {
      const file = `${name}.csv`;
      await db.registerFileBuffer(file, await fetchBytes(url));
      await connection.query(csvTableSql(name, file, columns));
      await db.dropFile(file);
    },
    // Once the tables are loaded: no file, URL or extension may be reached from SQL any more (read_csv of a
    // URL, ATTACH, COPY TO, LOAD), and no setting can turn that back on.
    async lockDown() {
      await connection.query("SET enable_external_access = false");
      await connection.query("SET lock_configuration = true");
    },
    async close() {
      await connection.close();
      await db.terminate();
      worker.terminate();
    }
  };
}
