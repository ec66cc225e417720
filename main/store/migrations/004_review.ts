import type { Migration } from './types';

/**
 * Compliance review (issue 4). A run pins the resolved ruleset it used (as JSON), so a newer import never changes a
 * finished review; verdicts are per item and committee member; the conclusion is one row; 修改意见 are ordered rows
 * each tied to an item or red line and its basis.
 */
export const m004Review: Migration = {
  version: 4,
  name: 'compliance review: runs with pinned rulesets, expert and committee verdicts, conclusion, 修改意见',
  up(db) {
    db.exec(`
      CREATE TABLE review_runs (
        run_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('plan', 'agreement')),
        ruleset_id TEXT NOT NULL,
        ruleset_version TEXT NOT NULL,
        ruleset_json TEXT NOT NULL CHECK (json_valid(ruleset_json)),
        document_name TEXT NOT NULL,
        document_sha256 TEXT,
        document_json TEXT NOT NULL CHECK (json_valid(document_json)),
        report_json TEXT NOT NULL CHECK (json_valid(report_json)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX review_runs_created ON review_runs (created_at);
      CREATE TABLE review_verdicts (
        item_id TEXT NOT NULL,
        member_id TEXT NOT NULL REFERENCES committee_members (member_id) ON DELETE CASCADE,
        verdict TEXT NOT NULL CHECK (verdict IN ('conforms', 'mostly', 'fails', 'na')),
        comment TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (item_id, member_id)
      ) STRICT;
      CREATE TABLE review_committee_verdicts (
        item_id TEXT PRIMARY KEY,
        verdict TEXT NOT NULL CHECK (verdict IN ('conforms', 'mostly', 'fails', 'na')),
        comment TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
      CREATE TABLE review_conclusion (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        conclusion TEXT NOT NULL CHECK (conclusion IN ('pass', 'pass_with_changes', 'fail')),
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE review_opinions (
        opinion_id TEXT PRIMARY KEY,
        item_id TEXT NOT NULL,
        item_title TEXT NOT NULL,
        basis_json TEXT NOT NULL CHECK (json_valid(basis_json)),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        sort INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
