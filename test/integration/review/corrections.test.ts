import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testAppPerTest } from '../../helpers/appPerTest';
import { CORPUS_DIR, RULESETS_DIR } from '../../helpers/reviewCorpus';

process.env.REVIEW_DESK_TEMPLATES_DIR = path.join(path.dirname(RULESETS_DIR));
const fileRef = (name: string) => ({ kind: 'path' as const, path: path.join(CORPUS_DIR, name) });

describe('the document inside the page, corrected by a person; red lines overruled with a reason', () => {
  const app = testAppPerTest();

  it('a website copy gets its own title in the reader, the review and the memo; a correction is kept, audited and read by the next run', async () => {
    const c = await app.newCase({ jurisdiction: 'qinhuangdao' });
    const imp = await app.call('documents.import', { caseId: c.caseId, file: fileRef('plan-web-qhd.txt'), role: 'plan' });
    expect(imp.document.title).toBe('秦皇岛市交通出行领域公共数据授权运营实施方案（征求意见稿）');
    const got = await app.call('documents.get', { caseId: c.caseId, versionId: imp.version.versionId });
    expect(got.extracted.bodyStart).toBe(10);
    const s = await app.call('review.run', { caseId: c.caseId });
    expect(s.report!.documentTitle).toBe('秦皇岛市交通出行领域公共数据授权运营实施方案（征求意见稿）');
    expect((await app.call('review.memoContent', { caseId: c.caseId })).document.title).not.toContain('欢迎您');

    // The user says the document starts one line later and names it differently.
    const fixed = await app.call('documents.correct', { caseId: c.caseId, versionId: imp.version.versionId, title: '秦皇岛市交通出行领域公共数据授权运营实施方案', bodyStart: 11, reason: '去掉“征求意见稿”字样' });
    expect(fixed.extracted).toMatchObject({ title: '秦皇岛市交通出行领域公共数据授权运营实施方案', bodyStart: 11, correction: { detected: { bodyStart: 10 } } });
    expect(fixed.document.title).toBe('秦皇岛市交通出行领域公共数据授权运营实施方案');
    expect(app.services.documents.effectiveTitle(c.caseId, imp.document.documentId)).toBe('秦皇岛市交通出行领域公共数据授权运营实施方案');
    const again = await app.call('review.run', { caseId: c.caseId });
    expect(again.report!.documentTitle).toBe('秦皇岛市交通出行领域公共数据授权运营实施方案');
    expect((await app.call('review.memoContent', { caseId: c.caseId })).document.title).toBe('秦皇岛市交通出行领域公共数据授权运营实施方案');
    await expect(app.call('documents.correct', { caseId: c.caseId, versionId: imp.version.versionId, title: 'x', bodyStart: 9999, reason: '' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    const audit = (await app.call('cases.audit', { caseId: c.caseId, limit: 50 })).entries;
    expect(audit.find((e) => e.action === 'documents.correct')).toBeTruthy();
  });

  it('an expert overrules a red line in one step with a reason; it leaves the drafted opinions and is audited', async () => {
    const c = await app.newCase({ jurisdiction: 'hebei' });
    const s = await app.call('review.run', { caseId: c.caseId, kind: 'agreement', file: fileRef('agreement-market-price.txt') });
    const pricing = s.report!.flags.find((f) => f.id === 'pricing')!;
    expect(pricing.evidence[0].reading).toBe('permission');
    await expect(app.call('review.ruleFlag', { caseId: c.caseId, flagId: 'pricing', ruling: 'dismissed', reason: ' ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const ruled = await app.call('review.ruleFlag', { caseId: c.caseId, flagId: 'pricing', ruling: 'dismissed', reason: '附件四已明确执行政府指导价' });
    expect(ruled.flagRulings).toEqual([expect.objectContaining({ flagId: 'pricing', ruling: 'dismissed', reason: '附件四已明确执行政府指导价' })]);
    const draft = await app.call('review.draftOpinions', { caseId: c.caseId });
    expect(draft.opinions.map((o) => o.itemId)).not.toContain('pricing');
    const back = await app.call('review.ruleFlag', { caseId: c.caseId, flagId: 'pricing', ruling: null, reason: '' });
    expect(back.flagRulings).toEqual([]);
    const audit = (await app.call('cases.audit', { caseId: c.caseId, limit: 50 })).entries.map((e) => e.action);
    expect(audit.filter((a) => a === 'review.flagRuling')).toHaveLength(2);
  });
});
