import { fault } from '../../shared/api/errors';
import type { OcrStatus } from '../../shared/api/ocr';
import type { ExtractedDocument } from '../../shared/domain/document';
import { OcrPageSchema, type OcrPage } from '../../shared/domain/ocr';
import type { CaseStore } from '../store/caseStore';
import type { DocumentService } from './documents';
import type { OpenCases } from './openCases';
import type { Settings } from './settings';
import { runTask } from './worker';
import { ENGINE_NAME } from '../ocr/engine';

interface Job {
  state: 'running' | 'cancelling' | 'done' | 'cancelled' | 'failed';
  pages: number[];
  done: number;
  current: number | null;
  ms: number;
  message: string | null;
  finished: Promise<void>;
}

const key = (caseId: string, versionId: string) => `${caseId}\u0000${versionId}`;

/**
 * Reads the text of scanned PDF pages (OCR) in the background, page by page, in a worker thread: the UI polls
 * `status` for a progress bar and may `cancel` (it takes effect when the current page is done; pages already read
 * stay stored, and starting again continues with the rest). Each page is stored as soon as it is read, so a crash or
 * a closed case loses at most the page in progress. When a run ends, the version's document model is rebuilt so that
 * search, comparison and the compliance review see the recognised text.
 */
export class OcrService {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly deps: { openCases: OpenCases; settings: Settings; documents: DocumentService }) {}

  private extracted(store: CaseStore, versionId: string): { extracted: ExtractedDocument; fileName: string; format: string } {
    const r = store.db.prepare('SELECT extracted, file_name, format FROM document_versions WHERE version_id = ?').get(versionId) as { extracted: string; file_name: string; format: string } | undefined;
    if (!r) throw fault('NOT_FOUND', '找不到该文件版本，可能已被删除。');
    return { extracted: JSON.parse(r.extracted) as ExtractedDocument, fileName: r.file_name, format: r.format };
  }

  /** Pages without a text layer. Versions imported before this feature have only `needsOcr`: then every page. */
  private scannedPages(e: ExtractedDocument): number[] {
    if (e.scannedPages) return e.scannedPages;
    if (e.needsOcr && e.pageCount) return Array.from({ length: e.pageCount }, (_, i) => i + 1);
    return [];
  }

  private donePages(store: CaseStore, versionId: string): number[] {
    return (store.db.prepare('SELECT page FROM ocr_pages WHERE version_id = ? ORDER BY page').all(versionId) as { page: number }[]).map((r) => r.page);
  }

  status(caseId: string, versionId: string): OcrStatus {
    const store = this.deps.openCases.get(caseId);
    const { extracted } = this.extracted(store, versionId);
    const job = this.jobs.get(key(caseId, versionId));
    const done = this.donePages(store, versionId);
    return {
      versionId,
      state: job?.state ?? (done.length ? 'done' : 'idle'),
      scannedPages: this.scannedPages(extracted),
      donePages: done,
      currentPage: job?.current ?? null,
      runDone: job?.done ?? 0,
      runTotal: job?.pages.length ?? 0,
      secondsPerPage: job && job.done ? Math.round(job.ms / job.done / 100) / 10 : null,
      message: job?.message ?? null,
      engine: ENGINE_NAME,
    };
  }

  /** Starts reading the scanned pages not yet read. Returns at once; the work goes on in the background. */
  start(caseId: string, versionId: string): OcrStatus {
    const store = this.deps.openCases.get(caseId);
    if (store.readonly) throw fault('CASE_READ_ONLY');
    const k = key(caseId, versionId);
    const running = this.jobs.get(k);
    if (running && (running.state === 'running' || running.state === 'cancelling')) throw fault('OCR_BUSY');
    const { extracted, fileName, format } = this.extracted(store, versionId);
    const scanned = format === 'pdf' ? this.scannedPages(extracted) : [];
    if (!scanned.length) throw fault('OCR_NOT_NEEDED');
    const done = new Set(this.donePages(store, versionId));
    const pages = scanned.filter((p) => !done.has(p));
    if (!pages.length) return this.status(caseId, versionId);
    const job: Job = { state: 'running', pages, done: 0, current: null, ms: 0, message: null, finished: Promise.resolve() };
    this.jobs.set(k, job);
    job.finished = this.run(caseId, versionId, fileName, job);
    return this.status(caseId, versionId);
  }

  cancel(caseId: string, versionId: string): OcrStatus {
    const job = this.jobs.get(key(caseId, versionId));
    if (job?.state === 'running') job.state = 'cancelling';
    return this.status(caseId, versionId);
  }

  /** Resolves when the current run (if any) has ended: for the CLI and tests. */
  async settled(caseId: string, versionId: string): Promise<OcrStatus> {
    await this.jobs.get(key(caseId, versionId))?.finished;
    return this.status(caseId, versionId);
  }

  private async run(caseId: string, versionId: string, fileName: string, job: Job): Promise<void> {
    const actor = this.deps.settings.userName();
    try {
      const data = new Uint8Array(this.deps.documents.original(caseId, versionId));
      for (const page of job.pages) {
        if (job.state !== 'running') break;
        job.current = page;
        const started = Date.now();
        const result = await runTask('ocr.page', { data, fileName, page }, { onCrash: { code: 'OCR_FAILED', message: `识别“${fileName}”第 ${page} 页时后台处理意外中止，已识别的页面已保存。请重试；若反复出错，请对照原件阅读该页。` } });
        const store = this.deps.openCases.get(caseId);
        store.tx(() => {
          store.db
            .prepare('INSERT OR REPLACE INTO ocr_pages (version_id, page, result, engine, recognised_at, recognised_by) VALUES (?, ?, ?, ?, ?, ?)')
            .run(versionId, page, JSON.stringify(result), result.engine, new Date().toISOString(), actor);
        });
        job.ms += Date.now() - started;
        job.done++;
      }
      job.current = null;
      const cancelled = job.state === 'cancelling';
      if (job.done) await this.rebuild(caseId, versionId, { action: 'documents.ocr', pages: job.pages.slice(0, job.done), cancelled });
      job.state = cancelled ? 'cancelled' : 'done';
    } catch (e) {
      job.current = null;
      job.state = 'failed';
      job.message = (e as { code?: string }).code === 'CASE_NOT_OPEN' ? '案卷已关闭，识别已停止；已识别的页面已保存，重新打开案卷后可继续识别。' : e instanceof Error ? e.message : String(e);
      // What was read before the failure still becomes searchable.
      if (job.done && this.deps.openCases.has(caseId)) await this.rebuild(caseId, versionId, { action: 'documents.ocr', pages: job.pages.slice(0, job.done), failed: true }).catch(() => undefined);
    }
  }

  /** Rebuilds the version's document model from its text layer, the recognised pages and the corrections (in a worker), then stores it. */
  private async rebuild(caseId: string, versionId: string, audit: { action: string } & Record<string, unknown>): Promise<void> {
    const store = this.deps.openCases.get(caseId);
    const { fileName } = this.extracted(store, versionId);
    const pages = (store.db.prepare('SELECT result FROM ocr_pages WHERE version_id = ? ORDER BY page').all(versionId) as { result: string }[]).map((r) => OcrPageSchema.parse(JSON.parse(r.result)));
    const corrections = store.db.prepare('SELECT page, line, text FROM ocr_corrections WHERE version_id = ?').all(versionId) as { page: number; line: number; text: string }[];
    const data = new Uint8Array(this.deps.documents.original(caseId, versionId));
    const extracted = await runTask('ocr.rebuild', { data, fileName, pages, corrections });
    const { action, ...details } = audit;
    store.tx(() => {
      const stats = {
        headings: extracted.blocks.filter((b) => b.kind === 'heading').length,
        paragraphs: extracted.blocks.filter((b) => b.kind === 'paragraph').length,
        tables: extracted.blocks.filter((b) => b.kind === 'table').length,
        warnings: extracted.warnings,
      };
      store.db
        .prepare('UPDATE document_versions SET extracted = ?, stats = ?, needs_ocr = ? WHERE version_id = ?')
        .run(JSON.stringify(extracted), JSON.stringify(stats), extracted.needsOcr ? 1 : 0, versionId);
      store.audit(this.deps.settings.userName(), action, { versionId, ...details, engine: ENGINE_NAME, ocrPages: extracted.ocr?.pages ?? [], lowConfidenceLines: extracted.ocr?.lowConfidenceLines ?? 0 });
    });
  }

  page(caseId: string, versionId: string, page: number) {
    const store = this.deps.openCases.get(caseId);
    this.extracted(store, versionId);
    const r = store.db.prepare('SELECT result FROM ocr_pages WHERE version_id = ? AND page = ?').get(versionId, page) as { result: string } | undefined;
    const rows = store.db
      .prepare('SELECT line, text, original, corrected_by, corrected_at FROM ocr_corrections WHERE version_id = ? AND page = ? ORDER BY line')
      .all(versionId, page) as { line: number; text: string; original: string; corrected_by: string; corrected_at: string }[];
    let result: OcrPage | null = r ? OcrPageSchema.parse(JSON.parse(r.result)) : null;
    if (result) {
      const lines = [...result.lines];
      for (const c of rows) if (lines[c.line]) lines[c.line] = { ...lines[c.line], text: c.text, cells: c.text.split(/\u3000\u3000/), confidence: 1 };
      result = { ...result, lines };
    }
    return { page: result, corrections: rows.map((c) => ({ line: c.line, original: c.original, correctedBy: c.corrected_by, correctedAt: c.corrected_at })) };
  }

  /** Stores a user's correction of one recognised line (the recognised text is kept), audits it and rebuilds the document. */
  async correct(caseId: string, versionId: string, page: number, line: number, text: string): Promise<{ ok: true }> {
    const store = this.deps.openCases.get(caseId);
    if (store.readonly) throw fault('CASE_READ_ONLY');
    const job = this.jobs.get(key(caseId, versionId));
    if (job && (job.state === 'running' || job.state === 'cancelling')) throw fault('OCR_BUSY');
    const r = store.db.prepare('SELECT result FROM ocr_pages WHERE version_id = ? AND page = ?').get(versionId, page) as { result: string } | undefined;
    if (!r) throw fault('NOT_FOUND', `第 ${page} 页尚未识别文字，无法更正。`);
    const result = OcrPageSchema.parse(JSON.parse(r.result));
    const before = result.lines[line];
    if (!before) throw fault('NOT_FOUND', '找不到要更正的行，页面可能已重新识别。请刷新后重试。');
    const { correctedLine } = await import('../ocr/tasks');
    const after = correctedLine(before, text);
    const actor = this.deps.settings.userName();
    store.tx(() => {
      store.db
        .prepare(`INSERT INTO ocr_corrections (version_id, page, line, text, original, corrected_at, corrected_by) VALUES (?, ?, ?, ?, ?, ?, ?)
                  ON CONFLICT (version_id, page, line) DO UPDATE SET text = excluded.text, corrected_at = excluded.corrected_at, corrected_by = excluded.corrected_by`)
        .run(versionId, page, line, after.text, before.text, new Date().toISOString(), actor);
    });
    await this.rebuild(caseId, versionId, { action: 'documents.ocrCorrect', page, line, original: before.text, text: after.text });
    return { ok: true };
  }
}
