import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { renderDocument } from '../../main/docs/render';
import { coverDoc, minutesDoc, recordDoc, registerDoc } from '../../main/services/meetings/papers';
import type { Item, Meeting, MeetingRecord } from '../../shared/domain/meeting';
import type { PrintDoc } from '../../shared/memo/model';
import { testAppPerTest } from '../helpers/appPerTest';
import { output, run } from '../helpers/run';
import { noneFor, selectionCase } from '../helpers/selectionCase';
import { tempDir } from '../helpers/tmp';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', 'templates');
const templatesDir = path.resolve('templates');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** The lines of page 1 above `stop`, as pdftotext reads the printed PDF back. */
async function printedTitle(file: string, stop: RegExp): Promise<string[]> {
  const lines = (await output('pdftotext', ['-layout', '-f', '1', '-l', '1', file, '-'])).split('\n').map((l) => l.trim()).filter(Boolean);
  const end = lines.findIndex((l) => stop.test(l));
  return lines.slice(0, end < 0 ? lines.length : end).filter((l) => !/^(内部|非最终结果|会后收回)/.test(l));
}

/** No line break falls between a number and its 第 or unit, nor inside a number. */
const numbersWhole = (lines: string[]) => lines.slice(1).every((l, i) => !(/[0-9第]$/.test(lines[i]) && /^[0-9年月日次届期号]/.test(l)));

// Walk 21: "…服务局2026 / 年第5次党组会议会议材料" on the packet cover, the numbered copies and the meeting record.
describe('meeting papers print their titles with numbers whole', () => {
  const meeting = { meetingId: 'm', name: '市数据和政务服务局2026年第5次党组会议', kind: 'party_group', date: '2026-12-04', place: '局机关三楼第一会议室', chair: '马志远', members: ['马志远'], attendees: [], recorder: '刘秘书', secrecy: 'internal', explanationLimit: 1500, status: 'held', version: 1 } as unknown as Meeting;
  const record = { startedAt: '', present: ['马志远'], absent: [], attending: [], items: [] } as unknown as MeetingRecord;
  // A 纪要 records the 议题 it studied: one is needed to print one at all.
  const items = [{ itemId: 'i', approval: { title: '关于实施方案的议题', proposingUnit: '市数据局' } }] as unknown as Item[];
  const papers: [string, PrintDoc, RegExp][] = [
    ['cover', coverDoc(meeting, []), /^（党组会/],
    ['record', recordDoc(meeting, [], record), /^时间/],
    ['minutes', minutesDoc(meeting, items, record, meeting.name), /\d+月\d+日$/],
    ['register', registerDoc(meeting, []), /^市数据和政务服务局2026年第5次党组会议（/],
  ];
  for (const [name, doc, stop] of papers) {
    it(`${name}: PDF and DOCX`, async () => {
      const file = path.join(tmp.dir, `${name}.pdf`);
      fs.writeFileSync(file, await renderDocument({ format: 'pdf', templatesDir, doc }));
      fs.mkdirSync('test-results/meetings', { recursive: true });
      expect((await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, `test-results/meetings/title-${name}`])).code).toBe(0);
      const title = name === 'minutes' ? doc.masthead!.mark : doc.title.replace('\n', '');
      const lines = (await printedTitle(file, stop)).filter((l) => !/^（/.test(l));
      expect(lines.join('')).toBe(title);
      expect(numbersWhole(lines), lines.join(' / ')).toBe(true);
      if (title.includes('2026年第5次')) expect(lines.some((l) => l.includes('2026年第5次')), lines.join(' / ')).toBe(true);
      // The DOCX breaks the title at the same kind of place (each line a run after a <w:br/>).
      const docx = Buffer.from(await renderDocument({ format: 'docx', templatesDir, doc }));
      const raw = (await mammoth.extractRawText({ buffer: docx })).value.split('\n').map((l) => l.trim()).filter(Boolean);
      const docxLines = raw.slice(0, raw.findIndex((l) => l.endsWith(title.slice(-4))) + 1).filter((l) => !/^(内部|会后收回)/.test(l));
      expect(docxLines.join(''), docxLines.join(' / ')).toContain(title);
      expect(numbersWhole(docxLines), docxLines.join(' / ')).toBe(true);
    }, 60_000);
  }
});

// Walk 21: "《温州市公共数据授权运营机构 / 遴选评审》评审结果汇总表": the name split though it fits on one line.
describe('selection papers keep the 《case title》 whole when it fits on a line', () => {
  const app = testAppPerTest();
  it('the 评审结果汇总表 and the 评审报告', async () => {
    const { caseId, members, scheme, applicants } = await selectionCase(app, { title: '温州市公共数据授权运营机构遴选评审' });
    const sheet = Object.fromEntries(applicants.map((a) => [a.applicantId, Object.fromEntries(scheme.criteria.map((c) => [c.id, c.max * 0.8]))]));
    for (const m of members) {
      await app.call('selection.declare', { caseId, memberId: m.memberId, declarations: noneFor(applicants) });
      await app.call('selection.saveScores', { caseId, memberId: m.memberId, scores: sheet });
      await app.call('selection.submit', { caseId, memberId: m.memberId });
    }
    const results = path.join(app.dir, 'results.pdf');
    fs.writeFileSync(results, app.services.files.getOutput((await app.call('selection.resultsPdf', { caseId })).outputId).data);
    expect(await printedTitle(results, /^一、/)).toEqual(['《温州市公共数据授权运营机构遴选评审》', '评审结果汇总表']);
    const memo = await app.call('memos.generate', { caseId, type: 'selection_report' });
    const report = path.join(app.dir, 'report.pdf');
    fs.writeFileSync(report, app.services.files.getOutput((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })).outputId).data);
    const lines = await printedTitle(report, /^一、/);
    expect(lines.length, lines.join(' / ')).toBe(2);
    expect(lines[0], lines.join(' / ')).toMatch(/^《温州市公共数据授权运营机构遴选(评审)?》$/);
  }, 120_000);
});
