import type { Migration } from './types';

export const m007Meetings: Migration = {
  version: 7,
  name: 'meetings: 三重一大 meetings, agenda items, attachments, versions after 上会, numbered copies',
  up(db) {
    db.exec(`
      CREATE TABLE meetings (
        meeting_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        date TEXT NOT NULL,
        place TEXT NOT NULL,
        chair TEXT NOT NULL,
        members TEXT NOT NULL CHECK (json_valid(members)),
        attendees TEXT NOT NULL CHECK (json_valid(attendees)),
        recorder TEXT NOT NULL,
        secrecy TEXT NOT NULL CHECK (secrecy IN ('none', 'internal', 'secret', 'confidential')),
        explanation_limit INTEGER NOT NULL CHECK (explanation_limit > 0),
        status TEXT NOT NULL CHECK (status IN ('draft', 'held')),
        version INTEGER NOT NULL DEFAULT 1,
        record TEXT CHECK (record IS NULL OR json_valid(record)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE meeting_items (
        item_id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(meeting_id) ON DELETE CASCADE,
        sort INTEGER NOT NULL,
        linked_to_case INTEGER NOT NULL CHECK (linked_to_case IN (0, 1)),
        on_agenda INTEGER NOT NULL DEFAULT 0 CHECK (on_agenda IN (0, 1)),
        approval TEXT NOT NULL CHECK (json_valid(approval)),
        explanation TEXT NOT NULL CHECK (json_valid(explanation)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX meeting_items_by_meeting ON meeting_items (meeting_id, sort);

      -- One row per material: provided (with its file in blobs) or "not required" with the reason.
      CREATE TABLE meeting_attachments (
        attachment_id TEXT PRIMARY KEY,
        item_id TEXT NOT NULL REFERENCES meeting_items(item_id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('legal_review', 'fair_competition', 'expert_opinion', 'risk_assessment', 'consultation', 'integrity', 'other')),
        status TEXT NOT NULL CHECK (status IN ('provided', 'not_required')),
        title TEXT NOT NULL,
        reason TEXT NOT NULL,
        risk_level TEXT CHECK (risk_level IS NULL OR risk_level IN ('low', 'medium', 'high')),
        source TEXT NOT NULL CHECK (source IN ('import_pdf', 'import_docx', 'case_document', 'memo', 'none')),
        file_name TEXT NOT NULL,
        blob_sha256 TEXT REFERENCES blobs(sha256),
        page_count INTEGER,
        sort INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        CHECK ((status = 'provided') = (blob_sha256 IS NOT NULL)),
        CHECK (status = 'provided' OR length(trim(reason)) > 0)
      ) STRICT;
      CREATE INDEX meeting_attachments_by_item ON meeting_attachments (item_id, sort);

      -- After 上会 every change is a new version: the state before it, and why it was changed.
      CREATE TABLE meeting_versions (
        meeting_id TEXT NOT NULL REFERENCES meetings(meeting_id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        actor TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, version)
      ) STRICT;

      -- Distribution and return register of numbered copies (份号).
      CREATE TABLE meeting_copies (
        meeting_id TEXT NOT NULL REFERENCES meetings(meeting_id) ON DELETE CASCADE,
        copy_no INTEGER NOT NULL CHECK (copy_no > 0),
        recipient TEXT NOT NULL,
        version INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        returned_at TEXT,
        PRIMARY KEY (meeting_id, copy_no)
      ) STRICT;
    `);
  },
};
