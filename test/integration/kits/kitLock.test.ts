import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { testApp } from '../../helpers/services';
import { RULESETS_DIR } from '../../helpers/reviewCorpus';
import { KEY_PASS, codeOf, expertWithKey, pathRef, reviewedCase } from '../../helpers/committeeSetup';

process.env.REVIEW_DESK_TEMPLATES_DIR = path.join(path.dirname(RULESETS_DIR));

type App = ReturnType<typeof testApp>;
let office: App;
let laptop: App;
beforeEach(() => {
  office = testApp();
  laptop = testApp();
});
afterEach(() => {
  office.cleanup();
  laptop.cleanup();
});

async function exportKit(caseId: string, memberId: string, name: string) {
  const k = await office.call('experts.exportKit', { caseId, memberId });
  const file = path.join(office.dir, `${name}.rdkit`);
  fs.writeFileSync(file, office.services.files.getOutput(k.file.outputId).data);
  return { ...k, path: file };
}

/** A reviewed case, 赵专家's kit opened on the laptop, and one verdict recorded in it. */
async function zhaoKitWithVerdict() {
  const { caseId } = await reviewedCase(office, path.join(office.dir, 'case.rdcase'));
  const zhao = await office.call('committee.save', { caseId, member: { name: '赵专家', unit: '某所', role: 'member' } });
  const kit = await exportKit(caseId, zhao.memberId, 'zhao');
  const { kit: opened } = await laptop.call('experts.openKit', { file: pathRef(kit.path), code: kit.code! });
  const itemId = opened.form!.items[0].itemId;
  await laptop.call('experts.kitVerdict', { kitId: opened.kitId, itemId, verdict: 'fails', comment: '缺少产品清单' });
  return { caseId, kit, opened, itemId };
}

it('a kit screen locked when idle opens again only with the secret that opened it, and keeps what was filled in', async () => {
  const { caseId, kit, opened } = await zhaoKitWithVerdict();

  // A wrong code, or another kit's file, does not unlock it.
  expect(await codeOf(laptop.call('experts.unlockKit', { kitId: opened.kitId, file: pathRef(kit.path), code: 'ABCD-EFGH-JKMN-PQRS-TVWX' }))).toBe('KIT_WRONG_CODE');
  const zhang = await expertWithKey(office, caseId, '张专家', { keyDir: laptop.dir, certDir: office.dir });
  const other = await exportKit(caseId, zhang.memberId, 'zhang');
  const wrongFile = await laptop.call('experts.unlockKit', { kitId: opened.kitId, file: pathRef(other.path), key: pathRef(zhang.keyPath), passphrase: KEY_PASS }).catch((e: { code: string; message: string }) => e);
  expect(wrongFile).toMatchObject({ code: 'KIT_FILE_INVALID', message: expect.stringContaining('不是当前打开的专家包') });
  // A kit that is not open cannot be unlocked (nothing to show).
  expect(await codeOf(laptop.call('experts.unlockKit', { kitId: other.kitId, file: pathRef(other.path), key: pathRef(zhang.keyPath), passphrase: KEY_PASS }))).toBe('NOT_FOUND');

  // The right code (typed any way) unlocks; the verdict typed before the lock is still there.
  expect(await laptop.call('experts.unlockKit', { kitId: opened.kitId, file: pathRef(kit.path), code: kit.code!.toLowerCase() })).toEqual({ unlocked: true });
  const draft = await laptop.call('experts.kitDraft', { kitId: opened.kitId });
  expect(JSON.stringify(draft)).toContain('缺少产品清单');
});

it('a kit opened again while the app still holds it (a reloaded page) comes back with what was filled in; 关闭专家包 forgets it', async () => {
  const { kit, opened, itemId } = await zhaoKitWithVerdict();

  // Only with the secret, as the first time.
  expect(await codeOf(laptop.call('experts.openKit', { file: pathRef(kit.path), code: 'ABCD-EFGH-JKMN-PQRS-TVWX' }))).toBe('KIT_WRONG_CODE');
  const { kit: again } = await laptop.call('experts.openKit', { file: pathRef(kit.path), code: kit.code! });
  expect(again.form!.verdicts).toEqual([{ itemId, verdict: 'fails', comment: '缺少产品清单' }]);

  expect(await laptop.call('experts.closeKit', { kitId: opened.kitId })).toEqual({ closed: true });
  expect(await codeOf(laptop.call('experts.kitDraft', { kitId: opened.kitId }))).toBe('NOT_FOUND');
  const { kit: fresh } = await laptop.call('experts.openKit', { file: pathRef(kit.path), code: kit.code! });
  expect(fresh.form!.verdicts).toEqual([]);
});
