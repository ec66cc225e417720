import type { Migration } from './types';

const DATE = (col: string) => `${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;

export const m012Deadlines: Migration = {
  version: 12,
  name: 'deadlines: start dates of 时限, done dates per rule, and the price check (最高准许收入)',
  up(db) {
    db.exec(`
      -- One date per kind of start (signing date, meeting date…): several rules count from the same day.
      CREATE TABLE deadline_starts (
        kind TEXT PRIMARY KEY,
        date TEXT NOT NULL CHECK (${DATE('date')}),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- When what a rule asks for was done (备案 filed, 公示 ended…), by rule id of templates/deadlines.
      CREATE TABLE deadline_done (
        rule_id TEXT PRIMARY KEY,
        done_date TEXT NOT NULL CHECK (${DATE('done_date')}),
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      ) STRICT;

      -- The figures of the price check as entered (amounts as decimal strings in 元, exact); one per case.
      CREATE TABLE price_check (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        input TEXT NOT NULL CHECK (json_valid(input)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
