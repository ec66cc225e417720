import type { Migration } from './types';

/**
 * Review memos and their signatures (issue 6). A memo version is the fixed PDF (blob) plus the PrintDoc it came from;
 * after its first signature it is locked, and a change makes the next version. Signer keys: only the public
 * certificate, bound to one committee member; the private key never enters the case.
 */
export const m006Memos: Migration = {
  version: 6,
  name: 'memos, signer public keys and memo signatures',
  up(db) {
    db.exec(`
      CREATE TABLE memos (
        memo_id TEXT PRIMARY KEY,
        memo_type TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        title TEXT NOT NULL,
        doc_json TEXT NOT NULL,
        pdf_sha256 TEXT NOT NULL REFERENCES blobs(sha256),
        content_sha256 TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'locked', 'superseded')),
        fallback_fonts TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        UNIQUE (memo_type, version)
      ) STRICT;
      CREATE TABLE signer_keys (
        fingerprint TEXT PRIMARY KEY,
        member_id TEXT NOT NULL,
        certificate TEXT NOT NULL,
        registered_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE memo_signatures (
        signature_id TEXT PRIMARY KEY,
        memo_id TEXT NOT NULL REFERENCES memos(memo_id),
        member_id TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('agree', 'dissent', 'refused')),
        reasons TEXT NOT NULL,
        signed_at TEXT NOT NULL,
        fingerprint TEXT REFERENCES signer_keys(fingerprint),
        signed_data TEXT,
        signature BLOB,
        CHECK (decision = 'refused' OR (fingerprint IS NOT NULL AND signed_data IS NOT NULL AND signature IS NOT NULL)),
        CHECK (decision <> 'dissent' OR length(reasons) > 0),
        UNIQUE (memo_id, member_id)
      ) STRICT;
    `);
  },
};
