import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, pickOption } from './fixtures';
import { createKeyFile } from '../../main/services/memos/keys';

const PASS = 'Kx7-评审台-2026';

test('the secretary generates a memo, previews and saves it, a member signs with their key, and the signatures verify', async ({ app: page, host, shot }) => {
  test.setTimeout(300_000); // several PDFs are laid out on the way; slow on a loaded machine, never a timing check
  // A case with two committee members, made through the UI.
  await page.getByTestId('new-case').click();
  const dialog = page.getByRole('dialog', { name: '新建评审案卷' });
  await dialog.getByTestId('case-title').fill('某市公共数据授权运营实施方案');
  await pickOption(dialog, page, 'case-type', '实施方案评审');
  await dialog.getByTestId('case-agency').fill('某市数据局');
  await dialog.getByTestId('case-path').fill(path.join(host.dataDir, 'memo.rdcase'));
  await dialog.getByTestId('passphrase').fill(PASS);
  await dialog.getByTestId('passphrase-confirm').fill(PASS);
  await dialog.getByRole('button', { name: '创建案卷' }).click();
  for (const [name, role] of [['张三', '组长'], ['李四', '成员']]) {
    await page.getByTestId('add-member').click();
    const m = page.getByRole('dialog', { name: '添加成员' });
    await m.getByTestId('member-name').fill(name);
    await m.getByTestId('member-unit').fill('某大学');
    await pickOption(m, page, 'member-role', role);
    await m.getByRole('button', { name: '保存' }).click();
    await expect(page.getByTestId('committee-card')).toContainText(name);
  }
  // 操作记录 on the same page follows the actions without leaving it.
  await expect(page.getByTestId('audit-log').getByText('添加评审委员会成员')).toHaveCount(2);

  await page.getByTestId('case-sidebar').getByText('意见书', { exact: true }).click();
  // The subject is shown and editable before generating (no document imported yet: the case title, to be checked).
  await expect(page.getByTestId('memo-subject')).toHaveValue('某市公共数据授权运营实施方案');
  await page.getByTestId('memo-subject').fill('《某市公共数据资源授权运营实施方案（送审稿）》');
  // Missing required content is named.
  await page.getByTestId('memo-generate').click();
  await expect(page.getByText(/缺少必需的内容：“论证意见”、“结论”/)).toBeVisible();
  await page.getByTestId('memo-input-opinion').fill('该实施方案内容基本完整，论证较为充分。');
  await page.getByTestId('memo-input-conclusion').fill('同意该实施方案修改完善后按程序报批。');
  await page.getByTestId('memo-generate').click();
  const preview = page.getByTestId('memo-preview');
  await expect(preview).toContainText('专家论证意见', { timeout: 90_000 });
  await expect(preview).toContainText('该实施方案内容基本完整，论证较为充分。');
  await expect(page.getByTestId('memo-list')).toContainText('未签署');
  await shot('memo-preview');

  // Save as PDF: the download holds the memo text.
  const dl = page.waitForEvent('download');
  await preview.getByRole('button', { name: '保存 PDF' }).click();
  const pdf = path.join(host.dataDir, 'memo.pdf');
  await (await dl).saveAs(pdf);
  expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain('该实施方案内容基本完整，论证较为充分。');

  // 张三 signs with the key made on their own machine; a wrong passphrase first.
  const key = path.join(host.dataDir, '张三.rdkey');
  fs.writeFileSync(key, createKeyFile({ name: '张三', unit: '某大学', passphrase: 'zhang-key-2026' }).keyFile);
  const sign = page.getByTestId('memo-sign');
  await sign.getByTestId('memo-key-file').setInputFiles(key);
  await sign.getByTestId('memo-key-pass').fill('wrong-pass-1');
  await sign.getByTestId('memo-sign-button').click();
  await expect(page.getByText('密钥口令不正确')).toBeVisible();
  await expect(page.getByTestId('memo-list')).toContainText('未签署');
  await sign.getByTestId('memo-key-file').setInputFiles(key);
  await sign.getByTestId('memo-key-pass').fill('zhang-key-2026');
  await sign.getByTestId('memo-sign-button').click();
  await expect(page.getByTestId('memo-list')).toContainText('已锁定');
  await expect(page.getByTestId('memo-list')).toContainText('张三（同意）');
  await expect(page.getByTestId('memo-list')).toContainText('某市公共数据资源授权运营实施方案（送审稿）');

  // 打印 opens the memo's own PDF (the signed copy, its 签字表 filled) in the browser's PDF viewer, not the app screen.
  const popup = page.waitForEvent('popup');
  const served = page.context().waitForEvent('response', (r) => r.url().includes('/view/'));
  await preview.getByTestId('memo-print').click();
  const viewer = await popup;
  const res = await served;
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  expect(res.headers()['content-disposition']).toMatch(/^inline/);
  expect(viewer.url()).toContain('/view/');
  const printed = path.join(host.dataDir, 'printed.pdf');
  fs.writeFileSync(printed, await (await page.context().request.get(viewer.url())).body());
  const printedText = execFileSync('pdftotext', [printed, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const t of ['关于《某市公共数据资源授权运营实施方案（送审稿）》的', '该实施方案内容基本完整', '电子签名', '张三', '同意']) expect(printedText).toContain(t);
  await viewer.close();

  // 李四 is picked from the committee and makes a key in the app: the key file is saved, the public key is registered
  // with the case in the same step (no certificate to upload), named and placed as the committee lists 李四.
  const keys = page.getByTestId('memo-keys');
  await pickOption(keys, page, 'key-member', '李四');
  await keys.getByTestId('key-pass').fill('li-key-20261');
  await keys.getByTestId('key-pass2').fill('li-key-20261');
  const downloads: string[] = [];
  page.on('download', async (d) => {
    const f = path.join(host.dataDir, d.suggestedFilename());
    await d.saveAs(f);
    downloads.push(f);
  });
  await keys.getByTestId('key-create').click();
  await expect.poll(() => downloads.length).toBe(1);
  const liKey = downloads[0];
  expect(liKey).toMatch(/\.rdkey$/);
  expect(fs.readFileSync(liKey, 'utf8')).not.toContain('"privateKey"');
  const liCert = JSON.parse(fs.readFileSync(liKey, 'utf8')).certificate;
  expect(liCert).toMatchObject({ name: '李四', unit: '某大学', algorithm: 'sm2' });
  await expect(keys.getByTestId('key-table')).toContainText(liCert.fingerprint);
  await expect(keys.getByTestId('key-table')).toContainText('使用中');
  // A second key for 李四 is not made without a confirmation that says what replacing means; cancelling changes nothing.
  await expect(keys.getByTestId('key-existing')).toContainText('李四已登记密钥');
  await keys.getByTestId('key-pass').fill('li-key-20262');
  await keys.getByTestId('key-pass2').fill('li-key-20262');
  await keys.getByTestId('key-create').click();
  await expect(page.getByTestId('replace-key-confirm')).toContainText('已用原密钥签署的意见书和记录照常可以核验');
  await shot('memo-key-replace-confirm');
  await page.getByRole('dialog').getByRole('button', { name: /^取\s?消$/ }).click();
  await expect(keys.getByTestId('key-table').locator('tbody tr')).toHaveCount(2); // 张三 (registered on first signing) and 李四
  await expect(keys.getByTestId('key-table')).not.toContainText('已替换');
  expect(downloads).toHaveLength(1);
  await sign.getByTestId('memo-key-file').setInputFiles(liKey);
  await sign.getByTestId('memo-key-pass').fill('li-key-20261');
  await sign.getByText('有不同意见（须写明理由）').click();
  await sign.getByPlaceholder('不同意见的理由').fill('收益分配机制论证不足。');
  await sign.getByTestId('memo-sign-button').click();
  await expect(page.getByTestId('memo-list')).toContainText('李四（有不同意见）');

  await sign.getByTestId('memo-verify').click();
  await expect(page.getByTestId('memo-verify-result')).toContainText('全部签名有效');
  await expect(page.getByTestId('memo-verify-result')).toContainText('张三（某大学）');
  await expect(page.getByTestId('memo-verify-result')).toContainText('李四（某大学）');
  await shot('memo-signed-verified');
});
