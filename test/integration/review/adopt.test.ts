import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testAppPerTest } from '../../helpers/appPerTest';
import { CORPUS_DIR, RULESETS_DIR } from '../../helpers/reviewCorpus';

process.env.REVIEW_DESK_TEMPLATES_DIR = path.join(path.dirname(RULESETS_DIR));

/** The chair's "adopt where members agree" on a real case file. */
describe('review.adoptAgreed', () => {
  const app = testAppPerTest();

  it('adopts agreed items, leaves differing and incomplete ones, keeps the chair’s own verdicts unless asked, skips recused members, and audits it', async () => {
    const c = await app.newCase({ jurisdiction: 'hebei' });
    const s = await app.call('review.run', { caseId: c.caseId, file: { kind: 'path', path: path.join(CORPUS_DIR, 'plan-hebei-defects.txt') } });
    const [a, b, d] = s.report!.items.map((i) => i.id);
    const e = s.report!.items[3].id;
    const chair = await app.call('committee.save', { caseId: c.caseId, member: { name: '王组长', role: 'chair' } });
    const m1 = await app.call('committee.save', { caseId: c.caseId, member: { name: '李专家' } });
    const m2 = await app.call('committee.save', { caseId: c.caseId, member: { name: '赵专家' } });
    const verdict = (itemId: string, memberId: string, v: 'conforms' | 'mostly' | 'fails', comment = '') => app.call('review.saveVerdict', { caseId: c.caseId, itemId, memberId, verdict: v, comment });
    for (const m of [chair, m1, m2]) await verdict(a, m.memberId, 'conforms');
    await verdict(b, chair.memberId, 'fails', '无清单');
    await verdict(b, m1.memberId, 'mostly', '附件有初步清单');
    await verdict(b, m2.memberId, 'fails');
    await verdict(d, chair.memberId, 'fails');
    await verdict(d, m1.memberId, 'fails'); // 赵专家 has not voted on d
    for (const m of [chair, m1, m2]) await verdict(e, m.memberId, 'mostly');
    // The chair already decided e by hand, differently.
    await app.call('review.saveCommitteeVerdict', { caseId: c.caseId, itemId: e, verdict: 'fails', comment: '组长意见' });

    const r = await app.call('review.adoptAgreed', { caseId: c.caseId });
    expect(r.adopted).toEqual([expect.objectContaining({ itemId: a, verdict: 'conforms', previous: null })]);
    expect(r.keptChair).toEqual([expect.objectContaining({ itemId: e, verdict: 'mostly', chair: 'fails' })]);
    expect(r.differing).toEqual([
      expect.objectContaining({
        itemId: b,
        verdicts: [
          { memberId: chair.memberId, name: '王组长', verdict: 'fails', comment: '无清单' },
          { memberId: m1.memberId, name: '李专家', verdict: 'mostly', comment: '附件有初步清单' },
          { memberId: m2.memberId, name: '赵专家', verdict: 'fails', comment: '' },
        ],
      }),
    ]);
    expect(r.incomplete.find((x) => x.itemId === d)?.missing).toEqual(['赵专家']);
    const committee = new Map(r.state.committee.map((x) => [x.itemId, x]));
    expect(committee.get(a)).toMatchObject({ verdict: 'conforms', source: 'adopted' });
    expect(committee.has(b)).toBe(false);
    expect(committee.has(d)).toBe(false);
    expect(committee.get(e)).toMatchObject({ verdict: 'fails', source: 'chair', comment: '组长意见' });

    // Run again: nothing new. A member changes their mind: the adopted verdict follows, the chair's still stands.
    expect((await app.call('review.adoptAgreed', { caseId: c.caseId })).adopted).toEqual([]);
    for (const m of [chair, m1, m2]) await verdict(a, m.memberId, 'mostly');
    const again = await app.call('review.adoptAgreed', { caseId: c.caseId });
    expect(again.adopted).toEqual([expect.objectContaining({ itemId: a, verdict: 'mostly', previous: 'conforms' })]);

    // Asked to overwrite: the chair's verdict on e gives way, and its comment is kept.
    const over = await app.call('review.adoptAgreed', { caseId: c.caseId, overwriteChair: true });
    expect(over.adopted.map((x) => x.itemId)).toEqual([e]);
    expect(over.state.committee.find((x) => x.itemId === e)).toMatchObject({ verdict: 'mostly', source: 'adopted', comment: '组长意见' });

    const audit = (await app.call('cases.audit', { caseId: c.caseId, limit: 100 })).entries.filter((x) => x.action === 'review.adoptAgreed');
    expect(audit).toHaveLength(4);
    expect(JSON.stringify(audit.map((x) => x.detail))).toContain(`"previous":"fails"`);
  });

  it('does not count a member who declared a conflict (回避), and says so when nobody can vote', async () => {
    const c = await app.newCase({ jurisdiction: 'hebei' });
    const s = await app.call('review.run', { caseId: c.caseId, file: { kind: 'path', path: path.join(CORPUS_DIR, 'plan-hebei-defects.txt') } });
    await expect(app.call('review.adoptAgreed', { caseId: c.caseId })).rejects.toMatchObject({ code: 'REVIEW_NO_VOTERS' });
    const item = s.report!.items[0].id;
    const chair = await app.call('committee.save', { caseId: c.caseId, member: { name: '王组长', role: 'chair' } });
    const m1 = await app.call('committee.save', { caseId: c.caseId, member: { name: '李专家' } });
    await app.call('review.saveVerdict', { caseId: c.caseId, itemId: item, memberId: chair.memberId, verdict: 'fails', comment: '' });
    await app.call('review.saveVerdict', { caseId: c.caseId, itemId: item, memberId: m1.memberId, verdict: 'conforms', comment: '' });
    // 李专家 declares a conflict with an applicant: only the chair votes.
    const ap = await app.call('selection.saveApplicant', { caseId: c.caseId, applicant: { name: '某数据公司' } });
    await app.call('selection.declare', { caseId: c.caseId, memberId: m1.memberId, declarations: [{ applicantId: ap.applicantId, relation: 'employed', note: '曾任职' }] });
    const r = await app.call('review.adoptAgreed', { caseId: c.caseId });
    expect(r.state.voters).toEqual([chair.memberId]);
    expect(r.adopted).toEqual([expect.objectContaining({ itemId: item, verdict: 'fails' })]);
  });
});
