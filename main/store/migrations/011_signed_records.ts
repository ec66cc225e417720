import type { Migration } from './types';

/**
 * Signed expert records (issue 13): each submitted 回避声明, verdict set and score sheet, as the exact canonical text
 * the expert signed with their own key. Append-only: a change after submission is a new record that names the one it
 * supersedes, never an overwrite.
 */
export const m011SignedRecords: Migration = {
  version: 11,
  name: 'signed expert records: recusal declarations, verdict sets and score sheets signed by the expert',
  up(db) {
    db.exec(`
      CREATE TABLE signed_records (
        record_id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL,
        -- Kept as text so the record outlives a later edit or removal of the member.
        member_name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('recusal', 'verdicts', 'scores')),
        -- The exact UTF-8 text that was signed (canonical JSON), its SM3 digest, the signer's certificate and signature.
        signed_text TEXT NOT NULL CHECK (json_valid(signed_text)),
        digest TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        certificate TEXT NOT NULL CHECK (json_valid(certificate)),
        signature BLOB NOT NULL,
        signed_at TEXT NOT NULL,
        -- The laptop user who operated the app when the expert signed (操作人).
        operator TEXT NOT NULL,
        supersedes TEXT REFERENCES signed_records(record_id),
        UNIQUE (supersedes)
      ) STRICT;
      CREATE INDEX signed_records_member ON signed_records (member_id, kind, signed_at);
      CREATE TRIGGER signed_records_no_update BEFORE UPDATE ON signed_records BEGIN SELECT RAISE(ABORT, 'signed records are append-only'); END;
      CREATE TRIGGER signed_records_no_delete BEFORE DELETE ON signed_records BEGIN SELECT RAISE(ABORT, 'signed records are append-only'); END;

      -- Expert kits (专家包) exported for a member; the member's newest kit is the current one, older ones are superseded.
      CREATE TABLE expert_kits (
        kit_id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL,
        member_name TEXT NOT NULL,
        protection TEXT NOT NULL CHECK (protection IN ('key', 'code')),
        -- The document hashes the kit carried, JSON: a return must be made against exactly these.
        documents TEXT NOT NULL CHECK (json_valid(documents)),
        exported_at TEXT NOT NULL,
        exported_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX expert_kits_member ON expert_kits (member_id, exported_at);
      -- Returns (回执) imported: at most one per kit, so a replayed or duplicate return is refused.
      CREATE TABLE kit_returns (
        kit_id TEXT PRIMARY KEY REFERENCES expert_kits(kit_id),
        digest TEXT NOT NULL UNIQUE,
        record_id TEXT NOT NULL REFERENCES signed_records(record_id),
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL
      ) STRICT;
    `);
  },
};
