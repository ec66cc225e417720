import type { Migration } from './types';

export const m002Committee: Migration = {
  version: 2,
  name: 'committee members: the experts and representatives who review, score and sign',
  up(db) {
    db.exec(`
      CREATE TABLE committee_members (
        member_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        unit TEXT NOT NULL,
        title TEXT NOT NULL,
        expert_no TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('chair', 'member')),
        kind TEXT NOT NULL CHECK (kind IN ('expert', 'purchaser_rep')),
        sort INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
