// The explore page's example queries. The first is the page's default: its result is computed when the site
// is built (src/data/explore.ts), so the page shows it before DuckDB has started. Plain data, so that the data
// loader can read it in Node.
/** @type {{label: string, sql: string}[]} */
export const EXAMPLES = [
  {
    label: "Figures by family",
    sql: `-- series holds each stated figure once; observations also holds its restatements.
SELECT family, count(*) AS figures
FROM series
GROUP BY family
ORDER BY figures DESC, family`
  },
  {
    label: "Restatements by family",
    sql: `-- Why series: a figure restated in a later paragraph is a second row of observations,
-- so SUM(value) over observations counts it twice.
SELECT family, count(*) AS statements,
  count(*) - (SELECT count(*) FROM series s WHERE s.family = o.family) AS restatements
FROM observations o
GROUP BY family
ORDER BY restatements DESC, family`
  },
  {
    label: "Marriages with foreigners by year",
    sql: `-- Whole years only: a half-year figure would look like a fall.
SELECT period_start, value AS marriages, period_label
FROM series
WHERE indicator = 'marriages_with_foreigners' AND NOT partial
  AND country IS NULL AND citizenship IS NULL AND sex IS NULL AND age_group IS NULL AND category IS NULL
ORDER BY period_start`
  },
  {
    label: "Readmissions by country",
    sql: `SELECT country, value AS persons_readmitted, period_label, locator
FROM series
WHERE indicator = 'persons_readmitted' AND country IS NOT NULL
ORDER BY persons_readmitted DESC, country`
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
