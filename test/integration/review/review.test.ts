import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASS } from '../../helpers/services';
import { testAppPerTest } from '../../helpers/appPerTest';
import { CORPUS_DIR, RULESETS_DIR } from '../../helpers/reviewCorpus';

// appRoot() walks up from the test runner's script, which in a worktree whose node_modules is a symlink lands in
// another checkout: point the services at this tree's templates.
process.env.REVIEW_DESK_TEMPLATES_DIR = path.join(path.dirname(RULESETS_DIR));

const fileRef = (name: string) => ({ kind: 'path' as const, path: path.join(CORPUS_DIR, name) });

describe('review service', () => {
  const app = testAppPerTest();

  it('reviews a plan, stores the findings with the pinned ruleset and the original, and records verdicts, committee view, conclusion and 修改意见', async () => {
    const c = await app.newCase({ jurisdiction: 'qinhuangdao' });
    const s = await app.call('review.run', { caseId: c.caseId, file: fileRef('plan-hebei-defects.txt') });
    expect(s.run).toMatchObject({ kind: 'plan', documentName: 'plan-hebei-defects.txt', ruleset: { id: 'qinhuangdao', version: '2025.1' } });
    expect(s.run!.ruleset.lineage).toEqual(['qinhuangdao@2025.1', 'hebei@2025.1', 'national@2025.1']);
    expect(s.report!.items.find((i) => i.id === 'plan.products')!.status).toBe('missing');
    expect(s.report!.flags.map((f) => f.id)).toContain('term_over_3y');
    const store = app.services.openCases.get(c.caseId);
    expect(store.hasBlob(s.run!.documentSha256!)).toBe(true);

    const chair = await app.call('committee.save', { caseId: c.caseId, member: { name: '王组长', role: 'chair' } });
    const expert = await app.call('committee.save', { caseId: c.caseId, member: { name: '李专家' } });
    await app.call('review.saveVerdict', { caseId: c.caseId, itemId: 'plan.products', memberId: chair.memberId, verdict: 'fails', comment: '无产品清单' });
    await app.call('review.saveVerdict', { caseId: c.caseId, itemId: 'plan.products', memberId: expert.memberId, verdict: 'mostly', comment: '附件中有初步清单' });
    await app.call('review.saveCommitteeVerdict', { caseId: c.caseId, itemId: 'plan.products', verdict: 'fails', comment: '须补充两大类清单' });
    await app.call('review.setConclusion', { caseId: c.caseId, conclusion: 'pass_with_changes' });
    const draft = await app.call('review.draftOpinions', { caseId: c.caseId });
    expect(draft.opinions.find((o) => o.itemId === 'term_over_3y')!.text).toContain('第十七条');
    expect(draft.opinions.find((o) => o.itemId === 'plan.products')!.basis[0].label).toContain('第十二条第（八）项');
    const edited = draft.opinions.slice(0, 3).map((o, i) => (i === 0 ? { ...o, text: '授权运营期限改为不超过三年。' } : o));
    const saved = await app.call('review.saveOpinions', { caseId: c.caseId, opinions: edited });
    expect(saved.opinions.map((o) => o.text)[0]).toBe('授权运营期限改为不超过三年。');

    const memo = await app.call('review.memoContent', { caseId: c.caseId });
    expect(memo).toMatchObject({ kindLabel: '实施方案', conclusion: { value: 'pass_with_changes', label: '修改后通过' }, ruleset: { id: 'qinhuangdao' } });
    const products = memo.items.find((i) => i.id === 'plan.products')!;
    expect(products.verdicts.map((v) => `${v.name}:${v.verdictLabel}`)).toEqual(['王组长:不符合', '李专家:基本符合']);
    expect(products.committee).toMatchObject({ verdictLabel: '不符合' });
    expect(memo.dissent).toEqual([expect.objectContaining({ name: '李专家', verdictLabel: '基本符合', committeeLabel: '不符合', comment: '附件中有初步清单' })]);
    expect(memo.opinions).toHaveLength(3);

    // Everything survives closing and reopening, and the audit chain holds.
    await app.call('cases.close', { caseId: c.caseId });
    const again = await app.call('cases.open', { path: c.path, passphrase: PASS });
    expect(again.auditIntact).toBe(true);
    const after = await app.call('review.get', { caseId: again.caseId });
    expect(after.conclusion?.value).toBe('pass_with_changes');
    expect(after.verdicts).toHaveLength(2);
    expect(after.opinions).toHaveLength(3);
    const actions = (await app.call('cases.audit', { caseId: again.caseId, limit: 50 })).entries.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['review.run', 'review.verdict', 'review.committeeVerdict', 'review.conclusion', 'review.opinions']));
  });

  it('says when the ruleset chosen is not the document\'s place\'s, and which to choose; the chosen one is still applied', async () => {
    const c = await app.newCase({ jurisdiction: 'national' });
    const national = await app.call('review.run', { caseId: c.caseId, file: fileRef('plan-h19a-tuiyijunren-handan.txt') });
    expect(national.run!.ruleset.id).toBe('national');
    expect(national.report!.warnings.join('\n')).toMatch(/文件标题所称“邯郸市”属河北省.*可改选“河北省”后重新审查/);
    const hebei = await app.call('review.run', { caseId: c.caseId, rulesetId: 'hebei' });
    expect(hebei.run!.ruleset.id).toBe('hebei');
    expect(hebei.report!.warnings.join('\n')).not.toContain('可改选');
  });

  it('reviews the plan imported on the 文件 page, and a new version of it when one is imported', async () => {
    const c = await app.newCase({ jurisdiction: 'hebei' });
    await app.call('documents.import', { caseId: c.caseId, file: fileRef('plan-hebei-defects.txt'), role: 'plan' });
    const first = await app.call('review.run', { caseId: c.caseId });
    expect(first.run!.documentName).toBe('plan-hebei-defects.txt');
    expect(first.report!.flags.map((f) => f.id)).toContain('term_over_3y');
    // The revised plan comes in through the review page: it becomes the case's plan and is reviewed.
    const second = await app.call('review.run', { caseId: c.caseId, file: fileRef('plan-hebei-complete.md') });
    expect(second.run!.documentName).toBe('plan-hebei-complete.md');
    expect(second.report!.flags).toEqual([]);
    const docs = await app.call('documents.list', { caseId: c.caseId });
    expect(docs.documents.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps the ruleset version a case was reviewed against after a newer version is imported', async () => {
    const c = await app.newCase({ jurisdiction: 'hebei' });
    await app.call('review.run', { caseId: c.caseId, file: fileRef('plan-hebei-complete.md') });
    const newer = path.join(app.dir, 'hebei-new.yaml');
    fs.writeFileSync(newer, fs.readFileSync(path.join(RULESETS_DIR, 'hebei.yaml'), 'utf8').replace('version: "2025.1"', 'version: "2026.1"').replace('title: 授权运营名称', 'title: 授权运营名称（2026版）'));
    const info = await app.call('review.importRuleset', { file: { kind: 'path', path: newer } });
    expect(info).toMatchObject({ id: 'hebei', version: '2026.1', origin: 'imported', planItems: 13 });
    expect((await app.call('review.rulesets', {})).rulesets.find((r) => r.id === 'hebei')!.version).toBe('2026.1');
    // The finished review still shows 2025.1 and its item titles.
    const pinned = await app.call('review.get', { caseId: c.caseId });
    expect(pinned.run!.ruleset.version).toBe('2025.1');
    expect(pinned.report!.items[0].title).toBe('授权运营名称');
    // Qinhuangdao, which extends Hebei, now resolves against the newer Hebei.
    expect((await app.call('review.ruleset', { id: 'qinhuangdao' })).ruleset.lineage).toContain('hebei@2026.1');
    // Re-running the same document picks the newer ruleset.
    const rerun = await app.call('review.run', { caseId: c.caseId });
    expect(rerun.run!.ruleset.version).toBe('2026.1');
    expect(rerun.report!.items[0].title).toBe('授权运营名称（2026版）');
    // The same version again is refused.
    await expect(app.call('review.importRuleset', { file: { kind: 'path', path: newer } })).rejects.toMatchObject({ code: 'RULESET_NOT_NEWER' });
  });

  it('refuses bad input with its own message and leaves nothing half-written', async () => {
    const c = await app.newCase({ jurisdiction: 'hebei' });
    await expect(app.call('review.run', { caseId: c.caseId })).rejects.toMatchObject({ code: 'REVIEW_NO_DOCUMENT' });
    await expect(app.call('review.saveVerdict', { caseId: c.caseId, itemId: 'plan.name', memberId: 'x', verdict: 'na', comment: '' })).rejects.toMatchObject({ code: 'REVIEW_NOT_RUN' });
    const odd = path.join(app.dir, 'plan.xls');
    fs.writeFileSync(odd, 'x');
    await expect(app.call('review.run', { caseId: c.caseId, file: { kind: 'path', path: odd } })).rejects.toMatchObject({ code: 'DOC_UNSUPPORTED_TYPE' });
    const fakeDocx = path.join(app.dir, 'plan.docx');
    fs.writeFileSync(fakeDocx, 'not a zip');
    await expect(app.call('review.run', { caseId: c.caseId, file: { kind: 'path', path: fakeDocx } })).rejects.toMatchObject({ code: expect.stringMatching(/^DOC_(TYPE_MISMATCH|DOCX_CORRUPT)$/) });
    await expect(app.call('review.run', { caseId: c.caseId, rulesetId: 'shanghai', file: fileRef('plan-hebei-complete.md') })).rejects.toMatchObject({ code: 'RULESET_NOT_FOUND' });
    expect((await app.call('review.get', { caseId: c.caseId })).run).toBeNull();

    // An empty file still gives a report, mostly missing, saying it does not look like a plan.
    const empty = path.join(app.dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const r = await app.call('review.run', { caseId: c.caseId, file: { kind: 'path', path: empty } });
    expect(r.report!.items.every((i) => i.status === 'missing')).toBe(true);
    expect(r.report!.warnings.join()).toContain('不是实施方案');

    await expect(app.call('review.saveVerdict', { caseId: c.caseId, itemId: 'plan.nope', memberId: 'x', verdict: 'na', comment: '' })).rejects.toMatchObject({ code: 'REVIEW_UNKNOWN_ITEM' });
    await expect(app.call('review.saveVerdict', { caseId: c.caseId, itemId: 'plan.name', memberId: 'ghost', verdict: 'na', comment: '' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(app.call('review.saveOpinions', { caseId: c.caseId, opinions: [{ itemId: 'plan.name', itemTitle: 'x', basis: [], text: '   ' }] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(app.call('review.saveOpinions', { caseId: c.caseId, opinions: [{ itemId: 'plan.ghost', itemTitle: 'x', basis: [], text: '意见' }] })).rejects.toMatchObject({ code: 'REVIEW_UNKNOWN_ITEM' });

    // A malformed ruleset file is refused with its line; nothing is written to the data folder.
    const bad = path.join(app.dir, 'bad.yaml');
    fs.writeFileSync(bad, 'id: hebei\nname: 河北省\nversion: "2027.1"\njurisdiction: 河北省\nflags:\n  - id: x\n    title: t\n');
    await expect(app.call('review.importRuleset', { file: { kind: 'path', path: bad } })).rejects.toMatchObject({ code: 'RULESET_INVALID', message: expect.stringMatching(/第 6 行/) });
    expect(fs.existsSync(path.join(app.services.dirs.dataDir, 'rulesets'))).toBe(false);
  });
});
