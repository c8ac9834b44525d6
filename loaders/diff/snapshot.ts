/** The comparable content of a database: what a refresh reports as added, removed or changed. */
import {existsSync} from "node:fs";
import {queryRows} from "../db/query.js";
import type {DocumentResult} from "../db/write-database.js";
import {DIMENSION_IDS} from "../registry/dimensions.js";

export interface SnapshotObservation {
  obs_id: string;
  doc_id: string;
  family: string;
  indicator: string;
  period_label: string;
  breakdown: string;
  value: number;
  unit: string;
  locator: string;
  quote: string;
}
export interface SnapshotCheck {
  key: string;
  doc_id: string;
  status: string;
  description: string;
  detail: string;
}
export interface Snapshot {
  documents: {doc_id: string; file: string; sha256: string}[];
  observations: SnapshotObservation[];
  checks: SnapshotCheck[];
}

const DIMS = DIMENSION_IDS;
const breakdown = (o: Record<string, unknown>) =>
  DIMS.filter((d) => o[d] !== null && o[d] !== undefined)
    .map((d) => `${d}=${o[d]}`)
    .join(", ");
// Check ids are positional; what a check tests is stable.
const checkKey = (c: {doc_id: string; kind: string; locator: string; description: string}) =>
  `${c.doc_id}|${c.kind}|${c.locator}|${c.description}`;

export const EMPTY_SNAPSHOT: Snapshot = {documents: [], observations: [], checks: []};

export async function snapshotOfDatabase(db: string): Promise<Snapshot> {
  if (!existsSync(db)) return EMPTY_SNAPSHOT;
  const documents = (await queryRows(
    db,
    "SELECT doc_id, file, sha256 FROM documents ORDER BY doc_id"
  )) as Snapshot["documents"];
  const observations = (await queryRows(db, "SELECT * FROM observations ORDER BY obs_id")).map(
    (o) =>
      ({
        obs_id: o.obs_id,
        doc_id: o.doc_id,
        family: o.family,
        indicator: o.indicator,
        period_label: o.period_label,
        breakdown: breakdown(o),
        value: o.value,
        unit: o.unit,
        locator: o.locator,
        quote: o.quote
      }) as SnapshotObservation
  );
  const checks = (await queryRows(db, "SELECT doc_id, kind, locator, description, status, detail FROM checks")).map(
    (c) =>
      ({
        key: checkKey(c as never),
        doc_id: c.doc_id,
        status: c.status,
        description: c.description,
        detail: c.detail
      }) as SnapshotCheck
  );
  return {documents, observations, checks};
}

export function snapshotOfResults(results: DocumentResult[]): Snapshot {
  return {
    documents: results.map((r) => ({doc_id: r.meta.doc_id, file: r.meta.file, sha256: r.meta.sha256})),
    observations: results.flatMap((r) =>
      r.observations.map((o) => ({
        obs_id: o.obs_id,
        doc_id: o.doc_id,
        family: o.family,
        indicator: o.indicator,
        period_label: o.period_label,
        breakdown: breakdown(o as never),
        value: o.value,
        unit: o.unit,
        locator: o.locator,
        quote: o.quote
      }))
    ),
    checks: results.flatMap((r) =>
      r.checks.map((c) => ({
        key: checkKey(c),
        doc_id: c.doc_id,
        status: c.status,
        description: c.description,
        detail: c.detail
      }))
    )
  };
}
