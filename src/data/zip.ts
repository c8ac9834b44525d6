// A zip archive of stored (uncompressed) files, which Framework reads members out of (see ../data.zip.ts).
// Entries carry a fixed date, so the same files always make the same archive.
import {strToU8, zipSync} from "fflate";

// 1980-01-01 in local time, the earliest date a zip entry can carry: fflate writes the date as local time.
const DATE = new Date(1980, 0, 1);

export function zip(files: Record<string, Uint8Array | string>): Uint8Array {
  const members = Object.fromEntries(Object.entries(files).map(([name, content]) => [name, typeof content === "string" ? strToU8(content) : content]));
  return zipSync(members, {level: 0, mtime: DATE});
}
