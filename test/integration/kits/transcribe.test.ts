import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { twoLaptops } from './kit-helpers';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', '..', 'templates');

let t: ReturnType<typeof twoLaptops>;
beforeEach(() => (t = twoLaptops()));
afterEach(() => t.cleanup());

const flat = (s: string) => s.replace(/\s+/g, '');

describe('代录: a paper form transcribed for a member without a key', () => {
  it('is kept as 代录 with operator, reason and paper reference, in the 操作记录, the status and the report — never as a signed record', async () => {
    const { caseId } = await t.office.newCase({ caseType: 'operator_selection', title: '遴选' });
    const keyed = await t.expert(caseId, '张专家', 'chair');
    const paper = await t.office.call('committee.save', { caseId, member: { name: '赵专家', unit: '某所', role: 'member' } });
    const { templates } = await t.office.call('selection.templates', {});
    const scheme = templates.find((x) => x.templateId === 'wenzhou-default')!.scheme;
    await t.office.call('selection.saveScheme', { caseId, scheme });
    const a = await t.office.call('selection.saveApplicant', { caseId, applicant: { name: '甲数据公司', price: null } });
    const declarations = [{ applicantId: a.applicantId, relation: 'none' as const, note: '' }];
    const scores = { [a.applicantId]: Object.fromEntries(scheme.criteria.filter((c) => c.kind !== 'price').map((c) => [c.id, Math.floor(c.max * 0.7)])) };
    const transcription = { reason: '赵专家未配备签名密钥，现场填写纸质表格', paperRef: '纸质评分表第 2 号（存档盒 A）' };

    // A paper 回避声明 and score sheet typed in by the secretary.
    await t.office.call('selection.declare', { caseId, memberId: paper.memberId, declarations, transcription });
    await t.office.call('selection.saveScores', { caseId, memberId: paper.memberId, scores });
    await t.office.call('selection.submit', { caseId, memberId: paper.memberId, transcription });
    // The keyed expert through kits.
    const k1 = await t.exportKit(caseId, keyed.memberId);
    const kit1 = await t.openKit(k1.path, keyed.keyPath);
    await t.laptop.call('experts.kitDeclare', { kitId: kit1.kitId, declarations });
    await t.importReturn(caseId, (await t.writeReturn(kit1.kitId, keyed.keyPath)).path);
    const k2 = await t.exportKit(caseId, keyed.memberId);
    const kit2 = await t.openKit(k2.path, keyed.keyPath);
    await t.laptop.call('experts.kitScores', { kitId: kit2.kitId, scores });
    await t.importReturn(caseId, (await t.writeReturn(kit2.kitId, keyed.keyPath)).path);

    const { transcriptions } = await t.office.call('experts.transcriptions', { caseId });
    expect(transcriptions.map((x) => [x.memberName, x.kind, x.reason, x.paperRef])).toEqual([
      ['赵专家', 'scores', transcription.reason, transcription.paperRef],
      ['赵专家', 'recusal', transcription.reason, transcription.paperRef],
    ]);
    expect(transcriptions[0].operator).toBeTruthy();
    expect((transcriptions[0].body as { sheet: { scores: unknown }[] }).sheet[0].scores).toEqual(scores[a.applicantId]);
    // Never among the signed records.
    const { records } = await t.office.call('experts.records', { caseId });
    expect(records.map((r) => r.memberName)).not.toContain('赵专家');
    const audit = (await t.office.call('cases.audit', { caseId, limit: 50 })).entries;
    const submit = audit.find((e) => e.action === 'selection.submit' && (e.detail as { memberId: string }).memberId === paper.memberId)!;
    expect(submit.actor).toMatch(/（代 赵专家 录入）$/);
    expect(submit.detail).toMatchObject({ 代录: { reason: transcription.reason, paperRef: transcription.paperRef } });
    const status = await t.office.call('experts.kitStatus', { caseId });
    expect(status.members.map((m) => [m.name, m.hasKey, m.recusal])).toEqual([['张专家', true, 'signed'], ['赵专家', false, 'transcribed']]);
    expect(status.sealed).toBe(false);

    // Without a reason given, the record says so rather than passing for anything else.
    const other = await t.office.call('committee.save', { caseId, member: { name: '钱专家', unit: '某所', role: 'member' } });
    await t.office.call('selection.declare', { caseId, memberId: other.memberId, declarations });
    const again = (await t.office.call('experts.transcriptions', { caseId })).transcriptions[0];
    expect(again).toMatchObject({ memberName: '钱专家', reason: expect.stringContaining('未填写代录理由'), paperRef: '未注明纸质表格' });

    // The 评审报告 marks the transcribed sheet and says who typed it in from which paper.
    await t.office.call('selection.saveScores', { caseId, memberId: other.memberId, scores });
    await t.office.call('selection.submit', { caseId, memberId: other.memberId, transcription });
    const memo = await t.office.call('memos.generate', { caseId, type: 'selection_report' });
    const file = path.join(t.office.dir, 'report.pdf');
    fs.writeFileSync(file, t.office.services.files.getOutput((await t.office.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })).outputId).data);
    const text = flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    expect(text).toContain(flat('赵专家评分表（代录）'));
    expect(text).toContain(flat('张专家评分表'));
    expect(text).not.toContain(flat('张专家评分表（代录）'));
    // One sentence for the forms with the same note (赵专家's declaration and sheet, 钱专家's sheet), one for the other.
    expect(text).toContain(flat('赵专家的回避声明和评分表，钱专家的评分表系代录：由'));
    expect(text).toContain(flat('纸质评分表第 2 号（存档盒 A）'));
    expect(text).toContain(flat('钱专家的回避声明系代录'));
    fs.mkdirSync('test-results/kits', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', file, 'test-results/kits/transcribed-report']);
  });
});
