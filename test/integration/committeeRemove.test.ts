import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { twoLaptops, pathRef, KEY_PASS } from './kits/kit-helpers';

// Removing a committee member who has work on file or a kit out (walk 8b's leftover): refused, or asked with a reason.
process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', 'templates');

let t: ReturnType<typeof twoLaptops>;
beforeEach(() => (t = twoLaptops()));
afterEach(() => t.cleanup());
const refusal = async (p: Promise<unknown>) => p.then(() => ({ code: 'resolved', message: '' }), (e: { code: string; message: string }) => ({ code: e.code, message: e.message }));

async function selectionCase() {
  const { caseId } = await t.office.newCase({ caseType: 'operator_selection', title: '遴选' });
  const scheme = (await t.office.call('selection.templates', {})).templates.find((x) => x.templateId === 'wenzhou-default')!.scheme;
  await t.office.call('selection.saveScheme', { caseId, scheme });
  const a = await t.office.call('selection.saveApplicant', { caseId, applicant: { name: '甲数据公司', price: null } });
  return { caseId, scheme, a };
}
const names = async (caseId: string) => (await t.office.call('committee.list', { caseId })).members.map((m) => m.name);
const auditCount = async (caseId: string) => (await t.office.call('cases.audit', { caseId, limit: 500 })).entries.length;

it('a member with signed or transcribed work is never removed: the refusal names what exists and what to do, and nothing changes', async () => {
  const { caseId, scheme, a } = await selectionCase();
  const keyed = await t.expert(caseId, '张一', 'chair');
  const paper = await t.office.call('committee.save', { caseId, member: { name: '赵二', unit: '某所' } });
  const idle = await t.office.call('committee.save', { caseId, member: { name: '钱三', unit: '某所' } });
  // 张一 returns a signed 回避声明 through a kit; 赵二's paper declaration is typed in and a score saved, not submitted.
  const k = await t.exportKit(caseId, keyed.memberId);
  const kit = await t.openKit(k.path, keyed.keyPath);
  await t.laptop.call('experts.kitDeclare', { kitId: kit.kitId, declarations: [{ applicantId: a.applicantId, relation: 'none' }] });
  await t.importReturn(caseId, (await t.writeReturn(kit.kitId, keyed.keyPath)).path);
  await t.office.call('selection.declare', { caseId, memberId: paper.memberId, declarations: [{ applicantId: a.applicantId, relation: 'none', note: '' }], transcription: { reason: '未配备密钥', paperRef: '纸质声明第 1 号' } });
  const first = scheme.criteria.find((c) => c.kind !== 'price')!;
  await t.office.call('selection.saveScores', { caseId, memberId: paper.memberId, scores: { [a.applicantId]: { [first.id]: 1 } } });

  const before = { audit: await auditCount(caseId), records: (await t.office.call('experts.records', { caseId })).records.length };
  const r1 = await refusal(t.office.call('committee.remove', { caseId, memberId: keyed.memberId, reason: '有理由也不行' }));
  expect(r1.code).toBe('COMMITTEE_MEMBER_HAS_RECORDS');
  expect(r1.message).toContain('张一已有评审记录：回避声明（涉及 1 家申报单位）、本人签署的回避声明 1 份');
  expect(r1.message).toContain('请在“回避声明与评分”中登记其回避');
  expect(r1.message).toContain('未作任何改动');
  const r2 = await refusal(t.office.call('committee.remove', { caseId, memberId: paper.memberId }));
  expect(r2.code).toBe('COMMITTEE_MEMBER_HAS_RECORDS');
  expect(r2.message).toContain('未提交评分表中的 1 项评分或说明');
  expect(r2.message).toContain('1 份代录记录');
  expect(await names(caseId)).toEqual(['张一', '赵二', '钱三']);
  expect(await auditCount(caseId)).toBe(before.audit);
  expect((await t.office.call('experts.records', { caseId })).records).toHaveLength(before.records);
  expect((await t.office.call('selection.memberView', { caseId, memberId: paper.memberId })).scores[a.applicantId][first.id]).toBe(1);

  // A member with nothing on file goes as before.
  await t.office.call('committee.remove', { caseId, memberId: idle.memberId });
  expect(await names(caseId)).toEqual(['张一', '赵二']);
});

it('a member whose kit is out is removed only with a reason, kept in the 操作记录 with the kit', async () => {
  const { caseId } = await selectionCase();
  const e = await t.expert(caseId, '孙四');
  const k = await t.exportKit(caseId, e.memberId);
  const before = await auditCount(caseId);
  const asked = await refusal(t.office.call('committee.remove', { caseId, memberId: e.memberId }));
  expect(asked.code).toBe('COMMITTEE_MEMBER_KIT_OUT');
  expect(asked.message).toMatch(/已于 \d{4}年\d+月\d+日 \d\d:\d\d 向孙四发出专家包，尚未导入其回执。移除后，该专家包交回的回执将无法导入。/);
  expect(asked.message).toContain('请填写理由后确认');
  expect(await refusal(t.office.call('committee.remove', { caseId, memberId: e.memberId, reason: '   ' }))).toMatchObject({ code: 'COMMITTEE_MEMBER_KIT_OUT' });
  expect(await names(caseId)).toEqual(['孙四']);
  expect(await auditCount(caseId)).toBe(before);

  await t.office.call('committee.remove', { caseId, memberId: e.memberId, reason: '专家因病无法参加评审' });
  expect(await names(caseId)).toEqual([]);
  const entry = (await t.office.call('cases.audit', { caseId, limit: 500 })).entries.find((x) => x.action === 'committee.remove')!;
  expect(entry.detail).toMatchObject({ name: '孙四', reason: '专家因病无法参加评审', kitsOut: [k.kitId] });
});

it('in a plan review, a member who signed a memo is kept, with advice that fits a review', async () => {
  const { caseId } = await t.office.newCase({ caseType: 'plan_review', title: '某市公共数据授权运营实施方案' });
  const e = await t.expert(caseId, '周五', 'chair');
  const memo = await t.office.call('memos.generate', { caseId, type: 'plan_opinion', inputs: { opinion: '基本完整。', conclusion: '同意。' } });
  await t.office.call('memos.sign', { caseId, memoId: memo.memoId, key: pathRef(e.keyPath), passphrase: KEY_PASS, decision: 'agree' });
  const r = await refusal(t.office.call('committee.remove', { caseId, memberId: e.memberId }));
  expect(r.code).toBe('COMMITTEE_MEMBER_HAS_RECORDS');
  expect(r.message).toMatch(/周五已有评审记录：在《关于《.+》的专家论证意见》第1版上的签名/);
  expect(r.message).toContain('在意见书中说明其未参加后续评审');
  expect((await t.office.call('memos.verify', { caseId, memoId: memo.memoId })).allValid).toBe(true);
});
