import type { Migration } from './types';

export const m001Init: Migration = {
  version: 1,
  name: 'init: case info, content-addressed blobs, hash-chained audit log',
  up(db) {
    db.exec(`
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

      CREATE TABLE case_info (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        case_id TEXT NOT NULL,
        title TEXT NOT NULL,
        case_type TEXT NOT NULL,
        jurisdiction TEXT NOT NULL,
        implementing_agency TEXT NOT NULL,
        description TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Originals and generated outputs, addressed by SHA-256 and stored in chunks so that a large file never has
      -- to sit in memory whole.
      CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, created_at TEXT NOT NULL) STRICT;
      CREATE TABLE blob_chunks (
        sha256 TEXT NOT NULL REFERENCES blobs(sha256),
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (sha256, seq)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    `);
  },
};
