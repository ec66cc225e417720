import type { Migration } from './types';

/**
 * Text recognised on scanned PDF pages (issue 16). One row per recognised page: its lines with position and
 * confidence (JSON, shared/domain/ocr.ts). A user's correction of a line is kept beside the recognised text, never over
 * it, so the audit log and the reader can show both. The version's `extracted` is rebuilt from these.
 */
export const m014Ocr: Migration = {
  version: 14,
  name: 'OCR pages and line corrections',
  up(db) {
    db.exec(`
      CREATE TABLE ocr_pages (
        version_id TEXT NOT NULL REFERENCES document_versions(version_id) ON DELETE CASCADE,
        page INTEGER NOT NULL CHECK (page >= 1),
        result TEXT NOT NULL CHECK (json_valid(result)),
        engine TEXT NOT NULL,
        recognised_at TEXT NOT NULL,
        recognised_by TEXT NOT NULL,
        PRIMARY KEY (version_id, page)
      ) STRICT;
      CREATE TABLE ocr_corrections (
        version_id TEXT NOT NULL,
        page INTEGER NOT NULL,
        line INTEGER NOT NULL CHECK (line >= 0),
        text TEXT NOT NULL,
        original TEXT NOT NULL,
        corrected_at TEXT NOT NULL,
        corrected_by TEXT NOT NULL,
        PRIMARY KEY (version_id, page, line),
        FOREIGN KEY (version_id, page) REFERENCES ocr_pages(version_id, page) ON DELETE CASCADE
      ) STRICT;
    `);
  },
};
