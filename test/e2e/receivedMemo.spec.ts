import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, pickOption } from './fixtures';
import { createKeyFile } from '../../main/services/memos/keys';
import { splitSignedPdf } from '../../main/services/memos/bundle';

const PASS = 'Kx7-评审台-2026';

/** Picks the files in the 校验收到的意见书 card (or dialog) and presses 校验; returns the result box. */
async function check(page: Page, scope: ReturnType<Page['getByTestId']>, pdf: string, sig?: string) {
  await scope.getByTestId('received-pdf').setInputFiles(pdf);
  if (sig) await scope.getByTestId('received-sig').setInputFiles(sig);
  await expect(scope.getByTestId('received-pdf-name')).toHaveText(path.basename(pdf));
  await scope.getByTestId('received-verify').click();
  const result = scope.getByTestId('received-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  return result;
}

test('a received signed memo PDF is checked in the UI: the app\'s own signed copy passes, a tampered copy, an unsigned PDF and a non-PDF say what to do', async ({ app: page, host, shot }) => {
  test.setTimeout(300_000); // a memo and its signed copy are laid out on the way; slow on a loaded machine
  await page.getByTestId('new-case').click();
  const dialog = page.getByRole('dialog', { name: '新建评审案卷' });
  await dialog.getByTestId('case-title').fill('某市公共数据授权运营实施方案');
  await pickOption(dialog, page, 'case-type', '实施方案评审');
  await dialog.getByTestId('case-path').fill(path.join(host.dataDir, 'received.rdcase'));
  await dialog.getByTestId('passphrase').fill(PASS);
  await dialog.getByTestId('passphrase-confirm').fill(PASS);
  await dialog.getByRole('button', { name: '创建案卷' }).click();
  await page.getByTestId('add-member').click();
  const m = page.getByRole('dialog', { name: '添加成员' });
  await m.getByTestId('member-name').fill('张三');
  await m.getByTestId('member-unit').fill('某大学');
  await pickOption(m, page, 'member-role', '组长');
  await m.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('committee-card')).toContainText('张三');

  // The memo, signed by 张三 with their own key, saved as the signed PDF, the plain PDF and the signature file.
  await page.getByTestId('case-sidebar').getByText('意见书', { exact: true }).click();
  await page.getByTestId('memo-input-opinion').fill('该实施方案内容基本完整。');
  await page.getByTestId('memo-input-conclusion').fill('同意修改完善后报批。');
  await page.getByTestId('memo-generate').click();
  const preview = page.getByTestId('memo-preview');
  await expect(preview).toContainText('该实施方案内容基本完整。', { timeout: 90_000 });
  const key = path.join(host.dataDir, '张三.rdkey');
  fs.writeFileSync(key, createKeyFile({ name: '张三', unit: '某大学', passphrase: 'zhang-key-2026' }).keyFile);
  const sign = page.getByTestId('memo-sign');
  await sign.getByTestId('memo-key-file').setInputFiles(key);
  await sign.getByTestId('memo-key-pass').fill('zhang-key-2026');
  await sign.getByTestId('memo-sign-button').click();
  await expect(page.getByTestId('memo-list')).toContainText('张三（同意）');
  const saved = async (button: string, name: string) => {
    const dl = page.waitForEvent('download');
    await preview.getByRole('button', { name: button }).click();
    const f = path.join(host.dataDir, name);
    await (await dl).saveAs(f);
    return f;
  };
  const signed = await saved('保存已签署 PDF', 'signed.pdf');
  const plain = await saved('保存 PDF', 'plain.pdf');
  const sig = await saved('保存签名文件', 'memo.rdsig.json');

  // The signed copy, as it came back on the stick: who, when, which key, unchanged, and which version of this case.
  const card = page.getByTestId('received-card');
  let result = await check(page, card, signed);
  await expect(result).toHaveClass(/ant-alert-success/);
  await expect(result).toContainText('全部 1 个签名有效，签署后未被改动');
  await expect(result).toContainText(/有效：张三（某大学），\d{4}年\d+月\d+日 \d\d:\d\d（北京时间）签署，SM2\/SM3 密钥指纹 [0-9A-F ]{19}…，意见：同意/);
  await expect(result).toContainText('签名密钥已与本案卷登记的评审委员会成员密钥核对');
  await expect(result).toContainText('与本案卷专家论证意见第1版定稿一致');
  await shot('received-memo-valid');

  // One byte changed inside the signed part.
  const bytes = fs.readFileSync(signed);
  const t = Buffer.from(bytes);
  t[Math.floor(splitSignedPdf(bytes).pdf.length / 2)] ^= 0x01;
  const tampered = path.join(host.dataDir, 'tampered.pdf');
  fs.writeFileSync(tampered, t);
  result = await check(page, card, tampered);
  await expect(result).toHaveClass(/ant-alert-error/);
  await expect(result).toContainText('校验未通过，不能作为已签署的意见书使用');
  await expect(result).toContainText('无效：张三（某大学）');
  await expect(result).toContainText('内容已改动');
  await expect(result).toContainText('不要把这份文件放入会议材料');
  await shot('received-memo-tampered');

  // The PDF saved before signing: no signature in it; with its signature file it verifies.
  result = await check(page, card, plain);
  await expect(result).toContainText('无法校验');
  await expect(result).toContainText('请同时选择随附的签名文件（.rdsig.json）');
  result = await check(page, card, plain, sig);
  await expect(result).toContainText('全部 1 个签名有效');
  await expect(result).toContainText('签名取自所选的签名文件');

  // A Word file renamed .pdf.
  const notPdf = path.join(host.dataDir, '意见书.pdf');
  fs.writeFileSync(notPdf, Buffer.from('PK\x03\x04word/document.xml'));
  await card.getByRole('button', { name: '不用签名文件' }).click();
  result = await check(page, card, notPdf);
  await expect(result).toContainText('所选文件不是 PDF');
  await expect(result).toContainText('已签署 PDF');

  // On the start page, no case open: the same check, keys only from the file, said as such.
  await page.getByTestId('close-case').click();
  await page.getByTestId('verify-memo-start').click();
  const modal = page.getByRole('dialog', { name: '校验收到的意见书 PDF' });
  result = await check(page, modal, signed);
  await expect(result).toHaveClass(/ant-alert-warning/);
  await expect(result).toContainText('全部 1 个签名有效');
  await expect(result).toContainText('不能证明签署人身份');
  result = await check(page, modal, tampered);
  await expect(result).toContainText('内容已改动');
  await shot('received-memo-start');
});
