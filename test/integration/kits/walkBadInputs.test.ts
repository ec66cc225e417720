import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { twoLaptops, pathRef, KEY_PASS } from './kit-helpers';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', '..', 'templates');

let t: ReturnType<typeof twoLaptops>;
beforeEach(() => (t = twoLaptops()));
afterEach(() => t.cleanup());
const refusal = async (p: Promise<unknown>) => p.then(() => ({ code: 'resolved', message: '' }), (e: { code: string; message: string }) => ({ code: e.code, message: e.message }));

it('two keys of one name: the refusal shows both fingerprints, so the expert can tell which key file is theirs', async () => {
  const { caseId } = await t.office.newCase({ caseType: 'operator_selection', title: '遴选' });
  const other = await t.office.newCase({ caseType: 'operator_selection', title: '另一遴选' });
  const mine = await t.expert(caseId, '张一', 'chair');
  const keep = path.join(t.laptop.dir, 'mine.key.json');
  fs.copyFileSync(mine.keyPath, keep);
  const namesake = await t.expert(other.caseId, '张一', 'chair'); // a second key, same name
  // A selection case with nothing to send yet: the refusal says what to add first (not only "run the review").
  const empty = await refusal(t.exportKit(caseId, mine.memberId));
  expect(empty.code).toBe('REVIEW_NOT_RUN');
  expect(empty.message).toContain('请先在“评分”页添加申报单位');
  await t.office.call('selection.saveApplicant', { caseId, applicant: { name: '甲数据公司', price: null } });
  const kit = await t.exportKit(caseId, mine.memberId);
  const e = await refusal(t.laptop.call('experts.openKit', { file: pathRef(kit.path), key: pathRef(namesake.keyPath), passphrase: KEY_PASS }));
  expect(e.code).toBe('KIT_WRONG_KEY');
  const fps = [...e.message.matchAll(/指纹 ([0-9A-F ]{19})…/g)].map((m) => m[1]);
  expect(fps).toHaveLength(2);
  expect(fps[0]).not.toBe(fps[1]);
  expect(e.message).toContain('请选择指纹相同的本人密钥文件');
  expect((await t.openKit(kit.path, keep)).kitId).toBe(kit.kitId);
});

it('a member removed from the committee while their kit was out: the return is refused naming them and saying what to do, and the case is unchanged', async () => {
  const { caseId } = await t.office.newCase({ caseType: 'operator_selection', title: '遴选' });
  const e = await t.expert(caseId, '张一', 'chair');
  const scheme = (await t.office.call('selection.templates', {})).templates.find((x) => x.templateId === 'wenzhou-default')!.scheme;
  await t.office.call('selection.saveScheme', { caseId, scheme });
  const a = await t.office.call('selection.saveApplicant', { caseId, applicant: { name: '甲数据公司', price: null } });
  const k = await t.exportKit(caseId, e.memberId);
  const kit = await t.openKit(k.path, e.keyPath);
  await t.laptop.call('experts.kitDeclare', { kitId: kit.kitId, declarations: [{ applicantId: a.applicantId, relation: 'none' }] });
  const r = await t.writeReturn(kit.kitId, e.keyPath);
  await t.office.call('committee.remove', { caseId, memberId: e.memberId, reason: '专家无法参加' }); // a kit out: removed only with a reason
  const auditBefore = (await t.office.call('cases.audit', { caseId, limit: 200 })).entries.length;
  const refused = await refusal(t.importReturn(caseId, r.path));
  expect(refused.code).toBe('NOT_FOUND');
  expect(refused.message).toContain('该回执来自 张一，但张一已从评审委员会中移除');
  expect(refused.message).toContain('案卷未作任何改动');
  expect((await t.office.call('cases.audit', { caseId, limit: 200 })).entries.length).toBe(auditBefore);
  expect((await t.office.call('experts.records', { caseId })).records).toHaveLength(0);
});
