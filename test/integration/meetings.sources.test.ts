import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/services';
import { createKeyFile } from '../../main/services/memos/keys';
import { makePdf, seedMeeting } from '../fixtures/meetings/make';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', 'templates');
const flat = (s: string) => s.replace(/\s+/g, '');

describe('attachments from the case: an intake document and a signed memo', () => {
  const app = testApp();
  afterAll(() => app.cleanup());

  it('attaches a case document and a signed memo, refuses an unsigned memo and a TXT, and prints them with one page number per page', async () => {
    const { caseId } = await app.newCase({ title: '某市公共数据资源授权运营实施方案' });
    for (const [name, role] of [['张三', 'chair'], ['李四', 'member'], ['王五', 'member']] as const) {
      await app.call('committee.save', { caseId, member: { name, unit: '某大学', title: '教授', role } });
    }
    const meetingId = await seedMeeting(app.call, caseId, app.dir, { items: 1, attachmentsPerItem: 1 });
    const itemId = (await app.call('meetings.get', { caseId, meetingId })).items[0].itemId;

    // an intake document: a PDF imported into the case
    const pdf = await makePdf(path.join(app.dir, 'legal-from-case.pdf'), 2, 'CASEDOC');
    const imported = await app.call('documents.import', { caseId, file: { kind: 'path', path: pdf }, role: 'legal_review' });
    const versionId = (await app.call('documents.list', { caseId })).documents[0].versions[0].versionId;
    expect(imported).toBeTruthy();
    const it1 = await app.call('meetings.attachCaseDocument', { caseId, itemId, kind: 'other', versionId, title: '案卷中的合法性审查意见' });
    expect(it1.attachments.find((a) => a.source === 'case_document')).toMatchObject({ pageCount: 2, title: '案卷中的合法性审查意见' });
    fs.writeFileSync(path.join(app.dir, 'note.txt'), '纯文本说明');
    await app.call('documents.import', { caseId, file: { kind: 'path', path: path.join(app.dir, 'note.txt') }, role: 'other' });
    const txt = (await app.call('documents.list', { caseId })).documents.find((d) => d.versions[0].format === 'txt')!.versions[0].versionId;
    await expect(app.call('meetings.attachCaseDocument', { caseId, itemId, kind: 'other', versionId: txt })).rejects.toMatchObject({ code: 'MEETING_ATTACHMENT_TYPE' });

    // a memo: refused until signed
    const memo = await app.call('memos.generate', { caseId, type: 'plan_opinion', inputs: { opinion: '方案内容基本完整，论证较为充分。', conclusion: '同意提交党组会审议。' } });
    await expect(app.call('meetings.attachMemo', { caseId, itemId, kind: 'expert_opinion', memoId: memo.memoId })).rejects.toMatchObject({ code: 'MEETING_MEMO_UNSIGNED' });
    const key = path.join(app.dir, 'zhang.rdkey');
    fs.writeFileSync(key, createKeyFile({ name: '张三', unit: '某大学', passphrase: 'pass-张三-1' }).keyFile);
    await app.call('memos.sign', { caseId, memoId: memo.memoId, key: { kind: 'path', path: key }, passphrase: 'pass-张三-1' });
    const it2 = await app.call('meetings.attachMemo', { caseId, itemId, kind: 'expert_opinion', memoId: memo.memoId });
    const m = it2.attachments.find((a) => a.source === 'memo')!;
    expect(m.kind).toBe('expert_opinion');
    // The secretary reads which signed version it is in Chinese; the fingerprint is named as one, not as a developer's "PDF SHA-256".
    expect(m.fileName).toMatch(/（第1版，已签署，文件指纹（SHA-256）[0-9A-F]{16}…）$/);
    expect(it2.attachments.some((a) => a.kind === 'expert_opinion' && a.status === 'not_required')).toBe(false); // replaces the "not required"

    const r = await app.call('meetings.buildPacket', { caseId, meetingId });
    const file = path.join(app.dir, 'packet.pdf');
    fs.writeFileSync(file, app.services.files.getOutput(r.packet.outputId).data);
    const memoEntry = r.toc.find((e) => e.title.includes(m.title))!;
    const caseEntry = r.toc.find((e) => e.title.includes('案卷中的合法性审查意见'))!;
    const page = (n: number) => flat(execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-']).toString());
    expect(page(caseEntry.page)).toContain('CASEDOCp1');
    expect(page(memoEntry.page)).toContain('方案内容基本完整');
    // the memo was laid out again without its own numbers: each of its pages shows exactly one, the packet's
    for (let p = memoEntry.page; p < memoEntry.page + m.pageCount!; p++) expect(page(p).match(/—\d+—/g)).toEqual([`—${p}—`]);
    expect(flat(execFileSync('pdftotext', [file, '-']).toString())).toContain('张三');

    // The contents name the memo on one line (its 标题 breaks only on its own page) and set each item's papers in under it.
    expect(m.title).not.toMatch(/\n/);
    expect(memoEntry.title).toMatch(new RegExp(`^附件\\d+：${m.title}$`));
    const toc = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '2', file, '-']).toString().split('\n');
    const column = (words: string) => toc.find((l) => l.includes(words))!.search(/\S/);
    expect(column('议题审批表')).toBeGreaterThan(column('议题一'));
    expect(column('议题说明')).toBe(column('议题审批表'));
    expect(column('会议议程')).toBe(column('议题一'));
  });
});
