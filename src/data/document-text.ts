// texts/<doc_id>.json, one document for the reader: its full text, the observations extracted from it (the
// span of each number and the checks it takes part in), the document's checks, the numbers no extraction
// spec matched, and its numbered paragraphs as the extraction segmented them, all read from the database.
// Offsets are JS string offsets into the text, exactly as the database stores them.
import type {Database} from "./database.js";

export async function documentText(db: Database, doc: string): Promise<object> {
  const [document] = await db.rows(
    `SELECT d.doc_id, d.language, t.text FROM documents d LEFT JOIN document_texts t USING (doc_id) WHERE d.doc_id = $doc`,
    {doc}
  );
  if (!document) throw new Error(`no document ${doc} in the database`);
  if (typeof document.text !== "string") throw new Error(`${doc}: the database holds no text for this document`);
  const text = document.text;

  const paragraphs = await db.rows(
    `SELECT number, char_start AS start, char_end AS "end", page FROM paragraphs WHERE doc_id = $doc ORDER BY paragraph_index`,
    {doc}
  );

  const observations = await db.rows(
    `SELECT o.obs_id, o.family, o.indicator, o.period_label, o.period_start, o.period_end, o.partial,
       o.country, o.citizenship, o.sex, o.age_group, o.category, o.value, o.unit, o.approx, o.locator, o.page,
       o.value_start, o.value_end,
       coalesce((SELECT list(co.check_id ORDER BY co.check_id) FROM check_observations co WHERE co.obs_id = o.obs_id), [])
         AS check_ids
     FROM observations o
     WHERE o.doc_id = $doc
     ORDER BY o.value_start, o.obs_id`,
    {doc}
  );

  const checks = await db.rows(`SELECT check_id, kind, status, description, detail FROM checks WHERE doc_id = $doc ORDER BY check_id`, {doc});

  const gaps = await db.rows(`SELECT char_start, text, line FROM unextracted_numbers WHERE doc_id = $doc ORDER BY char_start`, {doc});

  // Every span must cover its number in this text; a mismatch means the database's tables disagree.
  for (const o of observations) {
    const [start, end] = [Number(o.value_start), Number(o.value_end)];
    if (!(start >= 0 && start < end && end <= text.length)) throw new Error(`${doc}: observation ${o.obs_id} spans ${start}..${end}, outside the text`);
  }
  for (const g of gaps) {
    const start = Number(g.char_start);
    if (text.slice(start, start + String(g.text).length) !== g.text) throw new Error(`${doc}: unextracted number "${g.text}" is not at ${start}`);
  }

  return {doc_id: doc, language: document.language, text, paragraphs, observations, checks, gaps};
}
