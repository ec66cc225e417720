import type { Migration } from './types';

export const m005Selection: Migration = {
  version: 5,
  name: 'operator selection: scheme and options, applicants, recusal declarations, review checks, score sheets, corrections',
  up(db) {
    db.exec(`
      -- One row: the scoring scheme (JSON, validated by shared/scoring/scheme.ts) and the case options.
      CREATE TABLE selection_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        scheme TEXT NOT NULL,
        options TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- 申报单位. Their bid documents live with intake (documents, kind 'bid'), linked by the applicant's name.
      CREATE TABLE selection_applicants (
        applicant_id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        price REAL CHECK (price IS NULL OR price > 0),
        price_explanation TEXT NOT NULL DEFAULT '',
        price_invalid INTEGER NOT NULL DEFAULT 0 CHECK (price_invalid IN (0, 1)),
        sort INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- 财库〔2016〕198号 art. 16: one declaration per member and applicant, before any bid is shown.
      CREATE TABLE selection_declarations (
        member_id TEXT NOT NULL REFERENCES committee_members(member_id) ON DELETE CASCADE,
        applicant_id TEXT NOT NULL REFERENCES selection_applicants(applicant_id) ON DELETE CASCADE,
        relation TEXT NOT NULL CHECK (relation IN ('none', 'employed', 'director', 'controller', 'relative', 'other')),
        note TEXT NOT NULL,
        declared_at TEXT NOT NULL,
        PRIMARY KEY (member_id, applicant_id)
      ) STRICT, WITHOUT ROWID;

      -- 资格审查 / 符合性审查 verdicts: pass, or fail with a reason.
      CREATE TABLE selection_checks (
        applicant_id TEXT NOT NULL REFERENCES selection_applicants(applicant_id) ON DELETE CASCADE,
        stage TEXT NOT NULL CHECK (stage IN ('qualification', 'conformity')),
        item TEXT NOT NULL,
        passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
        reason TEXT NOT NULL,
        CHECK (passed = 1 OR length(reason) > 0),
        PRIMARY KEY (applicant_id, stage, item)
      ) STRICT, WITHOUT ROWID;

      -- A member's score sheet; submitted_at set means locked.
      CREATE TABLE selection_sheets (
        member_id TEXT PRIMARY KEY REFERENCES committee_members(member_id) ON DELETE CASCADE,
        submitted_at TEXT
      ) STRICT;

      CREATE TABLE selection_scores (
        member_id TEXT NOT NULL REFERENCES committee_members(member_id) ON DELETE CASCADE,
        applicant_id TEXT NOT NULL REFERENCES selection_applicants(applicant_id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        value REAL NOT NULL,
        PRIMARY KEY (member_id, applicant_id, criterion_id)
      ) STRICT, WITHOUT ROWID;

      -- The 合计 a member wrote on an imported sheet, kept to check against the sum of the items (art. 64 汇总计算错误).
      CREATE TABLE selection_stated_totals (
        member_id TEXT NOT NULL REFERENCES committee_members(member_id) ON DELETE CASCADE,
        applicant_id TEXT NOT NULL REFERENCES selection_applicants(applicant_id) ON DELETE CASCADE,
        total REAL NOT NULL,
        PRIMARY KEY (member_id, applicant_id)
      ) STRICT, WITHOUT ROWID;

      -- 87号令 art. 64 corrections of submitted sheets: names kept as text so the record outlives any later edit.
      CREATE TABLE selection_corrections (
        correction_id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL,
        member_name TEXT NOT NULL,
        applicant_id TEXT NOT NULL,
        applicant_name TEXT NOT NULL,
        criterion_id TEXT NOT NULL,
        criterion_name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('arithmetic', 'out_of_range', 'objective_mismatch', 'deviation')),
        old_value REAL,
        new_value REAL NOT NULL,
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        actor TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
