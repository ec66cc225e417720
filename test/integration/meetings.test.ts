import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { testApp } from '../helpers/services';
import { encryptPdf, makeDocx, makePdf, truncate } from '../fixtures/meetings/make';

// This tree's templates (fonts), even where node_modules is a symlink into another checkout.
process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', 'templates');

const pageText = (file: string, page: number) => execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-']).toString();
// -raw keeps the rotated watermark's pieces in drawing order
const rawText = (file: string, page: number) => execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), file, '-']).toString().replace(/\s+/g, '');
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);

async function outline(file: string) {
  const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), useSystemFonts: false, isEvalSupported: false }).promise;
  const flat: { title: string; page: number; level: number }[] = [];
  const walk = async (items: Awaited<ReturnType<typeof doc.getOutline>>, level: number) => {
    for (const it of items ?? []) {
      const dest = typeof it.dest === 'string' ? await doc.getDestination(it.dest) : it.dest;
      flat.push({ title: it.title, page: (await doc.getPageIndex(dest![0] as never)) + 1, level });
      await walk(it.items, level + 1);
    }
  };
  await walk(await doc.getOutline(), 1);
  await doc.destroy();
  return flat;
}

describe('meetings: gate, attach-time checks, packet, copies, lock, record', () => {
  const app = testApp();
  let caseId = '';
  let meetingId = '';
  const item: Record<string, string> = {};
  const fx = (n: string) => path.join(app.dir, n);
  const out = (outputId: string, name: string) => {
    const f = fx(name);
    fs.writeFileSync(f, app.services.files.getOutput(outputId).data);
    // MEETINGS_KEEP=dir keeps the outputs to look at (pdftoppm) after the run
    if (process.env.MEETINGS_KEEP) fs.copyFileSync(f, path.join(process.env.MEETINGS_KEEP, name));
    return f;
  };

  beforeAll(async () => {
    caseId = (await app.newCase()).caseId;
    await makePdf(fx('legal-a.pdf'), 3, 'LEGALA');
    await makePdf(fx('risk-a.pdf'), 2, 'RISKA');
    await makePdf(fx('legal-b.pdf'), 1, 'LEGALB', [841.89, 595.28]);
    await makePdf(fx('fair-b.pdf'), 4, 'FAIRB');
    encryptPdf(fx('fair-b.pdf'), fx('encrypted.pdf'));
    truncate(fx('fair-b.pdf'), fx('broken.pdf'));
    fs.writeFileSync(fx('notes.txt'), '不是 PDF');
    await makeDocx(fx('expert-a.docx'), '专家论证意见', ['经论证，该方案总体可行。', '建议完善数据安全条款。']);
  });
  afterAll(() => app.cleanup());

  it('creates a meeting and items', async () => {
    const m = await app.call('meetings.save', {
      caseId,
      meeting: { name: '2026年第3次党组会', kind: 'party_group', date: '2026-03-10', place: '第一会议室', chair: '王局长', members: ['王局长', '李副局长', '赵副局长'], attendees: ['法规处处长'], recorder: '办公室张秘书', secrecy: 'internal' },
    });
    meetingId = m.meetingId;
    expect(m.status).toBe('draft');
    item.a = (await app.call('meetings.addItem', { caseId, meetingId, title: '关于市公共数据授权运营实施方案的议题', linkedToCase: true })).itemId;
    item.b = (await app.call('meetings.addItem', { caseId, meetingId, title: '关于授权运营协议文本的议题', linkedToCase: false })).itemId;
  });

  it('counts the 说明 and refuses an over-long one at the gate', async () => {
    const long = await app.call('meetings.saveItem', {
      caseId, itemId: item.a,
      approval: { title: '关于市公共数据授权运营实施方案的议题', proposingUnit: '市数据局', presenter: '数据局局长', leaderOpinion: '同意提交党组会审议。', attendingUnits: '市司法局', secrecy: 'internal' },
      explanation: { background: '背景 '.repeat(10), basis: '依'.repeat(1500), content: '', decisions: '', alternatives: '', disagreements: '' },
    });
    expect(long.explanationLength).toBe(20 + 1500);
    expect(long.gate.join('')).toMatch(/1520 字，超过 1500 字的上限/);
  });

  it('says why an item without 合法性审查意见 cannot go on the agenda', async () => {
    await app.call('meetings.saveItem', {
      caseId, itemId: item.a,
      approval: { title: '关于市公共数据授权运营实施方案的议题', proposingUnit: '市数据局', presenter: '数据局局长', leaderOpinion: '同意提交党组会审议。', attendingUnits: '市司法局', secrecy: 'internal' },
      explanation: { background: '根据省公共数据授权运营管理办法，市数据局起草了实施方案。', basis: '《公共数据资源授权运营实施规则（试行）》。', content: '明确授权范围、运营机构选择方式和收益分配。', decisions: '审议实施方案是否提请市政府印发。', alternatives: '方案一：整体授权；方案二：分领域授权。', disagreements: '无。' },
    });
    await expect(app.call('meetings.setOnAgenda', { caseId, itemId: item.a, onAgenda: true })).rejects.toMatchObject({ code: 'MEETING_GATE', message: expect.stringMatching(/缺少合法性审查意见/) });
    await expect(app.call('meetings.markNotRequired', { caseId, itemId: item.a, kind: 'legal_review', reason: '不涉及' })).rejects.toMatchObject({ code: 'MEETING_LEGAL_REQUIRED' });
    await expect(app.call('meetings.markNotRequired', { caseId, itemId: item.a, kind: 'integrity', reason: '  ' })).rejects.toMatchObject({ code: 'MEETING_REASON_REQUIRED' });
  });

  it('refuses encrypted, broken and foreign files when attached, and keeps nothing of them', async () => {
    const before = (await app.call('meetings.get', { caseId, meetingId })).items.find((i) => i.itemId === item.b)!.attachments.length;
    await expect(app.call('meetings.attach', { caseId, itemId: item.b, kind: 'fair_competition', file: { kind: 'path', path: fx('encrypted.pdf') } }))
      .rejects.toMatchObject({ code: 'MEETING_ATTACHMENT_ENCRYPTED', message: expect.stringMatching(/encrypted\.pdf.*已加密/) });
    await expect(app.call('meetings.attach', { caseId, itemId: item.b, kind: 'fair_competition', file: { kind: 'path', path: fx('broken.pdf') } }))
      .rejects.toMatchObject({ code: 'MEETING_ATTACHMENT_BROKEN' });
    await expect(app.call('meetings.attach', { caseId, itemId: item.b, kind: 'other', file: { kind: 'path', path: fx('notes.txt') } }))
      .rejects.toMatchObject({ code: 'MEETING_ATTACHMENT_TYPE' });
    await expect(app.call('meetings.attach', { caseId, itemId: item.b, kind: 'risk_assessment', file: { kind: 'path', path: fx('fair-b.pdf') } }))
      .rejects.toMatchObject({ code: 'MEETING_RISK_LEVEL' });
    const after = (await app.call('meetings.get', { caseId, meetingId })).items.find((i) => i.itemId === item.b)!.attachments.length;
    expect(after).toBe(before);
  });

  it('lists the materials still unmarked, then passes the gate when all are provided or not required', async () => {
    await app.call('meetings.attach', { caseId, itemId: item.a, kind: 'legal_review', file: { kind: 'path', path: fx('legal-a.pdf') }, title: '市司法局合法性审查意见' });
    await expect(app.call('meetings.setOnAgenda', { caseId, itemId: item.a, onAgenda: true })).rejects.toMatchObject({ message: expect.stringMatching(/公平竞争审查意见、专家论证意见、风险评估报告、征求意见及采纳情况、廉洁性审查意见/) });
    await app.call('meetings.attach', { caseId, itemId: item.a, kind: 'expert_opinion', file: { kind: 'path', path: fx('expert-a.docx') } });
    await app.call('meetings.attach', { caseId, itemId: item.a, kind: 'risk_assessment', file: { kind: 'path', path: fx('risk-a.pdf') }, riskLevel: 'medium' });
    for (const kind of ['fair_competition', 'consultation', 'integrity'] as const) await app.call('meetings.markNotRequired', { caseId, itemId: item.a, kind, reason: '本议题为方案审议，不涉及该事项' });
    const a = await app.call('meetings.setOnAgenda', { caseId, itemId: item.a, onAgenda: true });
    expect(a.onAgenda).toBe(true);
    expect(a.attachments.find((x) => x.kind === 'legal_review')).toMatchObject({ source: 'import_pdf', pageCount: 3 });
    expect(a.attachments.find((x) => x.kind === 'expert_opinion')).toMatchObject({ source: 'import_docx' });

    await app.call('meetings.saveItem', {
      caseId, itemId: item.b,
      approval: { title: '关于授权运营协议文本的议题', proposingUnit: '市数据局', presenter: '法规处处长', leaderOpinion: '同意。', attendingUnits: '', secrecy: 'internal' },
      explanation: { background: '协议文本已征求意见。', basis: '', content: '协议主要条款。', decisions: '审议协议文本。', alternatives: '', disagreements: '个别单位对收益分配比例有不同意见。' },
    });
    await app.call('meetings.attach', { caseId, itemId: item.b, kind: 'legal_review', file: { kind: 'path', path: fx('legal-b.pdf') } });
    await app.call('meetings.attach', { caseId, itemId: item.b, kind: 'fair_competition', file: { kind: 'path', path: fx('fair-b.pdf') } });
    for (const kind of ['expert_opinion', 'risk_assessment', 'consultation', 'integrity'] as const) await app.call('meetings.markNotRequired', { caseId, itemId: item.b, kind, reason: '已在前次会议审议' });
    expect((await app.call('meetings.setOnAgenda', { caseId, itemId: item.b, onAgenda: true })).onAgenda).toBe(true);
  });

  it('builds a packet whose TOC, bookmarks, page numbers and merged pages match what is printed', async () => {
    const r = await app.call('meetings.buildPacket', { caseId, meetingId, recipients: ['王局长', '李副局长'] });
    const file = out(r.packet.outputId, 'packet.pdf');
    const total = pageCount(file);
    expect(r.pageCount).toBe(total);
    // merged PDFs keep their pages: 3 + 2 + 1 + 4 attachment pages, every marker present once per page
    const all = execFileSync('pdftotext', [file, '-']).toString();
    for (const [m, n] of [['LEGALA', 3], ['RISKA', 2], ['LEGALB', 1], ['FAIRB', 4]] as const) {
      for (let p = 1; p <= n; p++) expect(all).toContain(`${m} p${p}`);
      expect(all.split(`${m} p`).length - 1).toBe(n);
    }
    expect(all).toContain('建议完善数据安全条款'); // the DOCX, rendered by the app
    expect(all.replace(/\s+/g, '')).toContain('关于市公共数据授权运营实施方案的说明');
    expect(all.replace(/\s+/g, '')).not.toContain('关于关于');
    // every page carries its own number
    for (let p = 1; p <= total; p++) expect(pageText(file, p).replace(/\s+/g, ""), `page ${p}`).toContain(`—${p}—`);
    // the printed TOC says where each part starts, and that is where it starts
    const tocText = pageText(file, 2);
    expect(tocText).toContain('目');
    const starts: Record<string, string> = {
      '会议议程': '会议议程', '议题审批表': '议题审批表', '议题说明': '的说明', '附件1：市司法局合法性审查意见': 'LEGALAp1', '附件3：风险评估报告': 'RISKAp1',
      '附件2：专家论证意见': '经论证', '表决票': '表决人：王局长',
    };
    const printed = tocText.split('\n').map((l) => /^\s*(\S.*?)\s+(\d+)\s*$/.exec(l)).filter((m) => m && !m[1].startsWith('—'));
    expect(printed.map((m) => m![1].replace(/\s+/g, ''))).toEqual(r.toc.map((e) => e.title.replace(/\s+/g, '')));
    for (const [i, e] of r.toc.entries()) {
      expect(Number(printed[i]![2]), e.title).toBe(e.page);
      const expected = starts[e.title];
      if (expected) expect(pageText(file, e.page).replace(/\s+/g, ''), e.title).toContain(expected);
    }
    const legalB = r.toc.find((e) => e.title === '附件1：合法性审查意见')!;
    expect(pageText(file, legalB.page)).toContain('LEGALB p1');
    expect(pageText(file, legalB.page - 1)).not.toContain('LEGALB');
    // bookmarks resolve to the same pages, one per item and per attachment
    const marks = await outline(file);
    for (const e of r.toc) expect(marks.find((b) => b.title === e.title && b.page === e.page), e.title).toBeDefined();
    expect(marks.filter((b) => b.title.startsWith('附件')).length).toBe(5);
    expect(marks.filter((b) => b.level === 1 && b.title.startsWith('议题')).length).toBe(2);
    // CJK embedded
    // every font of ours embedded as a subset (the fixtures' own Helvetica is theirs, merged as it was)
    const fonts = execFileSync('pdffonts', [file]).toString().split('\n').slice(2).filter((l) => l.trim() && !/Helvetica/.test(l));
    expect(fonts.some((l) => /Fandol|FS_GB2312|SimSun|SimHei/i.test(l))).toBe(true);
    for (const l of fonts) expect(l).toMatch(/\s+yes\s+yes\s+yes\s+/);
    // each of our fonts embedded once: the generated parts (the DOCX attachment included) are laid out as one
    // document; the page numbers are one more 宋体 subset. Attachment PDFs keep their own fonts.
    const fontNames = fonts.map((l) => l.trim().split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
    expect(new Set(fontNames).size, fontNames.join(", ")).toBe(fontNames.length);
    expect(fontNames.length).toBeLessThanOrEqual(5);
    // ballots: one per voting member
    expect(all.split('表决人：').length - 1).toBe(3);

    // numbered copies: 份号 on the cover, watermark with copy number and recipient on every page
    expect(r.copies.map((c) => [c.copyNo, c.recipient])).toEqual([[1, '王局长'], [2, '李副局长']]);
    const copy = out(r.copies[1].output.outputId, 'copy2.pdf');
    expect(pageCount(copy)).toBe(total);
    // 份号: six digits on the cover's first line, top left (GB/T 9704 §7.2.1)
    expect(pageText(copy, 1).split('\n').find((l) => l.trim())!.trim()).toBe('000002');
    for (let p = 1; p <= total; p++) {
      const t = rawText(copy, p);
      // twice per page: the watermark is drawn at a third and two thirds of the height
      expect(t.split('第000002份李副局长阅后收回').length - 1, `page ${p}`).toBe(2);
      expect(t, `page ${p}: ${t.slice(-300)}`).toContain(`—${p}—`);
    }
    expect((await outline(copy)).length).toBe(marks.length);
    // Built from the finished packet: its bytes unchanged, then an incremental update; a valid PDF.
    expect(fs.readFileSync(copy).subarray(0, fs.statSync(file).size).equals(fs.readFileSync(file))).toBe(true);
    execFileSync('qpdf', ['--check', copy], { stdio: 'pipe' });
    // The watermark is drawn first, under the page's own text and table lines (drawing order, pdftotext -raw).
    for (const p of [1, 2, total]) {
      const t = rawText(copy, p);
      expect(t.indexOf('第000002份'), `page ${p}`).toBeLessThan(t.indexOf(`—${p}—`));
    }
    // All copies and the register in one action: one ZIP (browser mode).
    const zip = out((await app.call('files.zipOutputs', { outputIds: [...r.copies.map((c) => c.output.outputId), r.register!.outputId], fileName: '编号份' })).outputId, 'copies.zip');
    const names = JSON.parse(execFileSync('python3', ['-c', 'import zipfile,sys,json; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(json.dumps(z.namelist()))', zip]).toString()) as string[];
    expect(names).toHaveLength(3);
    expect(names.some((n) => n.includes('登记'))).toBe(true);
    // register
    const reg = out(r.register!.outputId, 'register.pdf');
    const rt = execFileSync('pdftotext', ['-layout', reg, '-']).toString().replace(/\s+/g, '');
    expect(rt).toContain('000001');
    expect(rt).toContain('李副局长');
    expect(rt).toContain('已收回0份');
    const after = await app.call('meetings.setReturned', { caseId, meetingId, copyNo: 1, returned: true });
    expect(after.copies[0].returnedAt).not.toBeNull();
    const reg2 = out((await app.call('meetings.register', { caseId, meetingId })).outputId, 'register2.pdf');
    expect(execFileSync('pdftotext', [reg2, '-']).toString().replace(/\s+/g, '')).toContain('已收回1份');
  }, 240_000); // packet, copies, qpdf and ZIP checks: slow on a loaded machine, never a timing check

  it('locks on 已上会: a change needs a reason and becomes a new version', async () => {
    const m = await app.call('meetings.lock', { caseId, meetingId });
    expect(m.status).toBe('held');
    const d = await app.call('meetings.get', { caseId, meetingId });
    const a = d.items.find((i) => i.itemId === item.a)!;
    await expect(app.call('meetings.saveItem', { caseId, itemId: item.a, approval: a.approval, explanation: { ...a.explanation, disagreements: '有' } }))
      .rejects.toMatchObject({ code: 'MEETING_LOCKED' });
    await expect(app.call('meetings.attach', { caseId, itemId: item.a, kind: 'other', file: { kind: 'path', path: fx('fair-b.pdf') } })).rejects.toMatchObject({ code: 'MEETING_LOCKED' });
    await expect(app.call('meetings.addItem', { caseId, meetingId, title: '临时议题' })).rejects.toMatchObject({ code: 'MEETING_LOCKED' });
    const changed = await app.call('meetings.saveItem', { caseId, itemId: item.a, approval: a.approval, explanation: { ...a.explanation, disagreements: '会上补充：财政局有保留意见。' }, changeReason: '按会议要求补充分歧意见' });
    expect(changed.explanation.disagreements).toContain('财政局');
    const d2 = await app.call('meetings.get', { caseId, meetingId });
    expect(d2.meeting.version).toBe(2);
    expect(d2.versions).toEqual([expect.objectContaining({ version: 1, reason: '按会议要求补充分歧意见' })]);
    const store = app.services.openCases.get(caseId);
    const snap = JSON.parse((store.db.prepare('SELECT snapshot FROM meeting_versions').get() as { snapshot: string }).snapshot);
    expect(snap.items.find((i: { itemId: string }) => i.itemId === item.a).explanation.disagreements).toBe('无。');
    expect(store.verifyAudit().intact).toBe(true);
    expect(store.auditEntries(5).some((e) => e.action === 'meetings.saveItem' && (e.detail as { changeReason?: string }).changeReason === '按会议要求补充分歧意见')).toBe(true);
  });

  it('writes the 会议记录 and 纪要 as PDF and DOCX', async () => {
    await app.call('meetings.saveRecord', {
      caseId, meetingId,
      record: {
        startedAt: '2026年3月10日 9:00', present: ['王局长', '李副局长'], absent: [{ name: '赵副局长', reason: '出差' }], attending: ['法规处处长'],
        items: [
          { itemId: item.a, recusals: [], positions: [{ name: '王局长', position: 'agree', remarks: '' }, { name: '李副局长', position: 'disagree', remarks: '收益分配需再论证' }], dissent: '我认为收益分配比例偏高，建议再论证。', decision: 'passed_in_principle', decisionText: '请市数据局按会议意见修改后印发' },
          { itemId: item.b, recusals: [{ name: '李副局长', reason: '近亲属任职于意向运营机构' }], positions: [{ name: '王局长', position: 'revise', remarks: '' }], dissent: '', decision: 'revise', decisionText: '' },
        ],
      },
    });
    const recPdf = out((await app.call('meetings.renderAfter', { caseId, meetingId, which: 'record', format: 'pdf' })).outputId, 'record.pdf');
    const rt = execFileSync('pdftotext', [recPdf, '-']).toString().replace(/\s+/g, '');
    expect(rt).toContain('我认为收益分配比例偏高，建议再论证。');
    expect(rt).toContain('原则通过');
    expect(rt).toContain('赵副局长（出差）');
    const minDocx = out((await app.call('meetings.renderAfter', { caseId, meetingId, which: 'minutes', format: 'docx', issuer: '市数据局' })).outputId, 'minutes.docx');
    const mt = (await mammoth.extractRawText({ path: minDocx })).value;
    expect(mt).toContain('党组会纪要');
    expect(mt).toContain('会议原则通过关于市公共数据授权运营实施方案的议题');
    expect(mt).toContain('李副局长同志对本议题回避');
    const minPdf = out((await app.call('meetings.renderAfter', { caseId, meetingId, which: 'minutes', format: 'pdf', issuer: '市数据局' })).outputId, 'minutes.pdf');
    expect(execFileSync('pdftotext', [minPdf, '-']).toString()).toContain('修改后再议');
    // GB/T 9704 纪要 版头: the red mark first, then 期号 and issuer, then the body
    const firstLines = execFileSync('pdftotext', ['-f', '1', '-l', '1', minPdf, '-']).toString().split('\n').map((l) => l.replace(/\s+/g, '')).filter(Boolean);
    const at = firstLines.indexOf('市数据局党组会纪要');
    expect(firstLines.slice(0, at), firstLines.join('|')).toEqual(['内部']); // only the 密级 above the mark
    // no 期号 asked for: no blank "〔2026〕第 期" line, the issuer straight under the mark
    expect(firstLines[at + 1]).toContain('市数据局');
    expect(firstLines.join('')).not.toMatch(/〔\d{4}〕第期/);
    // read back the pixels of page 1 (72 dpi, 1 px = 1 pt): the mark is red, and a red rule spans the text block below it
    const ppm = execFileSync('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', minPdf], { maxBuffer: 16 << 20 });
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 30).toString('latin1'))!;
    const [w, h] = [Number(header[1]), Number(header[2])];
    const px = ppm.subarray(header[0].length);
    const isRed = (x: number, y: number) => {
      const i = (y * w + x) * 3;
      return px[i] > 180 && px[i + 1] < 80 && px[i + 2] < 80;
    };
    const redRows: number[] = [];
    for (let y = 0; y < h; y++) {
      let n = 0;
      for (let x = 0; x < w; x++) if (isRed(x, y)) n++;
      redRows.push(n);
    }
    const mm = 72 / 25.4;
    const rule = redRows.findIndex((n) => n > 150 * mm); // 156 mm wide, nothing else is that wide in red
    expect(rule).toBeGreaterThan(37 * mm + 35 * mm);
    const markRows = redRows.slice(0, rule - 10).filter((n) => n > 0).length;
    expect(markRows).toBeGreaterThan(10); // the red mark's glyphs above the rule
    expect(redRows.slice(rule + 5).every((n) => n < 20)).toBe(true); // the body is black
    const docXml = execFileSync('python3', ['-c', 'import zipfile,sys; print(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode())', minDocx]).toString();
    expect(docXml).toMatch(/w:color w:val="E60012"/);
    expect(docXml).toMatch(/<w:bottom [^>]*w:color="E60012"/);
  });
});
