import type { Migration } from './types';

export const m003Documents: Migration = {
  version: 3,
  name: 'documents: imported plans, agreements, bids and attachments, each with numbered versions',
  up(db) {
    db.exec(`
      -- One document of the case: the plan, the agreement, one bidder's 申报材料, the legal review, an attachment.
      CREATE TABLE documents (
        document_id TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('plan', 'agreement', 'bid', 'legal_review', 'other')),
        -- The bidder's name for 申报材料, '' for every other role.
        bidder TEXT NOT NULL CHECK ((role = 'bid') = (bidder <> '')),
        title TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX documents_role ON documents (role, bidder);

      -- Each file imported for a document: v1, v2 (修改后), … The original is a blob; the extraction is kept as the
      -- ExtractedDocument JSON so reopening a case never re-reads the file.
      CREATE TABLE document_versions (
        version_id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(document_id),
        version INTEGER NOT NULL CHECK (version >= 1),
        file_name TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('docx', 'pdf', 'txt', 'md')),
        size INTEGER NOT NULL CHECK (size > 0),
        sha256 TEXT NOT NULL REFERENCES blobs(sha256),
        extracted TEXT NOT NULL CHECK (json_valid(extracted)),
        -- Counts and warnings of the extraction, so listing documents does not parse every extraction.
        stats TEXT NOT NULL CHECK (json_valid(stats)),
        page_count INTEGER,
        needs_ocr INTEGER NOT NULL CHECK (needs_ocr IN (0, 1)),
        note TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        UNIQUE (document_id, version)
      ) STRICT;
      CREATE INDEX document_versions_sha ON document_versions (sha256);
    `);
  },
};
