import path from 'node:path';
import fs from 'node:fs';
import { test, expect, pickOption } from './fixtures';
import { createCaseInUi, registerMemberKeyInUi, reviewPlanWithMember } from '../helpers/committeeSetupUi';
import { ExpertDesk } from '../../main/services/kits/return';

test('the secretary exports an expert kit, the expert returns it signed from their own laptop, the secretary imports it once', async ({ app: page, host, shot }) => {
  test.setTimeout(300_000);
  await createCaseInUi(page, host, 'kits.rdcase');
  const sidebar = page.getByTestId('case-sidebar');
  await reviewPlanWithMember(page, '王专家');
  const { made } = await registerMemberKeyInUi(page, host, '王专家', 'wang-key-2026');

  await sidebar.getByText('合规审查', { exact: true }).click();
  const card = page.getByTestId('kits-card');
  await pickOption(card, page, 'kit-member', '王专家');
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByTestId('kit-export').click()]);
  const kitPath = path.join(host.dataDir, 'usb.rdkit');
  await download.saveAs(kitPath);
  await expect(page.getByText('已加密给其登记的签名密钥')).toBeVisible();

  // The expert's laptop: the kit opens with their key alone; they record a verdict and sign the return.
  const desk = new ExpertDesk({ operator: () => '王专家' });
  const kit = desk.openKit(fs.readFileSync(kitPath, 'utf8'), { keyFile: made.keyFile, passphrase: 'wang-key-2026' });
  desk.saveVerdict(kit.kitId, 'plan.products', 'fails', '未列明产品和服务清单');
  const returnPath = path.join(host.dataDir, 'wang.rdreturn');
  fs.writeFileSync(returnPath, desk.writeReturn(kit.kitId, made.keyFile, 'wang-key-2026').fileText);

  await page.locator('#kit-return-input').setInputFiles(returnPath);
  await expect(page.getByText('已导入王专家的回执')).toBeVisible({ timeout: 60_000 });
  const records = page.getByTestId('signed-records');
  await expect(records).toContainText('王专家');
  await expect(records.getByTestId('record-valid')).toBeVisible();
  await shot('kits-return-imported');

  // The same return again is refused, with the reason in Chinese.
  await page.locator('#kit-return-input').setInputFiles(returnPath);
  await expect(page.getByText('已经导入过，不能重复导入')).toBeVisible({ timeout: 60_000 });
  await shot('kits-return-duplicate');
});
