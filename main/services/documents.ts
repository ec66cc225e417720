import crypto from 'node:crypto';
import path from 'node:path';
import { fault } from '../../shared/api/errors';
import type { FileRef, OutputRef } from '../../shared/api/files';
import type { DocumentSummary, DocumentVersion, SearchHit } from '../../shared/api/documents';
import { compareDocuments } from '../../shared/document/compare';
import { DOCUMENT_ROLES, blockText, type DocumentRole, type ExtractedDocument } from '../../shared/domain/document';
import type { CaseStore } from '../store/caseStore';
import type { FileStaging } from './files';
import type { OpenCases } from './openCases';
import type { Settings } from './settings';
import { runTask } from './worker';
import type { JobControl } from './jobs';
import { neutralizeName } from '../../shared/fileName';
import { revisionVerdict } from '../../shared/document/titleSimilarity';
import { removeDocument } from './documentRemoval';

const rank = { revision: 2, unsure: 1, different: 0 } as const;

type DocRow = { document_id: string; role: string; bidder: string; title: string; created_at: string };
type VerRow = {
  version_id: string; document_id: string; version: number; file_name: string; format: string; size: number; sha256: string;
  page_count: number | null; needs_ocr: number; note: string; imported_at: string; imported_by: string; stats: string;
};
type Stats = { headings: number; paragraphs: number; tables: number; warnings: string[] };

const VER_COLS = 'version_id, document_id, version, file_name, format, size, sha256, page_count, needs_ocr, note, imported_at, imported_by, stats';

const toVersion = (r: VerRow): DocumentVersion => {
  const s = JSON.parse(r.stats) as Stats;
  return {
    versionId: r.version_id, documentId: r.document_id, version: r.version, fileName: neutralizeName(r.file_name), format: r.format as DocumentVersion['format'],
    size: r.size, sha256: r.sha256, pageCount: r.page_count, needsOcr: r.needs_ocr === 1, note: r.note, importedAt: r.imported_at,
    importedBy: r.imported_by, headings: s.headings, paragraphs: s.paragraphs, tables: s.tables, warnings: s.warnings,
  };
};

const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  txt: 'text/plain',
  md: 'text/markdown',
};

type CorrectionRow = { version_id: string; title: string; body_start: number; reason: string; corrected_at: string; corrected_by: string };

/** The document as the user corrected it (title, where it starts); the detected values are kept in `correction.detected`. */
function withCorrection(doc: ExtractedDocument, c: CorrectionRow | undefined): ExtractedDocument {
  if (!c) return doc;
  const bodyStart = Math.min(c.body_start, Math.max(0, doc.blocks.length - 1));
  return {
    ...doc,
    title: c.title,
    bodyStart,
    titleBlockId: doc.blocks[bodyStart]?.id,
    correction: { by: c.corrected_by, at: c.corrected_at, detected: { title: doc.title, bodyStart: doc.bodyStart ?? 0 } },
  };
}

/** What other modules get from `latest`: the current version of a document, extraction included. */
export interface LatestDocument {
  documentId: string;
  versionId: string;
  version: number;
  extracted: ExtractedDocument;
  fileName: string;
  sha256: string;
}

/**
 * The case's documents: import (extraction in a worker, then one transaction), versions, reading, search, comparison
 * and export of the original. Review, scoring and packets read documents through `list`, `latest` and `original`;
 * keep those three stable.
 */
export class DocumentService {
  constructor(private readonly deps: { openCases: OpenCases; settings: Settings; files: FileStaging }) {}

  list(caseId: string): DocumentSummary[] {
    const store = this.deps.openCases.get(caseId);
    const docs = store.db.prepare('SELECT * FROM documents ORDER BY created_at, rowid').all() as DocRow[];
    const vers = store.db.prepare(`SELECT ${VER_COLS} FROM document_versions ORDER BY document_id, version`).all() as VerRow[];
    return docs.map((d) => ({
      documentId: d.document_id, role: d.role as DocumentRole, bidder: d.bidder, title: d.title, createdAt: d.created_at,
      versions: vers.filter((v) => v.document_id === d.document_id).map(toVersion),
    }));
  }

  private summary(caseId: string, documentId: string): DocumentSummary {
    const d = this.list(caseId).find((x) => x.documentId === documentId);
    if (!d) throw fault('NOT_FOUND', '找不到该文件，可能已被删除。');
    return d;
  }

  /** Documents a file of this role (and bidder) could be a new version of, and the one a UI should offer first. */
  candidates(caseId: string, role: DocumentRole, bidder = ''): { documents: DocumentSummary[]; suggested: string | null } {
    const b = role === 'bid' ? bidder.trim() : '';
    const documents = this.list(caseId).filter((d) => d.role === role && (role !== 'bid' || d.bidder === b));
    // Several attachments (其他附件) are separate documents by nature; a plan, an agreement or one bidder's bid is one.
    const suggested = role !== 'other' && documents.length === 1 ? documents[0].documentId : null;
    return { documents, suggested };
  }

  /**
   * What "auto" imports a file as: a new version of the document of the same role (and bidder) whose effective title
   * is close to the file's (bigram Dice ≥ 0.8), a new document when none is close, and a question to the user
   * (DOC_REVISION_UNSURE) in between. Equal titles alone would miss "（修订稿）"; a shared role alone made another
   * city's plan "第 2 版" of the first.
   */
  private revisionOf(caseId: string, role: DocumentRole, bidder: string, title: string, fileName: string, whenUnsure: 'ask' | 'new'): string | null {
    const scored = this.candidates(caseId, role, bidder).documents
      .map((d) => {
        const t = this.effectiveTitle(caseId, d.documentId);
        return { d, title: t, ...revisionVerdict(title, t) };
      })
      .sort((a, b) => rank[b.verdict] - rank[a.verdict] || b.similarity - a.similarity);
    const best = scored[0];
    if (!best || best.verdict === 'different') return null;
    if (best.verdict === 'revision') return best.d.documentId;
    if (whenUnsure === 'new') return null;
    throw fault(
      'DOC_REVISION_UNSURE',
      `“${fileName}”的标题《${title}》与案卷中已有的《${best.title}》相近（相似度 ${Math.round(best.similarity * 100)}%），无法确定是它的修订版还是另一份文件，未导入。请在“导入为”中选择“新文件”或“《${best.title}》的新版本”后再导入。`,
    );
  }

  /** The current version of the newest document of a role (and bidder), or null. */
  latest(caseId: string, role: DocumentRole, bidder?: string): LatestDocument | null {
    return this.versionWhere(caseId, 'd.role = ? AND (? IS NULL OR d.bidder = ?)', [role, bidder ?? null, bidder ?? null]);
  }

  /** One version, in the shape `latest` gives. */
  version(caseId: string, versionId: string): LatestDocument | null {
    return this.versionWhere(caseId, 'v.version_id = ?', [versionId]);
  }

  private versionWhere(caseId: string, where: string, params: (string | null)[]): LatestDocument | null {
    const store = this.deps.openCases.get(caseId);
    const r = store.db
      .prepare(
        `SELECT v.document_id, v.version_id, v.version, v.extracted, v.file_name, v.sha256 FROM document_versions v JOIN documents d USING (document_id)
         WHERE ${where} ORDER BY d.created_at DESC, d.rowid DESC, v.version DESC LIMIT 1`,
      )
      .get(...params) as { document_id: string; version_id: string; version: number; extracted: string; file_name: string; sha256: string } | undefined;
    if (!r) return null;
    const extracted = withCorrection(JSON.parse(r.extracted) as ExtractedDocument, this.correctionRow(store, r.version_id));
    return { documentId: r.document_id, versionId: r.version_id, version: r.version, extracted, fileName: neutralizeName(r.file_name), sha256: r.sha256 };
  }

  private correctionRow(store: CaseStore, versionId: string): CorrectionRow | undefined {
    return store.db.prepare('SELECT * FROM document_corrections WHERE version_id = ?').get(versionId) as CorrectionRow | undefined;
  }

  /**
   * The title every module shows for a document (reader, review, memos, packets): the user's correction of its
   * current version if there is one, else what was found in the text.
   */
  effectiveTitle(caseId: string, documentId: string): string {
    const d = this.summary(caseId, documentId);
    const current = d.versions[d.versions.length - 1];
    return current ? this.get(caseId, current.versionId).extracted.title : d.title;
  }

  /**
   * Corrects what was read wrong in a version: its title, where the document itself starts (what is above is the
   * wrapper, never evidence) and the document's role. Kept beside the extraction, audited; the review reads it next run.
   */
  correct(caseId: string, req: { versionId: string; title: string; bodyStart: number; role?: DocumentRole; reason: string }) {
    const store = this.deps.openCases.get(caseId);
    if (store.readonly) throw fault('CASE_READ_ONLY');
    const v = this.versionRow(store, req.versionId);
    const { extracted } = store.db.prepare('SELECT extracted FROM document_versions WHERE version_id = ?').get(req.versionId) as { extracted: string };
    const doc = JSON.parse(extracted) as ExtractedDocument;
    const title = req.title.trim();
    if (!title) throw fault('BAD_REQUEST', '标题不能为空。请填写文件自己的标题（如“某市公共数据授权运营实施方案”）。');
    if (req.bodyStart < 0 || (doc.blocks.length > 0 && req.bodyStart >= doc.blocks.length)) {
      throw fault('BAD_REQUEST', `正文起点超出范围：该文件共 ${doc.blocks.length} 段，请在阅读器中点选正文的第一段（通常是文件标题）。`);
    }
    const actor = this.deps.settings.userName();
    const at = new Date().toISOString();
    store.tx(() => {
      store.db
        .prepare(
          `INSERT INTO document_corrections (version_id, title, body_start, reason, corrected_at, corrected_by) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (version_id) DO UPDATE SET title = excluded.title, body_start = excluded.body_start, reason = excluded.reason, corrected_at = excluded.corrected_at, corrected_by = excluded.corrected_by`,
        )
        .run(req.versionId, title, req.bodyStart, req.reason.trim(), at, actor);
      const latest = store.db.prepare('SELECT version_id FROM document_versions WHERE document_id = ? ORDER BY version DESC LIMIT 1').get(v.document_id) as { version_id: string };
      if (latest.version_id === req.versionId) store.db.prepare('UPDATE documents SET title = ? WHERE document_id = ?').run(title.slice(0, 200), v.document_id);
      if (req.role) store.db.prepare('UPDATE documents SET role = ? WHERE document_id = ?').run(req.role, v.document_id);
      store.audit(actor, 'documents.correct', {
        documentId: v.document_id, versionId: req.versionId, title, bodyStart: req.bodyStart, role: req.role ?? null, reason: req.reason.trim(),
        detected: { title: doc.title, bodyStart: doc.bodyStart ?? 0 },
      });
    });
    return this.get(caseId, req.versionId);
  }

  /** The original bytes of a version, checked against its SHA-256. */
  original(caseId: string, versionId: string): Buffer {
    const store = this.deps.openCases.get(caseId);
    const v = this.versionRow(store, versionId);
    const buf = store.getBlob(v.sha256);
    if (crypto.createHash('sha256').update(buf).digest('hex') !== v.sha256) {
      throw fault('CASE_DAMAGED', '案卷中该文件的内容校验不一致（SHA-256 不符），文件可能已损坏。请使用案卷备份。');
    }
    return buf;
  }

  get(caseId: string, versionId: string) {
    const store = this.deps.openCases.get(caseId);
    const v = this.versionRow(store, versionId);
    const { extracted } = store.db.prepare('SELECT extracted FROM document_versions WHERE version_id = ?').get(versionId) as { extracted: string };
    return { document: this.summary(caseId, v.document_id), version: toVersion(v), extracted: withCorrection(JSON.parse(extracted) as ExtractedDocument, this.correctionRow(store, versionId)) };
  }

  private versionRow(store: CaseStore, versionId: string): VerRow {
    const v = store.db.prepare(`SELECT ${VER_COLS} FROM document_versions WHERE version_id = ?`).get(versionId) as VerRow | undefined;
    if (!v) throw fault('NOT_FOUND', '找不到该文件版本，可能已被删除。');
    return v;
  }

  /**
   * Imports one file: extraction first (in a worker; bad input is refused here, before the case is touched), then
   * the original, the extraction and the version row in one transaction with its audit entry.
   */
  async import(
    caseId: string,
    req: {
      file: FileRef; role: DocumentRole; bidder?: string; target: 'auto' | 'new' | { documentId: string }; note: string;
      /** Where no one can be asked (a file picked for review), a doubtful revision goes in as a new document. */
      whenUnsure?: 'ask' | 'new';
    },
    /** Progress and cancel (jobs.status / jobs.cancel): a cancelled import leaves the case untouched. */
    job?: JobControl,
  ): Promise<{ document: DocumentSummary; version: DocumentVersion; isNewDocument: boolean }> {
    const store = this.deps.openCases.get(caseId);
    if (store.readonly) throw fault('CASE_READ_ONLY');
    const bidder = req.role === 'bid' ? (req.bidder ?? '').trim() : '';
    if (req.role === 'bid' && !bidder && typeof req.target !== 'object') throw fault('DOC_BIDDER_REQUIRED');
    const file = this.deps.files.resolve(req.file);
    try {
      const fileName = path.basename(file.name);
      job?.progress({ step: `读取“${fileName}”`, done: 0, total: 0 });
      const extracted = await runTask('documents.extract', { file: file.path, fileName }, {
        signal: job?.signal,
        onProgress: job && ((p) => job.progress(p)),
        onCrash: { code: 'DOC_EXTRACT_FAILED', message: `读取“${fileName}”时占用内存过大或意外中止（文件可能异常），未导入。请用 Word、WPS 或 PDF 阅读器打开确认后另存再导入；案卷未作改动。` },
      });
      const stats: Stats = {
        headings: extracted.blocks.filter((b) => b.kind === 'heading').length,
        paragraphs: extracted.blocks.filter((b) => b.kind === 'paragraph').length,
        tables: extracted.blocks.filter((b) => b.kind === 'table').length,
        warnings: extracted.warnings,
      };
      const actor = this.deps.settings.userName();
      const at = new Date().toISOString();
      const versionId = crypto.randomUUID();
      let isNewDocument = false;
      // Last point of cancel: the transaction below runs whole (synchronously) or not at all.
      job?.commit(`保存“${fileName}”到案卷`);
      const documentId = store.tx(() => {
        let documentId: string | null = null;
        if (typeof req.target === 'object') {
          const d = store.db.prepare('SELECT * FROM documents WHERE document_id = ?').get(req.target.documentId) as DocRow | undefined;
          if (!d) throw fault('NOT_FOUND', '要添加新版本的文件不存在，可能已被删除。请刷新后重试。');
          if (d.role !== req.role) {
            throw fault('CONFLICT', `所选文件是“${DOCUMENT_ROLES[d.role as DocumentRole]}”，与本次选择的类别“${DOCUMENT_ROLES[req.role]}”不一致。请改选类别，或作为新文件导入。`);
          }
          documentId = d.document_id;
        } else if (req.target === 'auto') {
          documentId = this.revisionOf(caseId, req.role, bidder, extracted.title, fileName, req.whenUnsure ?? 'ask');
        }
        if (documentId) {
          const last = store.db.prepare('SELECT version_id, version, sha256 FROM document_versions WHERE document_id = ? ORDER BY version DESC LIMIT 1').get(documentId) as { version_id: string; version: number; sha256: string } | undefined;
          const blob = store.putBlobFromFile(file.path);
          if (last && last.sha256 === blob.sha256) {
            // details.sameAsVersionId: the version already in the case (合规审查 reviews it instead of refusing).
            throw fault('CONFLICT', `“${fileName}”与该文件现有的第 ${last.version} 版内容完全相同（SHA-256 一致），未重复导入；案卷中的第 ${last.version} 版即是该文件，无需再导入。`, { sameAsVersionId: last.version_id });
          }
          this.insertVersion(store, { versionId, documentId, version: (last?.version ?? 0) + 1, fileName, blob, extracted, stats, note: req.note, at, actor });
        } else {
          documentId = crypto.randomUUID();
          isNewDocument = true;
          store.db
            .prepare('INSERT INTO documents (document_id, role, bidder, title, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)')
            .run(documentId, req.role, bidder, extracted.title.slice(0, 200), at, actor);
          const blob = store.putBlobFromFile(file.path);
          this.insertVersion(store, { versionId, documentId, version: 1, fileName, blob, extracted, stats, note: req.note, at, actor });
        }
        const v = store.db.prepare('SELECT version, sha256, size FROM document_versions WHERE version_id = ?').get(versionId) as { version: number; sha256: string; size: number };
        store.audit(actor, 'documents.import', {
          documentId, versionId, version: v.version, role: req.role, bidder, fileName, sha256: v.sha256, size: v.size, format: extracted.format, needsOcr: extracted.needsOcr,
        });
        return documentId;
      });
      const document = this.summary(caseId, documentId);
      return { document, version: document.versions.find((x) => x.versionId === versionId)!, isNewDocument };
    } finally {
      file.release();
    }
  }

  private insertVersion(
    store: CaseStore,
    v: { versionId: string; documentId: string; version: number; fileName: string; blob: { sha256: string; size: number }; extracted: ExtractedDocument; stats: Stats; note: string; at: string; actor: string },
  ) {
    store.db
      .prepare(`INSERT INTO document_versions (${VER_COLS}, extracted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(
        v.versionId, v.documentId, v.version, v.fileName, v.extracted.format, v.blob.size, v.blob.sha256, v.extracted.pageCount ?? null,
        v.extracted.needsOcr ? 1 : 0, v.note, v.at, v.actor, JSON.stringify(v.stats), JSON.stringify(v.extracted),
      );
  }

  /** Removes a document and its versions, audited with the reason; refused once a review of it has a signed memo. */
  remove(caseId: string, req: { documentId: string; reason: string }): { blobsDeleted: number } {
    return removeDocument(this.deps.openCases.get(caseId), this.deps.settings.userName(), req.documentId, req.reason);
  }

  exportOriginal(caseId: string, versionId: string): OutputRef {
    const store = this.deps.openCases.get(caseId);
    const v = this.versionRow(store, versionId);
    const ref = this.deps.files.addOutput(v.file_name, MIME[v.format] ?? 'application/octet-stream', this.original(caseId, versionId));
    if (ref.sha256 !== v.sha256) throw fault('CASE_DAMAGED');
    return ref;
  }

  originalBase64(caseId: string, versionId: string) {
    const store = this.deps.openCases.get(caseId);
    const v = this.versionRow(store, versionId);
    const buf = this.original(caseId, versionId);
    return { fileName: neutralizeName(v.file_name), sha256: v.sha256, size: v.size, base64: buf.toString('base64') };
  }

  /** Finds text in the current version of every document (or every version), case-insensitively. */
  search(caseId: string, query: string, allVersions = false, limit = 200): { hits: SearchHit[]; truncated: boolean } {
    const store = this.deps.openCases.get(caseId);
    const q = query.trim().toLowerCase();
    const rows = store.db
      .prepare(
        `SELECT d.document_id, d.role, d.bidder, d.title, v.version_id, v.version, v.extracted FROM document_versions v JOIN documents d USING (document_id)
         WHERE ? OR v.version = (SELECT max(version) FROM document_versions x WHERE x.document_id = v.document_id)
         ORDER BY d.created_at, d.rowid, v.version`,
      )
      .all(allVersions ? 1 : 0) as { document_id: string; role: string; bidder: string; title: string; version_id: string; version: number; extracted: string }[];
    const hits: SearchHit[] = [];
    for (const r of rows) {
      // eslint-disable-next-line no-control-regex -- JSON escapes these, so the raw text cannot be matched in the JSON
      if (!/["\\\u0000-\u001f]/.test(q) && !r.extracted.toLowerCase().includes(q)) continue; // cheap skip before parsing
      const doc = JSON.parse(r.extracted) as ExtractedDocument;
      for (const b of doc.blocks) {
        const text = blockText(b).replace(/\s+/g, ' ');
        const lower = text.toLowerCase();
        for (let at = lower.indexOf(q); at >= 0; at = lower.indexOf(q, at + q.length)) {
          if (hits.length >= limit) return { hits, truncated: true };
          const from = Math.max(0, at - 30);
          hits.push({
            documentId: r.document_id, versionId: r.version_id, version: r.version, role: r.role as DocumentRole, bidder: r.bidder, title: r.title,
            blockId: b.id, label: b.location.label, page: b.location.page ?? null,
            snippet: (from > 0 ? '…' : '') + text.slice(from, at + q.length + 30) + (at + q.length + 30 < text.length ? '…' : ''),
            matchStart: at - from + (from > 0 ? 1 : 0), matchLength: q.length,
          });
        }
      }
    }
    return { hits, truncated: false };
  }

  compare(caseId: string, beforeVersionId: string, afterVersionId: string) {
    const a = this.get(caseId, beforeVersionId);
    const b = this.get(caseId, afterVersionId);
    return { before: a.version, after: b.version, diff: compareDocuments(a.extracted, b.extracted) };
  }
}
