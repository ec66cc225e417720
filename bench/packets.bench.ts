import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { PDFDocument } from 'pdf-lib';
import type { Bench } from './run';
import { hasTool, medianMs } from './util';
import { testApp } from '../test/helpers/services';
import { seedMeeting } from '../test/fixtures/meetings/make';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', 'templates');

/**
 * A packet of about 300 pages: 10 items, 2 merged PDFs each (20 PDFs of 13 pages), plus the generated cover, TOC,
 * agenda, 审批表, 说明 and ballots; then 15 numbered copies of it. Merging alone is compared with
 * `qpdf --empty --pages … --` on the same 20 files.
 */
const bench: Bench = async (report) => {
  const app = testApp();
  try {
    const { caseId } = await app.newCase();
    const members = ['王局长', '李副局长', '赵副局长', '钱副局长', '孙副局长', '周组长', '吴书记'];
    const meetingId = await seedMeeting(app.call, caseId, app.dir, { items: 10, attachmentsPerItem: 2, pagesPerAttachment: 13, members });
    const svc = app.services.meetings;

    let pages = 0;
    let pdf: Uint8Array = new Uint8Array();
    const build = await medianMs(async () => {
      const b = await svc.packetPdf(caseId, meetingId);
      pages = b.pageCount;
      pdf = b.pdf;
    }, 3);
    report({ name: 'packet.build', value: build, unit: 'ms', pages, mergedPdfs: 20, items: 10, note: 'in the worker thread (main/services/worker.ts keeps one idle worker, so fonts stay loaded between runs): generate cover/TOC/agenda/审批表/说明/ballots, merge 20 PDFs, stamp page numbers, bookmarks; median of 3' });
    process.env.REVIEW_DESK_NO_WORKER = '1';
    const warm = await medianMs(() => svc.packetPdf(caseId, meetingId), 3);
    delete process.env.REVIEW_DESK_NO_WORKER;
    report({ name: 'packet.buildInProcessWarm', value: warm, unit: 'ms', pages, note: 'the same composition in-process with fonts already loaded: the layout and merge cost alone' });

    const recipients = Array.from({ length: 15 }, (_, i) => `领取人${i + 1}`);
    const copies = await medianMs(async () => {
      const r = await app.call('meetings.buildPacket', { caseId, meetingId, recipients });
      if (r.copies.length !== 15) throw new Error('copies');
    }, 1);
    report({ name: 'packet.buildWith15Copies', value: copies, unit: 'ms', pages, note: 'packet + 15 numbered copies (份号, watermark on every page) + register, through the contract; median of 1 after warm-up' });
    report({ name: 'packet.perCopy', value: (copies - build) / 15, unit: 'ms', pages, note: '(buildWith15Copies − build) / 15' });
    report({ name: 'packet.bytes', value: pdf.byteLength / 1024, unit: 'KiB', pages });

    // Merging alone: pdf-lib (what the app does) vs qpdf on the same 20 files.
    const files = fs.readdirSync(app.dir).filter((f) => /^seed-\d+-\d+\.pdf$/.test(f)).sort().map((f) => path.join(app.dir, f));
    const mergeLib = await medianMs(async () => {
      const out = await PDFDocument.create();
      for (const f of files) {
        const src = await PDFDocument.load(fs.readFileSync(f));
        for (const p of await out.copyPages(src, src.getPageIndices())) out.addPage(p);
      }
      await out.save();
    }, 5);
    report({ name: 'merge.pdfLib', value: mergeLib, unit: 'ms', files: files.length, pages: files.length * 13 });
    if (hasTool('qpdf')) {
      const target = path.join(app.dir, 'qpdf-merged.pdf');
      const mergeQpdf = await medianMs(() => execFileSync('qpdf', ['--empty', '--pages', ...files, '--', target]), 5);
      report({ name: 'merge.qpdf', value: mergeQpdf, unit: 'ms', files: files.length, pages: files.length * 13, note: 'qpdf --empty --pages … -- (process start included)' });
      report({ name: 'merge.pdfLibVsQpdf', value: mergeLib / mergeQpdf, unit: 'ratio', note: '>1 means pdf-lib is slower' });
    } else {
      report({ name: 'merge.qpdf', value: NaN, unit: 'ms', skipped: 'qpdf not installed (apt-get install qpdf)' });
    }
  } finally {
    app.cleanup();
  }
};
export default bench;
