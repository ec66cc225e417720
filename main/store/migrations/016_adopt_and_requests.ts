import type { Migration } from './types';

/**
 * Issue 11. (1) Where a committee verdict came from: set by the chair by hand, or adopted where all voting members
 * agree; "adopt where members agree" may refresh its own adoptions but never a verdict the chair set by hand unless
 * asked. Existing rows were set by hand. (2) Results of create actions by the client's request id, so a repeated
 * request (double click, retry after a lost answer) returns the first result instead of creating twice. (3) A member's
 * key replaced by a new one: the old certificate stays (signatures made with it still verify) but signs nothing new.
 */
export const m016AdoptAndRequests: Migration = {
  version: 16,
  name: 'committee verdict source, idempotent requests, replaced signer keys',
  up(db) {
    db.exec(`
      ALTER TABLE review_committee_verdicts ADD COLUMN source TEXT NOT NULL DEFAULT 'chair' CHECK (source IN ('chair', 'adopted'));
      CREATE TABLE request_results (
        request_id TEXT PRIMARY KEY CHECK (length(request_id) BETWEEN 8 AND 100),
        method TEXT NOT NULL,
        result TEXT NOT NULL CHECK (json_valid(result)),
        created_at TEXT NOT NULL
      ) STRICT;
      ALTER TABLE signer_keys ADD COLUMN replaced_at TEXT;
    `);
  },
};
