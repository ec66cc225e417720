import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { testApp } from '../../helpers/services';
import { CORPUS_DIR } from '../../helpers/reviewCorpus';
import { codeOf } from '../../helpers/committeeSetup';

process.env.REVIEW_DESK_TEMPLATES_DIR = path.resolve('templates');
const app = testApp();
afterAll(() => app.cleanup());

it('with two plans in the case, the one picked is reviewed (not only the latest imported)', async () => {
  const { caseId } = await app.newCase({ jurisdiction: 'hebei' });
  const first = await app.call('documents.import', { caseId, file: { kind: 'path', path: path.join(CORPUS_DIR, 'plan-hebei-defects.txt') }, role: 'plan', target: 'new' });
  await app.call('documents.import', { caseId, file: { kind: 'path', path: path.join(CORPUS_DIR, 'plan-web-qhd.txt') }, role: 'plan', target: 'new' });
  expect((await app.call('review.run', { caseId, kind: 'plan' })).run!.documentName).toBe('plan-web-qhd.txt');
  const picked = await app.call('review.run', { caseId, kind: 'plan', versionId: first.version.versionId });
  expect(picked.run!.documentName).toBe('plan-hebei-defects.txt');
  expect(picked.report!.flags.map((f) => f.id)).toContain('term_over_3y');
  expect(await codeOf(app.call('review.run', { caseId, kind: 'plan', versionId: 'no-such-version' }))).toBe('NOT_FOUND');
});
