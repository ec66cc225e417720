import crypto from 'node:crypto';
import fs from 'node:fs';
import { fault } from '../../../shared/api/errors';
import type { FileRef } from '../../../shared/api/files';
import { ATTACHMENT_KINDS, type Attachment, type AttachmentKind, type Item } from '../../../shared/domain/meeting';
import { oneLineTitle } from '../../../shared/memo/titleLines';
import { MeetingBase } from './base';
import type { AttachInput, AttRow } from './model';

// Loaded on first use: pdf-lib, pdfmake and mammoth would cost every CLI command and host start a second of CPU.
const paper = () => import('./paper');
const attachments = () => import('./attachments');

/**
 * The materials of each item (DOMAIN §6): imported PDF/DOCX, the case's documents, its signed memos — each checked when
 * attached — or "not required" with a reason. The gate (shared/domain/meeting.ts) reads them.
 */
export class MeetingMaterials extends MeetingBase {
  /** Attaches an imported PDF or DOCX after checking it can be read and merged. */
  async attach(caseId: string, itemId: string, input: AttachInput & { file: FileRef }, changeReason?: string): Promise<Item> {
    this.itemRow(this.store(caseId), itemId);
    if (input.kind === 'risk_assessment' && !input.riskLevel) throw fault('MEETING_RISK_LEVEL');
    const f = this.deps.files.resolve(input.file);
    try {
      const bytes = fs.readFileSync(f.path);
      const info = await (await attachments()).inspectAttachment(bytes, f.name);
      this.insertAttachment(caseId, itemId, input, { source: info.format === 'pdf' ? 'import_pdf' : 'import_docx', fileName: f.name, pageCount: info.pageCount, bytes }, changeReason);
    } finally {
      f.release();
    }
    return this.itemById(caseId, itemId);
  }

  /** Attaches a document of this case (intake), checked like an imported file. */
  async attachCaseDocument(caseId: string, itemId: string, input: AttachInput & { versionId: string }, changeReason?: string): Promise<Item> {
    this.itemRow(this.store(caseId), itemId);
    if (input.kind === 'risk_assessment' && !input.riskLevel) throw fault('MEETING_RISK_LEVEL');
    const { version, document } = this.deps.documents.get(caseId, input.versionId);
    const bytes = this.deps.documents.original(caseId, input.versionId);
    const info = await (await attachments()).inspectAttachment(bytes, version.fileName);
    this.insertAttachment(caseId, itemId, { ...input, title: input.title || document.title }, {
      source: 'case_document', fileName: `${version.fileName}（第${version.version}版）`, pageCount: info.pageCount, bytes, format: info.format,
    }, changeReason);
    return this.itemById(caseId, itemId);
  }

  /**
   * Attaches a signed memo of this case: its text and its signature page, laid out again without the memo's own page
   * numbers so the packet's continuous numbers are the only ones. The signed original stays in the case.
   */
  async attachMemo(caseId: string, itemId: string, input: AttachInput & { memoId: string }, changeReason?: string): Promise<Item> {
    this.itemRow(this.store(caseId), itemId);
    if (input.kind === 'risk_assessment' && !input.riskLevel) throw fault('MEETING_RISK_LEVEL');
    const memo = this.deps.memos.get(caseId, input.memoId);
    if (memo.signatures.length === 0) throw fault('MEETING_MEMO_UNSIGNED');
    const { bytes, pageCount } = await (await paper()).partsPdf([this.deps.memos.doc(caseId, input.memoId), this.deps.memos.signaturePageDoc(caseId, input.memoId)], this.fonts());
    this.insertAttachment(caseId, itemId, { ...input, title: input.title || oneLineTitle(memo.title) }, {
      source: 'memo', fileName: `${memo.label}（第${memo.version}版，已签署，文件指纹（SHA-256）${memo.pdfSha256.slice(0, 16).toUpperCase()}…）`, pageCount, bytes,
    }, changeReason);
    return this.itemById(caseId, itemId);
  }

  /** One provided attachment, in one transaction; it replaces an earlier "not required" of that kind. */
  protected insertAttachment(
    caseId: string, itemId: string, input: AttachInput,
    src: { source: Attachment['source']; fileName: string; pageCount: number | null; bytes: Uint8Array; format?: 'pdf' | 'docx' }, changeReason?: string,
  ) {
    const store = this.store(caseId);
    const row = this.itemRow(store, itemId);
    const attachmentId = crypto.randomUUID();
    this.change(caseId, row.meeting_id, changeReason, 'meetings.attach', { itemId, attachmentId, kind: input.kind, source: src.source, fileName: src.fileName }, () => {
      const sha256 = store.putBlob(src.bytes);
      store.db.prepare("DELETE FROM meeting_attachments WHERE item_id = ? AND kind = ? AND status = 'not_required'").run(itemId, input.kind);
      const sort = ((store.db.prepare('SELECT max(sort) AS s FROM meeting_attachments WHERE item_id = ?').get(itemId) as { s: number | null }).s ?? 0) + 1;
      store.db.prepare(`INSERT INTO meeting_attachments (attachment_id, item_id, kind, status, title, reason, risk_level, source, file_name, blob_sha256,
        page_count, sort, created_at) VALUES (?, ?, ?, 'provided', ?, '', ?, ?, ?, ?, ?, ?, ?)`).run(
        attachmentId, itemId, input.kind, input.title?.trim() || ATTACHMENT_KINDS[input.kind], input.kind === 'risk_assessment' ? input.riskLevel! : null,
        src.source, src.fileName, sha256, src.pageCount, sort, new Date().toISOString());
    });
  }

  markNotRequired(caseId: string, itemId: string, kind: AttachmentKind, reason: string, changeReason?: string): Item {
    const row = this.itemRow(this.store(caseId), itemId);
    if (kind === 'legal_review') throw fault('MEETING_LEGAL_REQUIRED');
    if (!reason.trim()) throw fault('MEETING_REASON_REQUIRED');
    this.change(caseId, row.meeting_id, changeReason, 'meetings.notRequired', { itemId, kind, reason: reason.trim() }, (store) => {
      if (store.db.prepare("SELECT 1 FROM meeting_attachments WHERE item_id = ? AND kind = ? AND status = 'provided'").get(itemId, kind)) {
        throw fault('CONFLICT', `已附上${ATTACHMENT_KINDS[kind]}，如无需提供请先移除已附的文件。`);
      }
      store.db.prepare('DELETE FROM meeting_attachments WHERE item_id = ? AND kind = ?').run(itemId, kind);
      const sort = ((store.db.prepare('SELECT max(sort) AS s FROM meeting_attachments WHERE item_id = ?').get(itemId) as { s: number | null }).s ?? 0) + 1;
      store.db.prepare(`INSERT INTO meeting_attachments (attachment_id, item_id, kind, status, title, reason, risk_level, source, file_name, blob_sha256,
        page_count, sort, created_at) VALUES (?, ?, ?, 'not_required', ?, ?, NULL, 'none', '', NULL, NULL, ?, ?)`).run(
        crypto.randomUUID(), itemId, kind, ATTACHMENT_KINDS[kind], reason.trim(), sort, new Date().toISOString());
    });
    return this.itemById(caseId, itemId);
  }

  removeAttachment(caseId: string, attachmentId: string, changeReason?: string) {
    const store = this.store(caseId);
    const a = store.db.prepare('SELECT a.*, i.meeting_id, i.item_id FROM meeting_attachments a JOIN meeting_items i USING (item_id) WHERE attachment_id = ?').get(attachmentId) as
      (AttRow & { meeting_id: string }) | undefined;
    if (!a) throw fault('NOT_FOUND', '找不到该附件，可能已被移除。');
    this.change(caseId, a.meeting_id, changeReason, 'meetings.removeAttachment', { itemId: a.item_id, attachmentId, kind: a.kind, fileName: a.file_name }, (s, m) => {
      s.db.prepare('DELETE FROM meeting_attachments WHERE attachment_id = ?').run(attachmentId);
      const item = this.itemsOf(s, m).find((i) => i.itemId === a.item_id)!;
      if (item.gate.length && item.onAgenda) s.db.prepare('UPDATE meeting_items SET on_agenda = 0 WHERE item_id = ?').run(a.item_id);
    });
    return this.itemById(caseId, a.item_id);
  }
}
