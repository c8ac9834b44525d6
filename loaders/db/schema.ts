/** The database contract every page and export reads; see README "Database". */
import {FAMILIES} from "../types.js";

export const SCHEMA_SQL = `
CREATE TABLE documents (
  doc_id VARCHAR PRIMARY KEY, file VARCHAR NOT NULL, title VARCHAR NOT NULL, un_symbol VARCHAR,
  publisher VARCHAR NOT NULL, date VARCHAR NOT NULL, language VARCHAR NOT NULL, kind VARCHAR NOT NULL,
  reporting_period VARCHAR, sha256 VARCHAR NOT NULL, size_bytes BIGINT NOT NULL,
  n_observations INTEGER NOT NULL, n_checks_failed INTEGER NOT NULL, n_unextracted INTEGER NOT NULL,
  state VARCHAR, source_url VARCHAR, accessed VARCHAR, licence VARCHAR, producer VARCHAR
);
-- The text every offset indexes (JS string offsets, as the loaders read it), so pages need no seed files.
CREATE TABLE document_texts (doc_id VARCHAR PRIMARY KEY, text VARCHAR NOT NULL);
-- The paragraphs as the loaders segment them: number is an observation's paragraph locator, '' for the text
-- before the first numbered paragraph; page is the PDF page the paragraph starts on, null for text seeds.
CREATE TABLE paragraphs (
  doc_id VARCHAR NOT NULL, paragraph_index INTEGER NOT NULL, number VARCHAR NOT NULL,
  char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, page INTEGER,
  PRIMARY KEY (doc_id, paragraph_index)
);
CREATE TABLE observations_staging (
  obs_id VARCHAR, doc_id VARCHAR, family VARCHAR, indicator VARCHAR, period_label VARCHAR,
  period_start VARCHAR, period_end VARCHAR, partial BOOLEAN, country VARCHAR, citizenship VARCHAR,
  sex VARCHAR, age_group VARCHAR, category VARCHAR, value DOUBLE, unit VARCHAR, approx VARCHAR,
  doc_locator VARCHAR, page INTEGER, char_start INTEGER, char_end INTEGER, value_start INTEGER, value_end INTEGER,
  quote VARCHAR, spec_id VARCHAR, confidence DOUBLE
);
CREATE TABLE checks_staging (
  check_id VARCHAR, doc_id VARCHAR, kind VARCHAR, description VARCHAR, locator VARCHAR,
  expected DOUBLE, actual DOUBLE, tolerance DOUBLE, status VARCHAR, obs_ids VARCHAR, detail VARCHAR
);
CREATE TABLE indicators (
  indicator VARCHAR PRIMARY KEY, family VARCHAR NOT NULL, label VARCHAR NOT NULL, unit VARCHAR NOT NULL,
  definition VARCHAR NOT NULL, breakdowns VARCHAR NOT NULL, registry_order INTEGER NOT NULL
);
CREATE TABLE candidates (
  candidate_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, family VARCHAR NOT NULL, indicator VARCHAR NOT NULL,
  period_label VARCHAR, period_start VARCHAR, period_end VARCHAR, country VARCHAR, citizenship VARCHAR, sex VARCHAR,
  age_group VARCHAR, category VARCHAR, value DOUBLE NOT NULL, unit VARCHAR NOT NULL, approx VARCHAR, locator VARCHAR NOT NULL,
  char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, value_start INTEGER NOT NULL, value_end INTEGER NOT NULL,
  quote VARCHAR NOT NULL, rule VARCHAR NOT NULL, confidence DOUBLE NOT NULL, reason VARCHAR NOT NULL
);
CREATE TABLE series_sources (
  point_id VARCHAR NOT NULL, obs_id VARCHAR PRIMARY KEY, source_rank INTEGER NOT NULL, choice VARCHAR NOT NULL
);
CREATE TABLE unextracted_numbers (
  doc_id VARCHAR NOT NULL, text VARCHAR NOT NULL, char_start INTEGER NOT NULL, line INTEGER NOT NULL, context VARCHAR NOT NULL
);
`;

// Data go in by appender (write-database.ts) and queries take their values as parameters (query.ts). DDL
// cannot take parameters: the family names below are constants that name views, checked to be plain words.
for (const f of FAMILIES) if (!/^[a-z_]+$/.test(f)) throw new Error(`family "${f}" cannot name a view`);
const FAMILY_LIST = FAMILIES.map((f) => `'${f}'`).join(", ");

export const FINALISE_SQL = `
CREATE TABLE observations AS
  SELECT obs_id, doc_id, family, indicator, period_label, period_start::DATE AS period_start,
    period_end::DATE AS period_end, partial, country, citizenship, sex, age_group, category, value, unit,
    approx, doc_locator AS locator, page, char_start, char_end, value_start, value_end, quote, spec_id, confidence
  FROM observations_staging ORDER BY doc_id, char_start, value_start, obs_id;
ALTER TABLE observations ADD PRIMARY KEY (obs_id);
CREATE TABLE checks AS
  SELECT check_id, doc_id, kind, description, locator, expected, actual, tolerance, status,
    CASE WHEN obs_ids = '' THEN []::VARCHAR[] ELSE string_split(obs_ids, ',') END AS obs_ids, detail
  FROM checks_staging ORDER BY check_id;
CREATE TABLE check_observations AS
  SELECT check_id, unnest(obs_ids) AS obs_id FROM checks;
DROP TABLE observations_staging;
DROP TABLE checks_staging;

-- One figure per meaning: a number restated in a later paragraph, or by other documents, is charted once,
-- from its headline statement (series_sources ranks every document's statement, loaders/checks/merge-sources.ts).
CREATE VIEW series AS
  SELECT o.*, coalesce(f.n_failed, 0)::INTEGER AS n_failed_checks, p.n_sources, p.choice AS source_choice
  FROM observations o
  JOIN (SELECT point_id, count(*)::INTEGER AS n_sources, any_value(choice) AS choice FROM series_sources
        GROUP BY point_id) p ON p.point_id = o.obs_id
  LEFT JOIN (SELECT co.obs_id, count(*) AS n_failed FROM check_observations co JOIN checks c USING (check_id)
             WHERE c.status = 'fail' GROUP BY co.obs_id) f USING (obs_id);
${[...FAMILIES].map((f) => `CREATE VIEW series_${f} AS SELECT * FROM series WHERE family = '${f}';`).join("\n")}
CREATE VIEW family_summary AS
  SELECT family, count(*)::INTEGER AS n_observations, count(DISTINCT indicator)::INTEGER AS n_indicators,
    min(period_start) AS first_period_start, max(period_end) AS last_period_end
  FROM observations WHERE family IN (${FAMILY_LIST}) GROUP BY family;
`;
