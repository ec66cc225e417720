import { fault } from '../../shared/api/errors';
import type { CaseStore } from '../store/caseStore';

/** Memo types drawn from a compliance review of a document: once one is signed, that review's document stays. */
const REVIEW_MEMO_TYPES = ['plan_opinion', 'agreement_opinion'];

/**
 * Removes a document with all its versions, audited with the reason, in one transaction: its corrections and OCR go
 * with it (ON DELETE CASCADE), and each original whose bytes nothing else in the case refers to any more is deleted
 * too (a confidential file leaves the case with its row). Refused once a review of any of its versions has a signed
 * memo: what the committee signed must stay checkable against its source.
 */
export function removeDocument(store: CaseStore, actor: string, documentId: string, reason: string): { blobsDeleted: number } {
  if (store.readonly) throw fault('CASE_READ_ONLY');
  const why = reason.trim();
  if (!why) throw fault('BAD_REQUEST', '请填写删除原因（例如“误导入，与本案无关”），删除会记入操作记录。');
  return store.tx(() => {
    const d = store.db.prepare('SELECT document_id, role, bidder, title FROM documents WHERE document_id = ?').get(documentId) as
      | { document_id: string; role: string; bidder: string; title: string }
      | undefined;
    if (!d) throw fault('NOT_FOUND', '要删除的文件不存在，可能已被删除。请刷新后查看。');
    const versions = store.db.prepare('SELECT version_id, version, file_name, sha256 FROM document_versions WHERE document_id = ? ORDER BY version').all(documentId) as
      { version_id: string; version: number; file_name: string; sha256: string }[];
    const shas = [...new Set(versions.map((v) => v.sha256))];
    const marks = shas.map(() => '?').join(',');
    const signed = shas.length
      ? (store.db
          .prepare(
            `SELECT m.memo_type, m.version FROM review_runs r JOIN memos m ON m.created_at >= r.created_at
             WHERE r.document_sha256 IN (${marks}) AND m.memo_type IN (${REVIEW_MEMO_TYPES.map(() => '?').join(',')}) AND m.memo_type = r.kind || '_opinion'
               AND EXISTS (SELECT 1 FROM memo_signatures s WHERE s.memo_id = m.memo_id) LIMIT 1`,
          )
          .get(...shas, ...REVIEW_MEMO_TYPES) as { memo_type: string; version: number } | undefined)
      : undefined;
    if (signed) {
      throw fault('DOC_REMOVE_SIGNED', `《${d.title}》已经过审查，且审查意见书（第 ${signed.version} 版）已有专家签署，不能删除：签署的意见须能对照原文核验。如确属误导入，请导入正确文件作为新文件，并在意见书中说明。`);
    }
    const del = store.db.prepare('DELETE FROM document_versions WHERE version_id = ?');
    for (const v of versions) del.run(v.version_id);
    store.db.prepare('DELETE FROM documents WHERE document_id = ?').run(documentId);
    let blobsDeleted = 0;
    for (const sha of shas) {
      if (blobReferenced(store, sha)) continue;
      store.db.prepare('DELETE FROM blob_chunks WHERE sha256 = ?').run(sha);
      store.db.prepare('DELETE FROM blobs WHERE sha256 = ?').run(sha);
      blobsDeleted++;
    }
    store.audit(actor, 'documents.remove', {
      documentId, role: d.role, bidder: d.bidder, title: d.title, reason: why, blobsDeleted,
      versions: versions.map((v) => ({ versionId: v.version_id, version: v.version, fileName: v.file_name, sha256: v.sha256 })),
    });
    return { blobsDeleted };
  });
}

/** Whether any table of the case still points at these bytes (every foreign key to blobs, found from the schema). */
function blobReferenced(store: CaseStore, sha: string): boolean {
  const tables = store.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('blobs', 'blob_chunks')`).all() as { name: string }[];
  for (const { name } of tables) {
    const fks = store.db.prepare(`SELECT "from" AS col FROM pragma_foreign_key_list(?) WHERE "table" = 'blobs'`).all(name) as { col: string }[];
    for (const { col } of fks) {
      if (store.db.prepare(`SELECT 1 FROM "${name}" WHERE "${col}" = ? LIMIT 1`).get(sha)) return true;
    }
  }
  return false;
}
