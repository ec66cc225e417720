import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { loadFonts } from '../../main/docs/fonts';
import { renderDocx } from '../../main/docs/renderDocx';
import { docxToPdf, docxToPrintDoc } from '../../main/services/meetings/attachments';
import { renderStandalonePdf } from '../../main/services/meetings/paper';
import { registerDoc } from '../../main/services/meetings/papers';
import { chineseDate, chineseDateTime } from '../../shared/memo/model';
import type { Meeting, PacketCopy } from '../../shared/domain/meeting';
import { testApp } from '../helpers/services';
import { seedMeeting } from '../fixtures/meetings/make';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', 'templates');

/** Brief s23: four glitches seen on the printed pages, each checked on the output read back. */
const app = testApp();
afterAll(() => app.cleanup());
const save = (outputId: string, name: string) => {
  const f = path.join(app.dir, name);
  fs.writeFileSync(f, app.services.files.getOutput(outputId).data);
  if (process.env.MEETINGS_KEEP) fs.copyFileSync(f, path.join(process.env.MEETINGS_KEEP, name));
  return f;
};
const pdfText = (file: string, ...args: string[]) => execFileSync('pdftotext', [...args, file, '-']).toString();

describe('纪要: the matters the meeting studied', () => {
  it('refuses a 纪要 of a meeting with no 议题 on its agenda, before asking for the record', async () => {
    const { caseId } = await app.newCase();
    const meetingId = await seedMeeting(app.call, caseId, app.dir, { items: 0 });
    const render = () => app.call('meetings.renderAfter', { caseId, meetingId, which: 'minutes', format: 'pdf' });
    await expect(render()).rejects.toMatchObject({ code: 'MEETING_EMPTY_AGENDA', message: expect.stringContaining('没有列入议程的议题') });
    await app.call('meetings.saveRecord', { caseId, meetingId, record: { startedAt: '', present: ['王局长', '李副局长', '赵副局长'], absent: [], attending: [], items: [] } });
    await expect(render()).rejects.toMatchObject({ code: 'MEETING_EMPTY_AGENDA' });
  });

  it('names the items it studied in its opening sentence', async () => {
    const { caseId } = await app.newCase();
    const members = ['王局长', '李副局长', '赵副局长'];
    const meetingId = await seedMeeting(app.call, caseId, app.dir, { items: 2, members });
    const { items } = await app.call('meetings.get', { caseId, meetingId });
    await app.call('meetings.saveRecord', { caseId, meetingId, record: {
      startedAt: '', present: members, absent: [], attending: [],
      items: items.map((it) => ({ itemId: it.itemId, recusals: [], positions: members.map((name) => ({ name, position: 'agree' as const, remarks: '' })), dissent: '', decision: 'passed' as const, decisionText: '' })),
    } });
    const ref = await app.call('meetings.renderAfter', { caseId, meetingId, which: 'minutes', format: 'pdf' });
    const text = pdfText(save(ref.outputId, 'minutes.pdf'), '-layout').replace(/\s+/g, '');
    expect(text).toContain('研究了关于第1批公共数据授权运营事项的议题、关于第2批公共数据授权运营事项的议题等事项。现纪要如下');
    expect(text).not.toContain('研究了等事项');
  });
});

/** A measure as a DOCX is written: its chapters, sections and articles numbered in the text, "第一章 总则". */
const measuresDocx = (title: Paragraph[] = [new Paragraph({ text: '某市公共数据授权运营管理办法', heading: HeadingLevel.TITLE })]) =>
  Packer.toBuffer(new Document({ sections: [{ children: [
    ...title,
    new Paragraph({ text: '第一章 总则' }),
    new Paragraph({ text: '第一条 为规范公共数据授权运营，制定本办法。' }),
    new Paragraph({ text: '第二章\u3000授权范围' }),
    new Paragraph({ text: '第一节 一般规定' }),
    new Paragraph({ text: '第二条 授权运营应当依场景授权，一个场景一次授权。' }),
  ] }] }));

describe('chapter headings of a DOCX attachment keep the space after their number', () => {
  it('prints "第一章　总则", not "第一章总则", in the PDF and in a DOCX of the same print model', async () => {
    const file = path.join(app.dir, 'measures.pdf');
    fs.writeFileSync(file, await docxToPdf(await measuresDocx(), '管理办法', loadFonts(path.resolve('templates'))));
    if (process.env.MEETINGS_KEEP) fs.copyFileSync(file, path.join(process.env.MEETINGS_KEEP, 'measures.pdf'));
    const text = pdfText(file, '-layout');
    for (const [n, t] of [['第一章', '总则'], ['第二章', '授权范围'], ['第一节', '一般规定'], ['第一条', '为规范公共数据授权运营'], ['第二条', '授权运营应当']]) {
      expect(text, text).toMatch(new RegExp(`${n}[ \u3000]+${t}`));
      expect(text).not.toContain(`${n}${t}`);
    }
    // 一、 and 1. run on into their text as before
    const docx = await renderDocx(await docxToPrintDoc(await measuresDocx(), '管理办法'));
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(docx) })).value;
    expect(raw).toContain('第一章\u3000总则');
    expect(raw).toContain('第一条\u3000为规范公共数据授权运营');
  }, 60_000);
});

describe('a DOCX attachment prints its title once', () => {
  const count = (text: string, s: string) => text.replace(/\s+/g, '').split(s).length - 1;

  it('in the packet: the attachment page carries the title as its 标题 and not again as its first line', async () => {
    const { caseId } = await app.newCase();
    const meetingId = await seedMeeting(app.call, caseId, app.dir, { pagesPerAttachment: 1 });
    const { items } = await app.call('meetings.get', { caseId, meetingId });
    const f = path.join(app.dir, 'measures.docx');
    fs.writeFileSync(f, await measuresDocx());
    await app.call('meetings.attach', { caseId, itemId: items[0].itemId, kind: 'other', file: { kind: 'path', path: f }, title: '某市公共数据授权运营管理办法' });
    const r = await app.call('meetings.buildPacket', { caseId, meetingId, recipients: [] });
    const file = save(r.packet.outputId, 'packet-docx.pdf');
    const entry = r.toc.find((e) => e.title === '附件2：某市公共数据授权运营管理办法')!;
    expect(entry).toBeDefined();
    const page = pdfText(file, '-layout', '-f', String(entry.page), '-l', String(entry.page));
    expect(count(page, '某市公共数据授权运营管理办法'), page).toBe(1);
    expect(page).toMatch(/第一章[ \u3000]+总则/);
    expect(page.replace(/\s+/g, '')).toContain('第一条为规范公共数据授权运营');
  }, 300_000);

  it('whether the DOCX sets its title in the Title style, as a heading, or as plain lines (over two lines too)', async () => {
    const fonts = loadFonts(path.resolve('templates'));
    const variants: [string, Paragraph[]][] = [
      ['heading', [new Paragraph({ text: '某市公共数据授权运营管理办法', heading: HeadingLevel.HEADING_1 })]],
      ['plain', [new Paragraph({ text: '某市公共数据授权运营管理办法' })]],
      ['two lines', [new Paragraph({ text: '某市公共数据授权运营' }), new Paragraph({ text: '管理办法（征求意见稿）' })]],
    ];
    for (const [name, title] of variants) {
      const doc = await docxToPrintDoc(await measuresDocx(title), '管理办法');
      const file = path.join(app.dir, `title-${name}.pdf`);
      fs.writeFileSync(file, await docxToPdf(await measuresDocx(title), '管理办法', fonts));
      const text = pdfText(file, '-layout');
      expect(count(text, '某市公共数据授权运营'), `${name}: ${text}`).toBe(1);
      expect(count(text, '管理办法'), name).toBe(1);
      expect(doc.blocks[0], name).toMatchObject({ kind: 'heading', level: 1, numbering: '第一章', text: '总则' });
    }
  }, 120_000);

  it('keeps a first line that is not the title, and the title of a DOCX that prints none', async () => {
    const untitled = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ text: '经论证，专家组认为该方案总体可行，建议完善数据安全条款。' })] }] }));
    const doc = await docxToPrintDoc(untitled, '专家论证意见');
    expect(doc.title).toBe('专家论证意见');
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: '经论证，专家组认为该方案总体可行，建议完善数据安全条款。', align: 'indent' }]);
  });
});

describe('the copy register never breaks a date', () => {
  it('prints every 分发/收回 date whole on one line, the longest ones included', async () => {
    const meeting = { meetingId: 'm', name: '市数据局2026年第12次党组会', kind: 'party_group', date: '2026-12-04', place: '第一会议室', chair: '王局长', members: ['王局长'], attendees: [], recorder: '张秘书', secrecy: 'internal', explanationLimit: 1500, status: 'held', version: 2 } as unknown as Meeting;
    // Beijing time: 07:18Z is 15:18 on 12月4日; 12月14日 and 11月30日 are the widest dates a register prints.
    const copies: PacketCopy[] = [
      { copyNo: 1, recipient: '王局长', version: 1, sha256: '', issuedAt: '2026-12-04T07:18:00Z', returnedAt: '2026-12-14T08:30:00Z' },
      { copyNo: 2, recipient: '办公室张秘书', version: 1, sha256: '', issuedAt: '2026-11-30T01:05:00Z', returnedAt: null },
      { copyNo: 12, recipient: '市发展和改革委员会李副主任', version: 2, sha256: '', issuedAt: '2026-12-24T01:05:00Z', returnedAt: '2027-01-04T02:00:00Z' },
    ];
    const file = path.join(app.dir, 'register.pdf');
    fs.writeFileSync(file, await renderStandalonePdf(registerDoc(meeting, copies), loadFonts(path.resolve('templates'))));
    if (process.env.MEETINGS_KEEP) fs.copyFileSync(file, path.join(process.env.MEETINGS_KEEP, 'register.pdf'));
    const lines = pdfText(file, '-layout').split('\n').map((l) => l.replace(/\s+/g, ''));
    const instants = copies.flatMap((c) => [c.issuedAt, ...(c.returnedAt ? [c.returnedAt] : [])]);
    for (const at of instants) {
      expect(lines.some((l) => l.includes(chineseDate(at))), `${chineseDate(at)}\n${lines.join('\n')}`).toBe(true);
      // the time is printed too (beside the date or under it), in Beijing time
      expect(lines.some((l) => l.includes(chineseDateTime(at).split(' ')[1]))).toBe(true);
    }
    expect(lines.join('\n')).not.toMatch(/\d月\d*\n日/);
  }, 60_000);
});
