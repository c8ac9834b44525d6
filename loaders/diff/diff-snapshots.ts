/** What changed between two databases, observation by observation and check by check. */
import type {Snapshot, SnapshotObservation} from "./snapshot.js";

export interface ChangeReport {
  documents: {added: string[]; removed: string[]; changed: string[]};
  observations: {
    added: SnapshotObservation[];
    removed: SnapshotObservation[];
    changed: {before: SnapshotObservation; after: SnapshotObservation}[];
  };
  checks: {key: string; description: string; before: string | null; after: string | null; detail: string}[];
  failing: number;
  newly_failing: number;
  changed: boolean;
}

export function diffSnapshots(before: Snapshot, after: Snapshot): ChangeReport {
  const docsBefore = new Map(before.documents.map((d) => [d.doc_id, d.sha256]));
  const docsAfter = new Map(after.documents.map((d) => [d.doc_id, d.sha256]));
  const obsBefore = new Map(before.observations.map((o) => [o.obs_id, o]));
  const obsAfter = new Map(after.observations.map((o) => [o.obs_id, o]));
  const checksBefore = new Map(before.checks.map((c) => [c.key, c]));
  const checksAfter = new Map(after.checks.map((c) => [c.key, c]));

  const documents = {
    added: [...docsAfter.keys()].filter((d) => !docsBefore.has(d)),
    removed: [...docsBefore.keys()].filter((d) => !docsAfter.has(d)),
    changed: [...docsAfter].filter(([d, h]) => docsBefore.has(d) && docsBefore.get(d) !== h).map(([d]) => d)
  };
  const observations = {
    added: after.observations.filter((o) => !obsBefore.has(o.obs_id)),
    removed: before.observations.filter((o) => !obsAfter.has(o.obs_id)),
    changed: after.observations
      .filter((o) => obsBefore.has(o.obs_id) && obsBefore.get(o.obs_id)!.value !== o.value)
      .map((o) => ({before: obsBefore.get(o.obs_id)!, after: o}))
  };
  const keys = [...new Set([...checksBefore.keys(), ...checksAfter.keys()])].sort();
  const checks = keys
    .map((key) => ({key, b: checksBefore.get(key), a: checksAfter.get(key)}))
    .filter(({b, a}) => b?.status !== a?.status)
    .map(({key, b, a}) => ({
      key,
      description: (a ?? b)!.description,
      before: b?.status ?? null,
      after: a?.status ?? null,
      detail: (a ?? b)!.detail
    }));
  const failing = after.checks.filter((c) => c.status === "fail").length;
  const newly_failing = checks.filter((c) => c.after === "fail").length;
  const changed =
    documents.added.length +
      documents.removed.length +
      documents.changed.length +
      observations.added.length +
      observations.removed.length +
      observations.changed.length +
      checks.length >
    0;
  return {documents, observations, checks, failing, newly_failing, changed};
}

/** The change report as Markdown, quotes included, for a reviewer. */
export function formatReport(r: ChangeReport): string {
  const q = (s: string) => s.replace(/\s+/g, " ").trim();
  const obs = (o: SnapshotObservation) =>
    `\`${o.doc_id}\` ¶${o.locator} ${o.indicator} ${o.period_label}${o.breakdown ? ` (${o.breakdown})` : ""}`;
  const lines = [
    "# Refresh report",
    "",
    r.changed
      ? `Changed: ${r.observations.added.length} added, ${r.observations.removed.length} removed, ${r.observations.changed.length} changed observations; ${r.checks.length} checks changed status.`
      : "Nothing changed.",
    `Failing checks: ${r.failing} (${r.newly_failing} newly failing).`,
    ""
  ];
  const section = (title: string, items: string[]) => {
    if (items.length) lines.push(`## ${title}`, "", ...items.map((i) => `- ${i}`), "");
  };
  section("Documents added", r.documents.added);
  section("Documents removed", r.documents.removed);
  section("Documents whose text changed", r.documents.changed);
  section(
    "Observations added",
    r.observations.added.map((o) => `${obs(o)} = ${o.value} ${o.unit} — “${q(o.quote)}”`)
  );
  section(
    "Observations removed",
    r.observations.removed.map((o) => `${obs(o)} = ${o.value} ${o.unit} — “${q(o.quote)}”`)
  );
  section(
    "Observations changed",
    r.observations.changed.map(
      ({before, after}) =>
        `${obs(after)}: ${before.value} → ${after.value} ${after.unit} — was “${q(before.quote)}”, now “${q(after.quote)}”`
    )
  );
  section(
    "Checks whose status changed",
    r.checks.map((c) => `${c.description}: ${c.before ?? "(none)"} → ${c.after ?? "(none)"} (${c.detail})`)
  );
  return lines.join("\n");
}
