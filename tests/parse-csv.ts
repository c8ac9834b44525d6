// Reads the CSV the project writes (RFC 4180: quoted fields, doubled quotes, one record a line) back into records,
// for tests that check an exported file's rows.
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") (record.push(field), (field = ""));
    else if (c === "\n") (record.push(field), records.push(record), (record = []), (field = ""));
    else field += c;
  }
  return records;
}

// The records of a CSV as objects keyed by its header.
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...records] = parseCsv(text);
  return records.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i]])));
}
