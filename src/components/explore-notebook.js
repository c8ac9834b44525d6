// The explore page's notebook cell: SQL over the observations, checks and documents, run in the browser by
// DuckDB-WASM, with the result as a table, a quick chart and a CSV download.
import {el} from "./dom.js";
import {EXAMPLES} from "./explore-examples.js";
import {formatCount} from "./format.js";
import {quickChart} from "./explore-chart.js";
import {fromArrow, toCSV} from "./explore-results.js";
import {resultTable} from "./explore-table.js";

// Tables built in the browser from the loaded ones, as in the database.
const DERIVED_SQL = [
  `CREATE OR REPLACE TABLE checks AS SELECT * REPLACE (
     CASE WHEN obs_ids IS NULL OR obs_ids = '' THEN []::VARCHAR[] ELSE string_split(obs_ids, ' ') END AS obs_ids) FROM checks`,
  `CREATE OR REPLACE TABLE check_observations AS SELECT check_id, unnest(obs_ids) AS obs_id FROM checks`
];

// DuckDB's messages start with the kind of error ("Parser Error: …"); the rest is kept as written,
// including the LINE marker that points at the fault.
/** @param {any} error */
function errorMessage(error) {
  const text = String(error?.message ?? error).trim();
  return text || "The query failed without a message.";
}

function sqlFromHash() {
  const match = /^#sql=(.*)$/s.exec(location.hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

// The tables' columns, by table.
/** @typedef {Record<string, {name: string, type: string}[]>} Schema */

/** @param {Schema} schema */
function schemaList(schema) {
  /** @type {Schema} */
  const tables = {
    ...schema,
    check_observations: [
      {name: "check_id", type: "VARCHAR"},
      {name: "obs_id", type: "VARCHAR"}
    ]
  };
  if (tables.checks) tables.checks = tables.checks.map((c) => (c.name === "obs_ids" ? {...c, type: "VARCHAR[]"} : c));
  return el(
    "details",
    {class: "explore-schema"},
    el("summary", {}, `Tables: ${Object.keys(tables).join(", ")}`),
    el(
      "dl",
      {},
      Object.entries(tables).map(([name, columns]) => [
        el("dt", {}, el("code", {}, name)),
        el(
          "dd",
          {},
          columns.map((c, i) => [
            i ? ", " : "",
            el("code", {}, c.name),
            el("span", {class: "type"}, ` ${c.type.toLowerCase()}`)
          ])
        )
      ])
    )
  );
}

/** @type {(n: number, word: string) => string} */
const plural = (n, word) => `${formatCount(n)} ${n === 1 ? word : `${word}s`}`;

// connect: () => Promise<{query, loadCSV, lockDown}>, called when the reader first runs a query, so that DuckDB-WASM
// (about 7.9 MB compressed) is fetched only then; schema: {table: [{name, type}]}; tables: {table: CSV URL};
// initial: a result computed when the site was built, {sql, columns, rows}, shown while the editor holds its SQL.
// Call it from a cell that does not depend on `width` or other changing inputs, or DuckDB restarts.
/**
 * @param {{connect: () => Promise<Awaited<ReturnType<typeof import("../lib/duckdb.js").connectDuckDB>>>,
 *   schema: Schema, tables: Record<string, string>,
 *   initial?: {sql: string} & import("./explore-results.js").Result}} options
 */
export function exploreNotebook({connect, schema, tables, initial}) {
  const editor = el("textarea", {
    class: "explore-editor",
    spellcheck: "false",
    autocapitalize: "off",
    autocomplete: "off",
    rows: "8",
    "aria-label": "SQL query"
  });
  editor.value = sqlFromHash() ?? EXAMPLES[0].sql;
  const run = el("button", {type: "button", class: "explore-run"}, "Run");
  const status = el(
    "span",
    {class: "explore-status", role: "status"},
    "Press Run to start DuckDB in this browser and run the query."
  );
  const error = el("div", {class: "explore-error", role: "alert", hidden: ""});
  const download = el("a", {class: "explore-download", download: "query-result.csv", hidden: ""}, "Download CSV");
  const table = el("div", {class: "explore-result"});
  const chart = el("div", {class: "explore-chart-slot"});
  const examples = el(
    "div",
    {class: "explore-examples", role: "group", "aria-label": "Example queries"},
    el("span", {class: "explore-examples-label"}, "Examples:"),
    EXAMPLES.map((example) => {
      const button = el("button", {type: "button", class: "explore-example"}, example.label);
      button.addEventListener("click", () => {
        editor.value = example.sql;
        execute();
      });
      return button;
    })
  );

  /** @type {Promise<Awaited<ReturnType<typeof connect>>> | null} */
  let database = null;
  /** @type {string | null} */
  let downloadUrl = null;
  /** @type {Promise<void> | null} */
  let running = null;
  let runs = 0;

  // DuckDB starts once, on the first run; a failed start is reported and tried again on the next run.
  function start() {
    database ??= (async () => {
      status.textContent = "Loading DuckDB…";
      const db = await connect();
      status.textContent = "Loading tables…";
      for (const [name, url] of Object.entries(tables)) await db.loadCSV(name, url, schema[name]);
      for (const sql of DERIVED_SQL) await db.query(sql);
      await db.lockDown();
      root.dataset.ready = "true";
      return db;
    })().catch((e) => {
      database = null;
      throw Object.assign(new Error(errorMessage(e)), {starting: true});
    });
    return database;
  }

  /**
   * @param {import("./explore-results.js").Result} result
   * @param {string} summary
   */
  async function show(result, summary) {
    error.hidden = true;
    error.replaceChildren();
    status.textContent = `${plural(result.rows.length, "row")} · ${plural(result.columns.length, "column")} · ${summary}`;
    table.replaceChildren(resultTable(result));
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    downloadUrl = URL.createObjectURL(new Blob([toCSV(result)], {type: "text/csv;charset=utf-8"}));
    download.href = downloadUrl;
    download.hidden = !result.columns.length;
    // Sized to the cell when drawn (the page's main column while the cell is not on the page yet: a detached
    // element measures 0 wide); the cell itself never re-renders, so DuckDB starts once per visit.
    const available =
      (root.isConnected ? root.clientWidth : document.querySelector("#observablehq-main, main")?.clientWidth) || 760;
    chart.replaceChildren(await quickChart(result, {width: Math.min(available, 760)}));
  }

  async function execute() {
    const sql = editor.value;
    if (!sql.trim()) return;
    root.dataset.state = "running";
    await running;
    run.disabled = true;
    running = (async () => {
      try {
        const db = await start();
        status.textContent = "Running…";
        const started = performance.now();
        const result = fromArrow(await db.query(sql));
        await show(result, `${formatCount(Math.round(performance.now() - started))} ms`);
        history.replaceState(history.state, "", `#sql=${encodeURIComponent(sql)}`);
        root.dataset.state = "done";
      } catch (/** @type {any} */ e) {
        root.dataset.state = "error";
        status.textContent = e.starting ? "DuckDB could not start." : "The query failed.";
        table.replaceChildren();
        chart.replaceChildren();
        download.hidden = true;
        error.replaceChildren(
          el("strong", {}, e.starting ? "DuckDB could not start" : "SQL error"),
          el("pre", {}, errorMessage(e))
        );
        error.hidden = false;
      } finally {
        run.disabled = false;
        // Counts finished runs, so that a caller can wait for the one it started.
        root.dataset.runs = String(++runs);
      }
    })();
    await running;
  }

  run.addEventListener("click", execute);
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      execute();
    }
  });

  const root = el(
    "div",
    {class: "explore-notebook", "data-state": "idle", "data-runs": "0"},
    examples,
    el(
      "div",
      {class: "explore-cell"},
      editor,
      el("div", {class: "explore-toolbar"}, run, el("span", {class: "explore-hint"}, "Ctrl+Enter"), status, download)
    ),
    error,
    schemaList(schema),
    table,
    chart
  );

  // The default example's result comes with the page: a table and chart with no DuckDB download.
  if (initial && initial.sql === editor.value) {
    root.dataset.state = "running";
    show(initial, "computed when the site was built; Run starts DuckDB in this browser").then(
      () => (root.dataset.state = "done"),
      (e) => {
        root.dataset.state = "error";
        error.replaceChildren(el("strong", {}, "The result could not be shown"), el("pre", {}, errorMessage(e)));
        error.hidden = false;
      }
    );
  }

  return root;
}
