import type { Migration } from './types';

export const m010ScoreNotes: Migration = {
  version: 10,
  name: 'selection: a member’s note per criterion, and 替补专家 who replace a recused member',
  up(db) {
    db.exec(`
      -- What a member writes beside a score (why this many points): kept with the sheet, locked with it, printed in the report.
      CREATE TABLE score_notes (
        member_id TEXT NOT NULL REFERENCES committee_members(member_id) ON DELETE CASCADE,
        applicant_id TEXT NOT NULL REFERENCES selection_applicants(applicant_id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        note TEXT NOT NULL CHECK (length(trim(note)) > 0),
        PRIMARY KEY (member_id, applicant_id, criterion_id)
      ) STRICT, WITHOUT ROWID;

      -- A 替补专家 added after a recusal (评标委员会规定 art. 9, 87号令 art. 45): whom they replace, why, who added them.
      -- Names kept as text so the record outlives any later edit of the committee.
      CREATE TABLE committee_substitutes (
        member_id TEXT PRIMARY KEY REFERENCES committee_members(member_id) ON DELETE CASCADE,
        replaces_member_id TEXT NOT NULL,
        replaces_name TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        actor TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
