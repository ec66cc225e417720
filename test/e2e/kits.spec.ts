import path from 'node:path';
import fs from 'node:fs';
import { test, expect, pickOption } from './fixtures';
import { createKeyFile } from '../../main/services/memos/keys';
import { ExpertDesk } from '../../main/services/kits/return';

const PASS = 'Kx7-评审台-2026';
const CORPUS = path.resolve(import.meta.dirname, '..', 'fixtures', 'review');

test('the secretary exports an expert kit, the expert returns it signed from their own laptop, the secretary imports it once', async ({ app: page, host, shot }) => {
  test.setTimeout(300_000);
  await page.getByTestId('new-case').click();
  const dialog = page.getByRole('dialog', { name: '新建评审案卷' });
  await dialog.getByTestId('case-title').fill('某县公共数据授权运营实施方案评审');
  await pickOption(dialog, page, 'case-type', '实施方案评审');
  await pickOption(dialog, page, 'case-jurisdiction', '河北省');
  await dialog.getByTestId('case-path').fill(path.join(host.dataDir, 'kits.rdcase'));
  await dialog.getByTestId('passphrase').fill(PASS);
  await dialog.getByTestId('passphrase-confirm').fill(PASS);
  await dialog.getByRole('button', { name: '创建案卷' }).click();
  const sidebar = page.getByTestId('case-sidebar');
  await sidebar.getByText('合规审查', { exact: true }).click();
  await page.getByTestId('review-file').setInputFiles(path.join(CORPUS, 'plan-hebei-defects.txt'));
  await expect(page.getByTestId('status-plan.products')).toHaveText('缺失', { timeout: 120_000 });
  await page.getByTestId('member-name').fill('王专家');
  await page.getByTestId('add-member').click();
  await expect(page.getByTestId('member-select')).toContainText('王专家');

  const made = createKeyFile({ name: '王专家', unit: '某大学', passphrase: 'wang-key-2026' });
  const keyFile = path.join(host.dataDir, '王专家.rdkey');
  const certFile = path.join(host.dataDir, '王专家.cert.json');
  fs.writeFileSync(keyFile, made.keyFile);
  fs.writeFileSync(certFile, JSON.stringify(made.certificate));
  await sidebar.getByText('意见书', { exact: true }).click();
  const keys = page.getByTestId('memo-keys');
  await pickOption(keys, page, 'key-member', '王专家');
  await page.locator('#memo-cert-input').setInputFiles(certFile);
  await expect(keys).toContainText(made.certificate.fingerprint);

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
