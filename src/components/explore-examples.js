// The explore page's example queries. The first is the page's default: its result is computed when the site
// is built (src/data/explore.ts), so the page shows it before DuckDB has started. Plain data, so that the data
// loader can read it in Node.
export const EXAMPLES = [
  {
    label: "Observations by family",
    sql: `SELECT family, count(*) AS observations
FROM observations
GROUP BY family
ORDER BY observations DESC, family`
  },
  {
    label: "Marriages with foreigners by year",
    sql: `-- Whole years only: a half-year figure would look like a fall.
SELECT period_start, value AS marriages, period_label
FROM observations
WHERE indicator = 'marriages_with_foreigners' AND NOT partial
ORDER BY period_start`
  },
  {
    label: "Readmissions by country",
    sql: `SELECT country, value AS persons_readmitted, period_label, locator
FROM observations
WHERE indicator = 'persons_readmitted' AND country IS NOT NULL
ORDER BY persons_readmitted DESC`
  },
  {
    label: "Failing checks and their numbers",
    sql: `SELECT c.locator, c.detail, o.indicator, o.country, o.value, o.quote
FROM checks c
JOIN check_observations co USING (check_id)
JOIN observations o USING (obs_id)
WHERE c.status = 'fail'
ORDER BY c.check_id, o.value_start`
  },
  {
    label: "Numbers per document",
    sql: `SELECT coalesce(d.un_symbol, d.kind) AS document, d.n_observations AS extracted,
  d.n_unextracted AS unextracted, d.n_checks_failed AS failed_checks, d.title
FROM documents d
ORDER BY extracted DESC`
  }
];
