import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { testAppPerTest } from '../../helpers/appPerTest';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', '..', 'templates');
const CORPUS = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'review');
const PLAN = path.join(CORPUS, 'plan-h5a-jiaoyu-qhd.txt');

const app = testAppPerTest();

// Walk 11: the secretary imported the plan on the 文件 page, then picked the same file on the 合规审查 page; the review
// did not run, and the page showed only “…内容完全相同（SHA-256 一致），未重复导入。”
it('picking on the review page the very file already imported reviews the version in the case, importing nothing again', async () => {
  const { caseId } = await app.newCase({ jurisdiction: 'qinhuangdao' });
  const imported = await app.call('documents.import', { caseId, file: { kind: 'path', path: PLAN }, role: 'plan', target: 'auto', note: '' });
  const state = await app.call('review.run', { caseId, kind: 'plan', file: { kind: 'path', path: PLAN } });
  expect(state.run?.documentName).toBe('plan-h5a-jiaoyu-qhd.txt');
  expect(state.run?.documentSha256).toBe(crypto.createHash('sha256').update(fs.readFileSync(PLAN)).digest('hex'));
  expect(state.report?.items.length).toBeGreaterThan(0);
  const { documents } = await app.call('documents.list', { caseId });
  expect(documents).toHaveLength(1);
  expect(documents[0].versions.map((v) => v.versionId)).toEqual([imported.version.versionId]);

  // On the 文件 page the same file again is still refused, and the message says the case already holds it.
  await expect(app.call('documents.import', { caseId, file: { kind: 'path', path: PLAN }, role: 'plan', target: 'auto', note: '' }))
    .rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('案卷中的第 1 版即是该文件，无需再导入') });
});
