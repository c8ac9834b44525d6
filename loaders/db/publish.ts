/**
 * Publishes what one run made as a unit: the database, its CSV exports and (for a refresh) the change
 * report are written under temporary names beside their targets, then swapped in, the database last.
 * Renaming the database into place is the commit. Before it, a failure puts every target back as it
 * was and removes every temporary file; after it, only removing the replaced files remains. A journal
 * beside the database names the run's files, so that the next run finishes what a killed one left:
 * it puts the old files back when the database was not replaced, and removes them when it was.
 * Runs on one database take turns (a lock file beside it), so a refresh compares the database with
 * the one it replaces, never with one another run replaced meanwhile.
 */
import {DuckDBInstance} from "@duckdb/node-api";
import {withLock} from "../hold-lock.js";
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from "node:fs";
import {basename, dirname, join} from "node:path";
import {processAlive} from "../process-alive.js";

export interface Staged {
  target: string;
  /** Where the run writes the new file or folder. */
  temp: string;
  /** Where the file or folder it replaces waits until the commit. */
  old: string;
  dir: boolean;
  /** Whether the target existed when the run began. */
  existed: boolean;
}

export interface Unit {
  pid: number;
  tag: string;
  db: string;
  /** The new database, written in full before anything is swapped. */
  dbTemp: string;
  /** The database's write-ahead log, moved aside before the new database takes its name. */
  wal: {target: string; old: string};
  /** Swapped in before the database, in this order. */
  items: Staged[];
}

/** Called before each step of the swap with its name ("exports", "refresh-report.json", "wal", "database"), and once after the commit ("committed"). */
export type StepHook = (step: string) => void;

export class PublishError extends Error {}

const journalOf = (db: string, tag: string) => `${db}.publish-${tag}.json`;

/** Waits for other runs on this database, then runs task holding the lock. A lock whose process is gone is taken over. */
export function withDatabaseLock<T>(
  db: string,
  task: () => Promise<T>,
  onWait?: (holder: number, lock: string) => void
): Promise<T> {
  return withLock(`${db}.lock`, task, {onWait});
}

/**
 * Checks that db may be replaced: it does not exist, or it is a DuckDB database that no other process
 * has open for writing. Returns an open read-only instance while one can be had: its shared lock keeps
 * writers off the old file until the new one has taken its name.
 */
export async function claimDatabase(db: string): Promise<DuckDBInstance | null> {
  if (!existsSync(db)) return null;
  if (!isDuckDBFile(db))
    throw new PublishError(
      `${db} exists and is not a DuckDB database: refusing to replace it (remove it, or choose another --db)`
    );
  try {
    return await DuckDBInstance.create(db, {access_mode: "READ_ONLY"});
  } catch (e) {
    const message = (e as Error).message;
    if (/Could not set lock/i.test(message)) {
      const holder = /Conflicting lock is held in (.*?\(PID \d+\))/.exec(message)?.[1];
      throw new PublishError(
        `${db} is open for writing in another process${holder ? ` (${holder})` : ""}: close it before replacing the database`
      );
    }
    // Not a lock: the old file cannot be read (another DuckDB version, a broken log). It is replaced all the same.
    return null;
  }
}

/** A DuckDB database file starts with a checksum and the magic bytes "DUCK". */
function isDuckDBFile(path: string): boolean {
  if (!statSync(path).isFile()) return false;
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(12);
    return readSync(fd, head, 0, 12, 0) === 12 && head.subarray(8, 12).toString("latin1") === "DUCK";
  } finally {
    closeSync(fd);
  }
}

/** Names the run's temporary files and records them in the journal, before anything is written. */
export function beginUnit(db: string, targets: {target: string; dir: boolean}[]): Unit {
  const tag = `${process.pid}-${Date.now()}`;
  const unit: Unit = {
    pid: process.pid,
    tag,
    db,
    dbTemp: `${db}.tmp-${tag}`,
    wal: {target: `${db}.wal`, old: `${db}.wal.old-${tag}`},
    items: targets.map(({target, dir}) => ({
      target,
      dir,
      temp: `${target}.tmp-${tag}`,
      old: `${target}.old-${tag}`,
      existed: existsSync(target)
    }))
  };
  for (const item of unit.items) {
    if (!item.existed) continue;
    const isDir = statSync(item.target).isDirectory();
    if (isDir !== item.dir)
      throw new PublishError(
        `${item.target} exists and is not a ${item.dir ? "folder" : "file"}: refusing to replace it`
      );
  }
  writeFileSync(journalOf(db, tag), JSON.stringify(unit, null, 2) + "\n");
  return unit;
}

/**
 * Swaps the staged files in, the database last. Throws only before the commit, having put every
 * target back; after the commit it removes the replaced files, and leaves what it could not remove
 * (and the journal) for the next run.
 */
export async function commitUnit(unit: Unit, step: StepHook = () => {}): Promise<void> {
  const holder = await claimDatabase(unit.db).catch((e) => {
    abandonUnit(unit);
    throw e;
  });
  try {
    for (const item of unit.items) {
      if (existsSync(item.target)) {
        const isDir = statSync(item.target).isDirectory();
        if (isDir !== item.dir)
          throw new PublishError(
            `${item.target} exists and is not a ${item.dir ? "folder" : "file"}: refusing to replace it`
          );
      }
    }
    for (const item of unit.items) {
      step(basename(item.target));
      if (existsSync(item.target)) renameSync(item.target, item.old);
      renameSync(item.temp, item.target);
    }
    // DuckDB finds a database's log by its name: the old file's must not be read as the new one's.
    step("wal");
    if (existsSync(unit.wal.target)) renameSync(unit.wal.target, unit.wal.old);
    step("database");
    renameSync(unit.dbTemp, unit.db);
  } catch (e) {
    abandonUnit(unit);
    throw e;
  } finally {
    holder?.closeSync();
  }
  try {
    step("committed");
  } catch {
    /* nothing can undo the commit; a hook's failure after it is not the run's */
  }
  clearUnit(unit);
}

/** Before the commit: every target back as it was, every temporary file and the journal removed. */
export function abandonUnit(unit: Unit): void {
  for (const item of [...unit.items].reverse()) {
    if (existsSync(item.old)) {
      rmSync(item.target, {recursive: true, force: true});
      renameSync(item.old, item.target);
    } else if (!item.existed && !existsSync(item.temp)) {
      // The run had put its file where none was.
      rmSync(item.target, {recursive: true, force: true});
    }
  }
  if (existsSync(unit.wal.old)) renameSync(unit.wal.old, unit.wal.target);
  for (const item of unit.items) rmSync(item.temp, {recursive: true, force: true});
  // The new database goes last: while it exists, the journal reads as "not committed".
  rmSync(`${unit.dbTemp}.wal`, {force: true});
  rmSync(unit.dbTemp, {force: true});
  rmSync(journalOf(unit.db, unit.tag), {force: true});
}

/** After the commit: the replaced files removed, then the journal. Best effort: what stays is removed by the next run. */
function clearUnit(unit: Unit): void {
  try {
    for (const item of unit.items) {
      rmSync(item.old, {recursive: true, force: true});
      rmSync(item.temp, {recursive: true, force: true});
    }
    rmSync(unit.wal.old, {force: true});
    rmSync(`${unit.dbTemp}.wal`, {force: true});
    rmSync(journalOf(unit.db, unit.tag), {force: true});
  } catch {
    /* left for the next run */
  }
}

/**
 * Finishes the units of runs that were killed (their process is gone): a unit whose new database is still
 * under its temporary name was not committed and is undone; one whose database was renamed is cleared.
 * Then removes any other temporary file a dead process left beside the database or the targets.
 * Call it holding the database lock.
 */
export function recoverAbandoned(db: string, targets: string[] = []): void {
  const dir = dirname(db);
  if (!existsSync(dir)) return;
  const name = basename(db);
  for (const f of readdirSync(dir)) {
    const m = /^(.*)\.publish-(\d+)-\d+\.json$/.exec(f);
    if (!m || m[1] !== name || processAlive(Number(m[2]))) continue;
    let unit: Unit;
    try {
      unit = JSON.parse(readFileSync(join(dir, f), "utf8"));
    } catch {
      rmSync(join(dir, f), {force: true}); // a journal cut short: written before anything was staged
      continue;
    }
    if (existsSync(unit.dbTemp)) abandonUnit(unit);
    else clearUnit(unit);
  }
  for (const target of [db, `${db}.wal`, ...targets]) {
    const folder = dirname(target);
    if (!existsSync(folder)) continue;
    const prefix = `${basename(target)}.`;
    for (const f of readdirSync(folder)) {
      if (!f.startsWith(prefix)) continue;
      const m = /^(?:tmp|old)-(\d+)(?:-|$)/.exec(f.slice(prefix.length));
      if (m && !processAlive(Number(m[1]))) rmSync(join(folder, f), {recursive: true, force: true});
    }
  }
}
