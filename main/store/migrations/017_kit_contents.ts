import type { Migration } from './types';

/**
 * Kits carry more than verdicts (issue 13): what each kit carried (回避声明 form, bids and score sheet, a memo to sign),
 * returns that bring back several signed parts (or only a memo signature), and 代录 — the secretary's transcription of a
 * paper form for a member without a key, kept apart from the signed records so it is never taken for the expert's own.
 */
export const m017KitContents: Migration = {
  version: 17,
  name: 'kit contents, multi-part returns and transcriptions (代录)',
  up(db) {
    db.exec(`
      ALTER TABLE expert_kits ADD COLUMN contents TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(contents));

      -- A return may now carry a 回避声明, a verdict set, a score sheet and a memo signature; a memo-only return has no
      -- signed record, so record_id becomes optional and parts lists everything merged: [{kind, id}].
      CREATE TABLE kit_returns_017 (
        kit_id TEXT PRIMARY KEY REFERENCES expert_kits(kit_id),
        digest TEXT NOT NULL UNIQUE,
        record_id TEXT REFERENCES signed_records(record_id),
        parts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(parts)),
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL
      ) STRICT;
      INSERT INTO kit_returns_017 (kit_id, digest, record_id, parts, imported_at, imported_by)
        SELECT kit_id, digest, record_id, json_array(json_object('kind', 'verdicts', 'id', record_id)), imported_at, imported_by FROM kit_returns;
      DROP TABLE kit_returns;
      ALTER TABLE kit_returns_017 RENAME TO kit_returns;

      CREATE TABLE transcriptions (
        transcription_id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL,
        member_name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('recusal', 'verdicts', 'scores')),
        -- Who typed it in, why, and where the paper signed by the member is kept.
        operator TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        paper_ref TEXT NOT NULL CHECK (length(paper_ref) > 0),
        body TEXT NOT NULL CHECK (json_valid(body)),
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX transcriptions_member ON transcriptions (member_id, kind, at);
      CREATE TRIGGER transcriptions_no_update BEFORE UPDATE ON transcriptions BEGIN SELECT RAISE(ABORT, 'transcriptions are append-only'); END;
      CREATE TRIGGER transcriptions_no_delete BEFORE DELETE ON transcriptions BEGIN SELECT RAISE(ABORT, 'transcriptions are append-only'); END;
    `);
  },
};
