import fs from 'node:fs';
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fault } from '../../shared/api/errors';
import { openDatabase, type Database } from './native';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from './migrations/index';
import type { Migration } from './migrations/types';
import { acquireCaseLock, currentOwner, describeOwner } from './caseLock';
import { diagnoseKeyFailure } from './cipherCheck';

/** PRAGMA application_id of every case file: "RDC1". Tells our files from other SQLite databases. */
export const APPLICATION_ID = 0x52444331;
const PAGE_SIZE = 4096;
const CHUNK_SIZE = 4 * 1024 * 1024;
const GENESIS = '0'.repeat(64);

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  detail: unknown;
  hash: string;
}

export interface AuditCheck {
  intact: boolean;
  entries: number;
  /** seq of the first entry whose hash does not follow from the one before. */
  brokenAt?: number;
}

/** SQLCipher 4 format, so an archived case can still be opened by standard SQLCipher tools years from now. */
function applyKey(db: Database, passphrase: string) {
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.key(Buffer.from(passphrase, 'utf8'));
}

const MAGIC: [string, Buffer][] = [
  ['SQLite 数据库（未加密）', Buffer.from('SQLite format 3\0', 'latin1')],
  ['PDF 文件', Buffer.from('%PDF')],
  ['ZIP/Office 文档', Buffer.from('PK\x03\x04', 'latin1')],
];

/** A rollback journal left by a save that was cut off (crash, power loss, pulled USB stick). */
function hasHotJournal(file: string) {
  return (fs.statSync(`${file}-journal`, { throwIfNoEntry: false })?.size ?? 0) > 0;
}

/** Decides, from the bytes alone, whether a file could be a case, before any SQLite call touches it. */
function precheck(file: string, hotJournal: boolean) {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw fault('CASE_FILE_MISSING');
  }
  if (!stat.isFile()) throw fault('CASE_NOT_A_CASE');
  if (stat.size < PAGE_SIZE) throw fault('CASE_NOT_A_CASE');
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  for (const [kind, magic] of MAGIC) {
    if (head.subarray(0, magic.length).equals(magic)) {
      throw fault('CASE_NOT_A_CASE', `该文件是${kind}，不是评审台案卷，无法打开。请选择扩展名为 .rdcase 的案卷文件。`);
    }
  }
  // After a cut-off save the file may hold part of a page; rolling the journal back restores it.
  if (stat.size % PAGE_SIZE !== 0 && !hotJournal) throw fault('CASE_DAMAGED');
}

function isSqliteCode(e: unknown, ...codes: string[]) {
  const code = (e as { code?: string })?.code ?? '';
  return codes.some((c) => code === c || code.startsWith(c + '_'));
}

/** Page 1 would not decrypt: a wrong passphrase, or a damaged head of the file. Say which, or that it may be either. */
function keyFailure(file: string, passphrase: string) {
  if (diagnoseKeyFailure(file, passphrase) === 'page1-damaged') {
    return fault('CASE_DAMAGED', '口令正确，但案卷文件开头（第 1 页）已损坏（可能复制不完整或磁盘出错），无法打开。请使用备份副本；文件未作任何改动。', { part: 'page1' });
  }
  return fault('CASE_WRONG_PASSPHRASE');
}

/** SQLite reports the file locked by another connection: say who holds it, never that it is damaged. */
function inUse(file: string) {
  const owner = currentOwner(file);
  return fault('CASE_IN_USE', owner ? `该案卷正由${describeOwner(owner)}打开使用，暂不能打开。请先在那里关闭案卷后重试；文件未作任何改动。` : undefined, owner ? { owner } : undefined);
}

/** Case files hold confidential work: readable by their owner only, whatever the umask. */
export function createPrivateFile(file: string) {
  const fd = fs.openSync(file, 'wx', 0o600);
  fs.closeSync(fd);
  fs.chmodSync(file, 0o600);
}

export function runMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS) {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  // All pending steps in one transaction: a crash leaves the file at the old version, never half-migrated.
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return pending[pending.length - 1].version;
}

/**
 * One open case file. The one store API: every module reads and writes its tables through `db`, inside `tx`, and
 * records what it changed with `audit` in the same transaction.
 */
export class CaseStore {
  /** Runs inside the first write transaction (e.g. the `case.open` audit row), so that opening alone writes nothing. */
  beforeFirstWrite?: () => void;

  private constructor(
    readonly path: string,
    readonly db: Database,
    readonly readonly: boolean,
    private readonly unlock: () => void = () => {},
  ) {}

  static create(file: string, passphrase: string): CaseStore {
    if (!passphrase) throw fault('CASE_PASSPHRASE_EMPTY');
    if (fs.existsSync(file)) throw fault('CASE_FILE_EXISTS');
    let db: Database;
    try {
      createPrivateFile(file);
    } catch (e) {
      if ((e as { code?: string }).code === 'EEXIST') throw fault('CASE_FILE_EXISTS');
      throw fault('CASE_LOCATION_UNWRITABLE');
    }
    const unlock = acquireCaseLock(file);
    try {
      db = openDatabase(file, {});
    } catch {
      unlock();
      fs.rmSync(file, { force: true });
      throw fault('CASE_LOCATION_UNWRITABLE');
    }
    try {
      applyKey(db, passphrase);
      db.pragma(`page_size = ${PAGE_SIZE}`);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      configure(db);
      runMigrations(db);
      return new CaseStore(file, db, false, unlock);
    } catch (e) {
      db.close();
      unlock();
      fs.rmSync(file, { force: true });
      if (isSqliteCode(e, 'SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_FULL')) throw fault('CASE_LOCATION_UNWRITABLE');
      throw e;
    }
  }

  /**
   * Opens a case. Every check runs on a read-only connection first, so a wrong passphrase, a foreign file, a newer
   * schema or a damaged file is refused without a single byte written.
   */
  static open(file: string, passphrase: string, options: { readonly?: boolean } = {}): CaseStore {
    if (!passphrase) throw fault('CASE_PASSPHRASE_EMPTY');
    const hot = fs.existsSync(file) && hasHotJournal(file);
    precheck(file, hot);
    const ro = options.readonly ?? false;
    // A writer takes the cross-process lock first: a case another process holds is "in use", never "damaged".
    const unlock = ro ? () => {} : acquireCaseLock(file);
    try {
      return CaseStore.openLocked(file, passphrase, hot, ro, unlock);
    } catch (e) {
      unlock();
      throw e;
    }
  }

  /** Whether a passphrase opens a case file, on a read-only connection that writes nothing (for a file already open). */
  static verifyPassphrase(file: string, passphrase: string) {
    if (!passphrase) throw fault('CASE_PASSPHRASE_EMPTY');
    CaseStore.checkKey(file, passphrase, true);
  }

  private static openLocked(file: string, passphrase: string, hot: boolean, ro: boolean, unlock: () => void): CaseStore {
    if (hot) {
      // A read-only connection cannot roll a hot journal back, and rolling it back with a wrong key would damage the
      // file. So the checks run on a copy first; only the right passphrase lets SQLite recover the real file.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rd-recover-'));
      try {
        const copy = path.join(dir, 'case.rdcase');
        fs.copyFileSync(file, copy);
        // Pages are encrypted one by one, so the file alone already tells a wrong key (page 1 will not decrypt),
        // whereas a rollback attempted with a wrong key fails in ways that look like damage.
        CaseStore.checkKey(copy, passphrase);
        fs.copyFileSync(`${file}-journal`, `${copy}-journal`);
        CaseStore.probe(copy, passphrase, false);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    } else {
      CaseStore.probe(file, passphrase, true);
    }
    const db = openDatabase(file, { readonly: ro, fileMustExist: true });
    try {
      applyKey(db, passphrase);
      if (!ro) {
        configure(db);
        runMigrations(db);
      }
      return new CaseStore(file, db, ro, unlock);
    } catch (e) {
      db.close();
      if (isSqliteCode(e, 'SQLITE_READONLY', 'SQLITE_CANTOPEN')) throw fault('CASE_LOCATION_UNWRITABLE', '案卷所在位置不可写（可能是只读介质或没有权限），请将案卷复制到可写的位置后再打开。');
      if (isSqliteCode(e, 'SQLITE_BUSY', 'SQLITE_LOCKED')) throw inUse(file);
      throw e;
    }
  }

  private static checkKey(file: string, passphrase: string, strict = false) {
    const db = openDatabase(file, { readonly: true, fileMustExist: true });
    try {
      applyKey(db, passphrase);
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (e) {
      if (isSqliteCode(e, 'SQLITE_NOTADB')) throw keyFailure(file, passphrase);
      // Anything else is inconclusive without the journal: the full probe decides.
      if (strict) throw isSqliteCode(e, 'SQLITE_BUSY', 'SQLITE_LOCKED') ? inUse(file) : fault('CASE_DAMAGED');
    } finally {
      db.close();
    }
  }

  /** Every refusal of `open`, made on a connection that writes nothing (or on a throw-away copy). */
  private static probe(file: string, passphrase: string, readonly: boolean) {
    const probe = openDatabase(file, { readonly, fileMustExist: true });
    try {
      applyKey(probe, passphrase);
      try {
        probe.prepare('SELECT count(*) FROM sqlite_master').get();
      } catch (e) {
        if (isSqliteCode(e, 'SQLITE_NOTADB')) throw keyFailure(file, passphrase);
        if (isSqliteCode(e, 'SQLITE_BUSY', 'SQLITE_LOCKED')) throw inUse(file);
        throw fault('CASE_DAMAGED');
      }
      if (probe.pragma('application_id', { simple: true }) !== APPLICATION_ID) throw fault('CASE_NOT_A_CASE');
      const version = probe.pragma('user_version', { simple: true }) as number;
      if (version > LATEST_SCHEMA_VERSION) throw fault('CASE_TOO_NEW', undefined, { fileVersion: version, appVersion: LATEST_SCHEMA_VERSION });
      let check: string;
      try {
        check = probe.pragma('quick_check', { simple: true }) as string;
      } catch (e) {
        if (isSqliteCode(e, 'SQLITE_BUSY', 'SQLITE_LOCKED')) throw inUse(file);
        throw fault('CASE_DAMAGED');
      }
      if (check !== 'ok') throw fault('CASE_DAMAGED', undefined, { check });
    } finally {
      probe.close();
    }
  }

  close() {
    if (this.db.open) this.db.close();
    this.unlock();
  }

  /** A write transaction. Either all of `fn` lands, or none of it. */
  tx<T>(fn: () => T): T {
    if (this.readonly) throw fault('CASE_READ_ONLY');
    const first = this.beforeFirstWrite;
    const result = this.db.transaction(() => {
      first?.();
      return fn();
    }).immediate();
    if (first && this.beforeFirstWrite === first) this.beforeFirstWrite = undefined;
    return result;
  }

  // ---- audit log: append-only, hash-chained ----

  audit(actor: string, action: string, detail: unknown = {}, at = new Date().toISOString()) {
    const last = this.db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
    const seq = (last?.seq ?? 0) + 1;
    const prev = last?.hash ?? GENESIS;
    const detailText = JSON.stringify(detail ?? {});
    const hash = auditHash(prev, seq, at, actor, action, detailText);
    this.db
      .prepare('INSERT INTO audit_log (seq, at, actor, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(seq, at, actor, action, detailText, prev, hash);
    return hash;
  }

  auditEntries(limit = 1000): AuditEntry[] {
    return (this.db.prepare('SELECT seq, at, actor, action, detail, hash FROM audit_log ORDER BY seq DESC LIMIT ?').all(limit) as {
      seq: number; at: string; actor: string; action: string; detail: string; hash: string;
    }[]).map((r) => ({ ...r, detail: JSON.parse(r.detail) }));
  }

  verifyAudit(): AuditCheck {
    let prev = GENESIS;
    let expectedSeq = 1;
    let entries = 0;
    for (const r of this.db.prepare('SELECT seq, at, actor, action, detail, prev_hash, hash FROM audit_log ORDER BY seq').iterate() as Iterable<{
      seq: number; at: string; actor: string; action: string; detail: string; prev_hash: string; hash: string;
    }>) {
      entries++;
      if (r.seq !== expectedSeq || r.prev_hash !== prev || auditHash(prev, r.seq, r.at, r.actor, r.action, r.detail) !== r.hash) {
        return { intact: false, entries, brokenAt: r.seq };
      }
      prev = r.hash;
      expectedSeq++;
    }
    return { intact: true, entries };
  }

  // ---- blobs: content-addressed, chunked ----

  /** Stores bytes once; returns their SHA-256. Call inside `tx`. */
  putBlob(data: Uint8Array): string {
    const sha = crypto.createHash('sha256').update(data).digest('hex');
    if (this.hasBlob(sha)) return sha;
    this.db.prepare('INSERT INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)').run(sha, data.byteLength, new Date().toISOString());
    const ins = this.db.prepare('INSERT INTO blob_chunks (sha256, seq, data) VALUES (?, ?, ?)');
    for (let off = 0, seq = 0; off < data.byteLength || seq === 0; off += CHUNK_SIZE, seq++) {
      ins.run(sha, seq, Buffer.from(data.buffer, data.byteOffset + off, Math.min(CHUNK_SIZE, data.byteLength - off)));
    }
    return sha;
  }

  /** Stores a file from disk without holding it in memory whole. Call inside `tx`. */
  putBlobFromFile(file: string): { sha256: string; size: number } {
    const hash = crypto.createHash('sha256');
    const buf = Buffer.alloc(CHUNK_SIZE);
    const fd = fs.openSync(file, 'r');
    try {
      let size = 0;
      for (let n; (n = fs.readSync(fd, buf, 0, CHUNK_SIZE, size)) > 0; size += n) hash.update(buf.subarray(0, n));
      const sha = hash.digest('hex');
      if (this.hasBlob(sha)) return { sha256: sha, size };
      this.db.prepare('INSERT INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)').run(sha, size, new Date().toISOString());
      const ins = this.db.prepare('INSERT INTO blob_chunks (sha256, seq, data) VALUES (?, ?, ?)');
      let off = 0;
      let seq = 0;
      do {
        const n = fs.readSync(fd, buf, 0, CHUNK_SIZE, off);
        ins.run(sha, seq++, Buffer.from(buf.subarray(0, n)));
        off += n;
      } while (off < size);
      return { sha256: sha, size };
    } finally {
      fs.closeSync(fd);
    }
  }

  hasBlob(sha: string) {
    return !!this.db.prepare('SELECT 1 FROM blobs WHERE sha256 = ?').get(sha);
  }

  getBlob(sha: string): Buffer {
    const meta = this.db.prepare('SELECT size FROM blobs WHERE sha256 = ?').get(sha) as { size: number } | undefined;
    if (!meta) throw fault('NOT_FOUND');
    const parts = (this.db.prepare('SELECT data FROM blob_chunks WHERE sha256 = ? ORDER BY seq').all(sha) as { data: Buffer }[]).map((r) => r.data);
    return Buffer.concat(parts, meta.size);
  }

  /** Writes a blob to a file, chunk by chunk, and checks its hash on the way. */
  writeBlobToFile(sha: string, file: string) {
    const hash = crypto.createHash('sha256');
    const tmp = `${file}.part-${process.pid}`;
    const fd = fs.openSync(tmp, 'w', 0o600);
    try {
      fs.fchmodSync(fd, 0o600);
      for (const r of this.db.prepare('SELECT data FROM blob_chunks WHERE sha256 = ? ORDER BY seq').iterate(sha) as Iterable<{ data: Buffer }>) {
        hash.update(r.data);
        fs.writeSync(fd, r.data);
      }
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (hash.digest('hex') !== sha) {
      fs.rmSync(tmp, { force: true });
      throw fault('CASE_DAMAGED', '案卷中该文件的内容校验不一致（SHA-256 不符），文件可能已损坏，未导出。');
    }
    fs.renameSync(tmp, file);
  }
}

function configure(db: Database) {
  // One file on disk when closed (no -wal beside it), full fsync on commit: a case copied to a USB stick is whole.
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

export function auditHash(prev: string, seq: number, at: string, actor: string, action: string, detail: string) {
  return crypto.createHash('sha256').update([prev, seq, at, actor, action, detail].join('\n')).digest('hex');
}
