import type { Migration } from './types';

/**
 * Which text each verdict and conclusion of the review was given on (walk8a). Verdicts are kept per item and member
 * across runs, so an expert's “符合” on the first draft stayed beside the revised draft's findings as if given on it.
 * Each verdict, committee verdict and conclusion now keeps the SHA-256 of the document reviewed when it was recorded;
 * the page and the memo mark one given on another text. Rows from before are dated against the runs: the document of
 * the last run made before the row was saved (NULL when no run came before it, e.g. a verdict without any run).
 * The conclusion becomes one per kind of review (实施方案 / 授权运营协议): a case that reviews its plan and then its
 * agreement must not print the plan's 通过 on the agreement's 协议审查意见.
 */
export const m020VerdictVersions: Migration = {
  version: 20,
  name: 'review: the document each verdict and conclusion was given on; one conclusion per kind of review',
  up(db) {
    const runAt = `(SELECT r.document_sha256 FROM review_runs r WHERE r.created_at <= %s ORDER BY r.created_at DESC, r.rowid DESC LIMIT 1)`;
    db.exec(`
      ALTER TABLE review_verdicts ADD COLUMN document_sha256 TEXT;
      ALTER TABLE review_committee_verdicts ADD COLUMN document_sha256 TEXT;
      UPDATE review_verdicts SET document_sha256 = ${runAt.replace('%s', 'review_verdicts.updated_at')};
      UPDATE review_committee_verdicts SET document_sha256 = ${runAt.replace('%s', 'review_committee_verdicts.updated_at')};
      CREATE TABLE review_conclusions (
        kind TEXT PRIMARY KEY CHECK (kind IN ('plan', 'agreement')),
        conclusion TEXT NOT NULL CHECK (conclusion IN ('pass', 'pass_with_changes', 'fail')),
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        document_sha256 TEXT
      ) STRICT;
      INSERT INTO review_conclusions (kind, conclusion, decided_by, decided_at, document_sha256)
        SELECT coalesce((SELECT r.kind FROM review_runs r WHERE r.created_at <= c.decided_at ORDER BY r.created_at DESC, r.rowid DESC LIMIT 1), 'plan'),
               c.conclusion, c.decided_by, c.decided_at, ${runAt.replace('%s', 'c.decided_at')}
        FROM review_conclusion c;
      DROP TABLE review_conclusion;
    `);
  },
};
