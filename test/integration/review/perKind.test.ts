import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/services';
import { CORPUS_DIR } from '../../helpers/reviewCorpus';
import { output } from '../../helpers/run';

// perkind: a panel reviews both the 实施方案 and the 授权运营协议 of one case. Reviewing the agreement keeps the plan's
// review (its run, verdicts, rulings, conclusion and 修改意见), and the 专家论证意见 on the plan prints the plan's.
process.env.REVIEW_DESK_TEMPLATES_DIR = path.resolve('templates');
const flat = (s: string) => s.replace(/\s+/g, '').replace(/—\d+—/g, '');
const PLAN = { kind: 'path' as const, path: path.join(CORPUS_DIR, 'plan-hebei-defects.txt') };
const AGREEMENT = { kind: 'path' as const, path: path.join(CORPUS_DIR, 'agreement-hebei-good.txt') };

let app: ReturnType<typeof testApp>;
afterEach(() => app?.cleanup());

async function memoText(caseId: string, type: 'plan_opinion' | 'agreement_opinion', name: string) {
  const memo = await app.call('memos.generate', { caseId, type });
  const out = app.services.files.getOutput((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })).outputId);
  const file = path.join(app.dir, `${name}.pdf`);
  fs.writeFileSync(file, out.data);
  return flat(await output('pdftotext', [file, '-']));
}

describe('a case keeps its plan\u2019s review and its agreement\u2019s side by side', () => {
  it('reviewing the agreement keeps the plan\u2019s verdicts, rulings, conclusion and 修改意见, and the plan\u2019s memo takes the plan\u2019s findings', async () => {
    app = testApp();
    const { caseId } = await app.newCase({ jurisdiction: 'hebei', title: '某市公共数据授权运营实施方案与协议评审' });
    const plan = await app.call('review.run', { caseId, kind: 'plan', file: PLAN });
    expect(plan.kinds).toEqual(['plan']);
    const chair = await app.call('committee.save', { caseId, member: { name: '王组长', role: 'chair', unit: '某大学' } });
    const expert = await app.call('committee.save', { caseId, member: { name: '李专家', unit: '某研究院' } });
    await app.call('review.saveVerdict', { caseId, itemId: 'plan.products', memberId: chair.memberId, verdict: 'fails', comment: '无产品清单' });
    await app.call('review.saveVerdict', { caseId, itemId: 'plan.products', memberId: expert.memberId, verdict: 'mostly', comment: '附件中有初步清单' });
    await app.call('review.saveCommitteeVerdict', { caseId, itemId: 'plan.products', verdict: 'fails', comment: '须补充两大类清单' });
    const flag = plan.report!.flags[0];
    await app.call('review.ruleFlag', { caseId, flagId: flag.id, ruling: 'upheld', reason: '经核对原文，确属红线' });
    await app.call('review.setConclusion', { caseId, conclusion: 'pass_with_changes' });
    const draft = await app.call('review.draftOpinions', { caseId });
    const planOpinions = draft.opinions.slice(0, 2).map((o, i) => (i === 0 ? { ...o, text: '授权运营期限改为不超过三年。' } : o));
    await app.call('review.saveOpinions', { caseId, opinions: planOpinions });

    // The agreement reviewed next: its own review, empty of the plan's.
    let s = await app.call('review.run', { caseId, kind: 'agreement', file: AGREEMENT });
    expect(s.run!.kind).toBe('agreement');
    expect(s.kinds).toEqual(['plan', 'agreement']);
    expect(s.verdicts).toEqual([]);
    expect(s.committee).toEqual([]);
    expect(s.conclusion).toBeNull();
    expect(s.opinions).toEqual([]);
    expect(s.flagRulings).toEqual([]);
    await app.call('review.saveVerdict', { caseId, itemId: 'agr.scope', memberId: chair.memberId, verdict: 'conforms', comment: '' });
    await app.call('review.setConclusion', { caseId, conclusion: 'fail' });
    s = await app.call('review.saveOpinions', { caseId, opinions: [{ itemId: 'general', itemTitle: '总体意见', basis: [], text: '协议须补充收益分配条款。' }] });
    expect(s.opinions.map((o) => o.text)).toEqual(['协议须补充收益分配条款。']);

    // The plan's review is all still there, asked for by kind; without a kind, the one reviewed last.
    expect((await app.call('review.get', { caseId })).run!.kind).toBe('agreement');
    const back = await app.call('review.get', { caseId, kind: 'plan' });
    expect(back.run!.runId).toBe(plan.run!.runId);
    expect(back.kinds).toEqual(['plan', 'agreement']);
    expect(back.verdicts.map((v) => [v.itemId, v.verdict, v.earlier]).sort()).toEqual([['plan.products', 'fails', null], ['plan.products', 'mostly', null]]);
    expect(back.committee).toMatchObject([{ itemId: 'plan.products', verdict: 'fails', comment: '须补充两大类清单', earlier: null }]);
    expect(back.conclusion).toMatchObject({ value: 'pass_with_changes', earlier: null });
    expect(back.opinions.map((o) => o.text)).toEqual(planOpinions.map((o) => o.text));
    expect(back.flagRulings).toMatchObject([{ flagId: flag.id, ruling: 'upheld' }]);
    expect(back.earlierRulings).toBeNull();

    // The plan's review is worked on while the agreement's is the latest: the agreement's stays as it is.
    s = await app.call('review.saveVerdict', { caseId, kind: 'plan', itemId: 'plan.name', memberId: expert.memberId, verdict: 'conforms', comment: '' });
    expect(s.run!.kind).toBe('plan');
    expect(s.verdicts.map((v) => v.itemId)).toContain('plan.name');
    s = await app.call('review.saveOpinions', { caseId, kind: 'plan', opinions: [...back.opinions, { itemId: 'general', itemTitle: '总体意见', basis: [], text: '请补充附件。' }] });
    expect(s.opinions).toHaveLength(3);
    const agreement = await app.call('review.get', { caseId, kind: 'agreement' });
    expect(agreement.opinions.map((o) => o.text)).toEqual(['协议须补充收益分配条款。']);
    expect(agreement.verdicts.map((v) => v.itemId)).toEqual(['agr.scope']);
    expect(agreement.conclusion!.value).toBe('fail');
    // An item of the other kind is refused, not written under this one.
    await expect(app.call('review.saveVerdict', { caseId, kind: 'agreement', itemId: 'plan.name', memberId: expert.memberId, verdict: 'fails', comment: '' })).rejects.toMatchObject({ code: 'REVIEW_UNKNOWN_ITEM' });

    // The memos: each prints its own kind's review, whatever was reviewed last.
    expect((await app.call('review.memoContent', { caseId, kind: 'plan' })).kind).toBe('plan');
    const planMemo = await memoText(caseId, 'plan_opinion', 'perkind-plan');
    for (const t of ['专家组审查结论：修改后通过。', '1．授权运营期限改为不超过三年。', '须补充两大类清单', '请补充附件。']) expect(planMemo).toContain(flat(t));
    expect(planMemo).not.toContain(flat('协议须补充收益分配条款。'));
    const agreementMemo = await memoText(caseId, 'agreement_opinion', 'perkind-agreement');
    expect(agreementMemo).toContain(flat('专家组审查结论：不通过。'));
    expect(agreementMemo).toContain(flat('协议须补充收益分配条款。'));
    expect(agreementMemo).not.toContain(flat('授权运营期限改为不超过三年。'));

    // Reviewing the plan again (same file) keeps its verdicts, rulings and conclusion on the same text.
    s = await app.call('review.run', { caseId, kind: 'plan' });
    expect(s.run!.runId).not.toBe(plan.run!.runId);
    expect(s.conclusion).toMatchObject({ value: 'pass_with_changes', earlier: null });
    expect(s.flagRulings).toMatchObject([{ flagId: flag.id, ruling: 'upheld' }]);
  });

  it('a memo on a kind never reviewed is refused, saying what to do; asking for that kind by itself says so too', async () => {
    app = testApp();
    const { caseId } = await app.newCase({ jurisdiction: 'hebei', title: '某市公共数据授权运营协议评审' });
    await app.call('review.run', { caseId, kind: 'agreement', file: AGREEMENT });
    await app.call('committee.save', { caseId, member: { name: '王组长', role: 'chair', unit: '某大学' } });
    await app.call('review.setConclusion', { caseId, conclusion: 'pass' });
    const refused = app.call('memos.generate', { caseId, type: 'plan_opinion' });
    await expect(refused).rejects.toMatchObject({ code: 'MEMO_CONTENT_MISSING', message: expect.stringContaining('本案卷尚未审查实施方案') });
    await expect(refused).rejects.toMatchObject({ message: expect.stringContaining('请在“合规审查”页选择“实施方案”审查后再生成') });
    await expect(app.call('review.memoContent', { caseId, kind: 'plan' })).rejects.toMatchObject({ code: 'REVIEW_NOT_RUN', message: expect.stringContaining('尚未审查实施方案') });
    await expect(app.call('review.setConclusion', { caseId, kind: 'plan', conclusion: 'pass' })).rejects.toMatchObject({ code: 'REVIEW_NOT_RUN' });
    const none = await app.call('review.get', { caseId, kind: 'plan' });
    expect(none).toMatchObject({ run: null, report: null, kinds: ['agreement'], conclusion: null, verdicts: [], opinions: [] });
    // The agreement's memo is not held up by the plan.
    expect(await memoText(caseId, 'agreement_opinion', 'perkind-agreement-only')).toContain(flat('专家组审查结论：通过。'));
  });
});
