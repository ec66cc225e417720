import type { Migration } from './types';

/**
 * Corrections a person makes where the machine read wrong (issue 10): the title and the start of a document version
 * (the wrapper of a website copy stays before it), and an expert overruling a red line of a review run, with a reason.
 * Kept apart from what was extracted and found, so the original reading is never lost; each change is audited.
 */
export const m008Corrections: Migration = {
  version: 8,
  name: 'corrections: document title and body start per version; red-line rulings per review run',
  up(db) {
    db.exec(`
      CREATE TABLE document_corrections (
        version_id TEXT PRIMARY KEY REFERENCES document_versions (version_id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        body_start INTEGER NOT NULL CHECK (body_start >= 0),
        reason TEXT NOT NULL,
        corrected_at TEXT NOT NULL,
        corrected_by TEXT NOT NULL
      ) STRICT;
      CREATE TABLE review_flag_rulings (
        run_id TEXT NOT NULL REFERENCES review_runs (run_id) ON DELETE CASCADE,
        flag_id TEXT NOT NULL,
        ruling TEXT NOT NULL CHECK (ruling IN ('dismissed', 'upheld')),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        decided_at TEXT NOT NULL,
        decided_by TEXT NOT NULL,
        PRIMARY KEY (run_id, flag_id)
      ) STRICT;
    `);
  },
};
