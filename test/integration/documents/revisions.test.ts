import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testAppPerTest } from '../../helpers/appPerTest';
import { CORPUS_DIR } from '../../helpers/reviewCorpus';
import { planDocx, planSections } from '../../fixtures/documents/make';
import { revisionVerdict, titleSimilarity } from '../../../shared/document/titleSimilarity';
import { createKeyFile } from '../../../main/services/memos/keys';
import { newerVersionThanReviewed } from '../../../shared/document/staleness';

const corpus = (name: string) => ({ kind: 'path' as const, path: path.join(CORPUS_DIR, name) });

describe('a different plan is a new document; a revision is a new version; in between the user is asked', () => {
  const app = testAppPerTest();

  const docx = async (name: string, title: string, version: 1 | 2 = 1) => {
    const f = path.join(app.dir, name);
    fs.writeFileSync(f, await planDocx(planSections(version), title));
    return { kind: 'path' as const, path: f, name };
  };

  it('a file picked for review whose title is only close to a plan in the case goes in as a new document, and that file is reviewed', async () => {
    const { caseId } = await app.newCase();
    const qhd = await app.call('documents.import', { caseId, file: corpus('plan-web-qhd.txt'), role: 'plan' });
    await app.call('documents.correct', { caseId, versionId: qhd.version.versionId, title: '秦皇岛市交通出行领域公共数据授权运营实施方案', bodyStart: 11, reason: '去掉网页标题' });
    // Nobody can be asked on the review page: no refusal, no new version of the Qinhuangdao plan.
    const wenzhou = await docx('wenzhou.docx', '温州市公共数据授权运营实施方案（征求意见稿）');
    const s = await app.call('review.run', { caseId, kind: 'plan', file: wenzhou });
    expect(s.report?.documentTitle).toBe('温州市公共数据授权运营实施方案（征求意见稿）');
    const docs = (await app.call('documents.list', { caseId })).documents;
    expect(docs.map((d) => d.versions.length)).toEqual([1, 1]);
  });

  it('the Wenzhou plan does not become 第 2 版 of the Qinhuangdao plan; the user chooses, and a revision goes in as v2', async () => {
    const { caseId } = await app.newCase();
    const qhd = await app.call('documents.import', { caseId, file: corpus('plan-web-qhd.txt'), role: 'plan' });
    // The website copy's title is corrected first: the comparison uses the title a person confirmed.
    await app.call('documents.correct', { caseId, versionId: qhd.version.versionId, title: '秦皇岛市交通出行领域公共数据授权运营实施方案', bodyStart: 11, reason: '去掉网页标题' });
    const before = (await app.call('documents.list', { caseId })).documents.length;

    // Another city's plan: same role, a template-alike title, a different place: not taken silently.
    const wenzhou = await docx('wenzhou.docx', '温州市公共数据授权运营实施方案（征求意见稿）');
    const err = await app.call('documents.import', { caseId, file: wenzhou, role: 'plan' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'DOC_REVISION_UNSURE' });
    expect((err as Error).message).toContain('《秦皇岛市交通出行领域公共数据授权运营实施方案》');
    expect((err as Error).message).toContain('新文件');
    expect((await app.call('documents.list', { caseId })).documents).toHaveLength(before);

    // The user says "new document".
    const wz = await app.call('documents.import', { caseId, file: wenzhou, role: 'plan', target: 'new' });
    expect(wz.isNewDocument).toBe(true);
    expect(wz.version.version).toBe(1);

    // A revised Qinhuangdao plan (送审稿) is a new version of the Qinhuangdao plan, not of the Wenzhou one.
    const rev = await app.call('documents.import', { caseId, file: await docx('qhd-rev.docx', '秦皇岛市交通出行领域公共数据授权运营实施方案（送审稿）'), role: 'plan' });
    expect(rev.isNewDocument).toBe(false);
    expect(rev.document.documentId).toBe(qhd.document.documentId);
    expect(rev.version.version).toBe(2);

    // Something else entirely of the same role: a new document without asking.
    const other = await app.call('documents.import', { caseId, file: await docx('pricing.docx', '数据产品价格形成机制说明'), role: 'plan' });
    expect(other.isNewDocument).toBe(true);
    const docs = (await app.call('documents.list', { caseId })).documents;
    expect(docs.map((d) => d.versions.length).sort()).toEqual([1, 1, 2]);
    const audit = (await app.call('cases.audit', { caseId, limit: 50 })).entries.filter((e) => e.action === 'documents.import');
    expect(audit).toHaveLength(4);
  });

  it('measures titles, not equality: revision marks and punctuation do not count; another place does', () => {
    expect(titleSimilarity('某市公共数据授权运营实施方案', '某市公共数据授权运营实施方案（修订稿）')).toBe(1);
    expect(revisionVerdict('秦皇岛市公共数据资源授权运营实施方案', '秦皇岛市公共数据授权运营实施方案').verdict).toBe('revision');
    expect(revisionVerdict('某市交通出行领域公共数据授权运营实施方案', '秦皇岛市交通出行领域公共数据授权运营实施方案').verdict).toBe('unsure');
    expect(revisionVerdict('秦皇岛市数据和政务服务局欢迎您!', '秦皇岛市公共数据资源授权运营实施方案').verdict).toBe('different');
  });
});

describe('removing a document: audited with its reason, its bytes gone, refused once its review memo is signed', () => {
  const app = testAppPerTest();

  const count = (caseId: string, sql: string, ...args: string[]) => (app.services.openCases.get(caseId).db.prepare(sql).get(...args) as { n: number }).n;

  it('removes a wrongly imported plan with its versions and original, and keeps bytes still used elsewhere', async () => {
    const { caseId } = await app.newCase();
    const qhd = await app.call('documents.import', { caseId, file: corpus('plan-web-qhd.txt'), role: 'plan' });
    const f = path.join(app.dir, 'wz.docx');
    fs.writeFileSync(f, await planDocx(planSections(1), '温州市公共数据授权运营实施方案'));
    const wz = await app.call('documents.import', { caseId, file: { kind: 'path', path: f, name: 'wz.docx' }, role: 'plan', target: 'new' });
    // The same bytes again as an attachment: one blob, two documents.
    const att = await app.call('documents.import', { caseId, file: { kind: 'path', path: f, name: 'wz-copy.docx' }, role: 'other', target: 'new' });
    const sha = wz.version.sha256;

    await expect(app.call('documents.remove', { caseId, documentId: wz.document.documentId, reason: '  ' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('删除原因') });
    const r1 = await app.call('documents.remove', { caseId, documentId: wz.document.documentId, reason: '误导入：温州方案与本案无关' });
    expect(r1.blobsDeleted).toBe(0);
    expect(count(caseId, 'SELECT count(*) AS n FROM blobs WHERE sha256 = ?', sha)).toBe(1);
    const r2 = await app.call('documents.remove', { caseId, documentId: att.document.documentId, reason: '重复' });
    expect(r2.blobsDeleted).toBe(1);
    expect(count(caseId, 'SELECT count(*) AS n FROM blobs WHERE sha256 = ?', sha)).toBe(0);
    expect(count(caseId, 'SELECT count(*) AS n FROM blob_chunks WHERE sha256 = ?', sha)).toBe(0);
    expect((await app.call('documents.list', { caseId })).documents.map((d) => d.documentId)).toEqual([qhd.document.documentId]);
    await expect(app.call('documents.remove', { caseId, documentId: wz.document.documentId, reason: '再删' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const audit = (await app.call('cases.audit', { caseId, limit: 50 })).entries.filter((e) => e.action === 'documents.remove');
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).toContain('误导入：温州方案与本案无关');
    expect(app.services.openCases.get(caseId).verifyAudit().intact).toBe(true);
  });

  it('refuses once a member signed the review memo of that document', async () => {
    const { caseId } = await app.newCase({ jurisdiction: 'qinhuangdao' });
    const qhd = await app.call('documents.import', { caseId, file: corpus('plan-web-qhd.txt'), role: 'plan' });
    const zs = await app.call('committee.save', { caseId, member: { name: '张三', unit: '某大学', title: '教授', role: 'chair' } });
    const run = await app.call('review.run', { caseId });
    // a 专家论证意见 is signable only with an expert's verdict on the checklist
    await app.call('review.saveVerdict', { caseId, itemId: run.report!.items[0].id, memberId: zs.memberId, verdict: 'conforms', comment: '' });
    const memo = await app.call('memos.generate', { caseId, type: 'plan_opinion', inputs: { opinion: '基本完整。', conclusion: '同意修改完善后报批。' } });
    const keyFile = path.join(app.dir, 'zs.rdkey');
    fs.writeFileSync(keyFile, createKeyFile({ name: '张三', unit: '某大学', passphrase: 'pass-张三-1' }).keyFile);
    await app.call('memos.sign', { caseId, memoId: memo.memoId, key: { kind: 'path', path: keyFile }, passphrase: 'pass-张三-1' });
    const before = (await app.call('documents.list', { caseId })).documents.length;
    await expect(app.call('documents.remove', { caseId, documentId: qhd.document.documentId, reason: '误导入' })).rejects.toMatchObject({
      code: 'DOC_REMOVE_SIGNED',
      message: expect.stringContaining('已有专家签署，不能删除'),
    });
    expect((await app.call('documents.list', { caseId })).documents).toHaveLength(before);
  });
});

describe('the review page knows when the reviewed document has a newer version', () => {
  const app = testAppPerTest();

  it('a review of v1 is stale once v2 is imported, and current again after re-running', async () => {
    const { caseId } = await app.newCase({ jurisdiction: 'qinhuangdao' });
    await app.call('documents.import', { caseId, file: corpus('plan-web-qhd.txt'), role: 'plan' });
    const run1 = (await app.call('review.run', { caseId })).run!;
    const docs = async () => (await app.call('documents.list', { caseId })).documents;
    expect(newerVersionThanReviewed(await docs(), run1.documentSha256)).toBeNull();

    const f = path.join(app.dir, 'qhd-v2.txt');
    fs.writeFileSync(f, fs.readFileSync(path.join(CORPUS_DIR, 'plan-web-qhd.txt'), 'utf8') + '\n补充：数据安全责任由运营机构承担。\n');
    await app.call('documents.import', { caseId, file: { kind: 'path', path: f, name: 'qhd-v2.txt' }, role: 'plan' });
    const state = await app.call('review.get', { caseId });
    expect(newerVersionThanReviewed(await docs(), state.run!.documentSha256)).toMatchObject({ reviewed: 1, current: 2, fileName: 'qhd-v2.txt', title: expect.stringContaining('秦皇岛市交通出行领域') });

    const run2 = (await app.call('review.run', { caseId })).run!;
    expect(newerVersionThanReviewed(await docs(), run2.documentSha256)).toBeNull();
  });
});
