import path from 'node:path';
import fs from 'node:fs';
import { test, expect, pickOption } from './fixtures';
import { createKeyFile } from '../../main/services/memos/keys';

const PASS = 'Kx7-评审台-2026';
const CORPUS = path.resolve(import.meta.dirname, '..', 'fixtures', 'review');

test('an expert signs in with their own key, records and submits signed verdicts, and is signed out', async ({ app: page, host, shot }) => {
  // Key unlocking (scrypt) runs twice on a shared machine: give the whole walk-through room, not each step.
  test.setTimeout(300_000);
  await page.getByTestId('new-case').click();
  const dialog = page.getByRole('dialog', { name: '新建评审案卷' });
  await dialog.getByTestId('case-title').fill('某县公共数据授权运营实施方案评审');
  await pickOption(dialog, page, 'case-type', '实施方案评审');
  await pickOption(dialog, page, 'case-jurisdiction', '河北省');
  await dialog.getByTestId('case-path').fill(path.join(host.dataDir, 'experts.rdcase'));
  await dialog.getByTestId('passphrase').fill(PASS);
  await dialog.getByTestId('passphrase-confirm').fill(PASS);
  await dialog.getByRole('button', { name: '创建案卷' }).click();
  const sidebar = page.getByTestId('case-sidebar');
  await sidebar.getByText('合规审查', { exact: true }).click();
  await page.getByTestId('review-file').setInputFiles(path.join(CORPUS, 'plan-hebei-defects.txt'));
  await expect(page.getByTestId('status-plan.products')).toHaveText('缺失', { timeout: 120_000 });
  await page.getByTestId('member-name').fill('王组长');
  await page.getByTestId('add-member').click();
  await expect(page.getByTestId('member-select')).toContainText('王组长（组长）');

  // The key was made on 王组长's own machine; the secretary registers only the public certificate.
  const made = createKeyFile({ name: '王组长', unit: '某大学', passphrase: 'wang-key-2026' });
  const keyFile = path.join(host.dataDir, '王组长.rdkey');
  const certFile = path.join(host.dataDir, '王组长.cert.json');
  fs.writeFileSync(keyFile, made.keyFile);
  fs.writeFileSync(certFile, JSON.stringify(made.certificate));
  await sidebar.getByText('意见书', { exact: true }).click();
  const keys = page.getByTestId('memo-keys');
  await pickOption(keys, page, 'key-member', '王组长');
  await page.locator('#memo-cert-input').setInputFiles(certFile);
  await expect(keys).toContainText(made.certificate.fingerprint);

  // Without signing in, nothing is recorded under 王组长's name.
  await sidebar.getByText('合规审查', { exact: true }).click();
  const products = page.getByTestId('verdict-plan.products');
  await pickOption(products, page, 'verdict-select', '不符合');
  await expect(page.getByText('须由本人用密钥登录')).toBeVisible();
  // The refused choice does not linger in the form as if it were recorded.
  await expect(products.getByTestId('verdict-select')).not.toContainText('不符合');

  // A wrong passphrase is refused; the right one signs 王组长 in and the bar says who and who operates.
  const bar = page.getByTestId('expert-sign-in');
  await bar.getByTestId('expert-key-file').setInputFiles(keyFile);
  await bar.getByTestId('expert-pass').fill('wrong-pass-1');
  await bar.getByTestId('expert-sign-in-button').click();
  await expect(page.getByText('密钥口令不正确')).toBeVisible();
  await bar.getByTestId('expert-pass').fill('wang-key-2026');

  await bar.getByTestId('expert-sign-in-button').click();
  await expect(page.getByTestId('expert-name')).toHaveText('王组长');
  await expect(page.getByTestId('expert-session')).toContainText('操作人');
  await pickOption(products, page, 'verdict-select', '不符合');
  await expect(products.getByTestId('verdict-select')).toContainText('不符合');
  await products.getByTestId('verdict-comment').fill('未列明产品和服务清单');
  await products.getByTestId('verdict-comment').blur();
  await shot('experts-signed-in');

  await page.getByTestId('submit-verdicts').click();
  await expect(page.getByText('已提交并签名')).toBeVisible();
  await expect(page.getByTestId('expert-sign-in')).toBeVisible();
  const records = page.getByTestId('signed-records');
  await expect(records).toContainText('王组长');
  await expect(records).toContainText('审查意见');
  await expect(records.getByTestId('record-valid')).toBeVisible();
  await shot('experts-submitted-signed');
});
