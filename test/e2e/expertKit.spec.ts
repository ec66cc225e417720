import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { caseWithReview, exportKit, expertLaptop, pickKit, registerExpertKey, CORPUS } from '../helpers/kitsE2e';

const TITLE = '某县公共数据授权运营实施方案评审';
const PLAN = 'plan-hebei-defects.txt';
const WANG_PASS = 'wang-key-2026';

test('an expert opens their kit on their own laptop, records verdicts, signs the return; the secretary imports it and the case shows the signed record', async ({ app: page, host, browser, shot }) => {
  // Two hosts, scrypt key unlocks and a review run on a shared machine: room for the whole walk-through, not per step.
  test.setTimeout(420_000);
  const usb = fs.mkdtempSync(path.join(host.dataDir, 'usb-'));
  await caseWithReview(page, host.dataDir, { title: TITLE, plan: PLAN, members: ['王专家'] });
  const laptop = await expertLaptop(browser);
  try {
    const { keyFile } = await registerExpertKey(page, '王专家', laptop.dataDir, WANG_PASS);
    const { kitPath, code } = await exportKit(page, '王专家', usb);
    expect(code, 'a kit for a member with a registered SM2 key needs no code').toBeNull();

    // The expert's laptop: no case, no case passphrase. The kit's head says whom it is for before it is unlocked.
    const ep = laptop.page;
    await pickKit(ep, kitPath, '王专家');
    await expect(ep.getByTestId('kit-head')).toContainText('已加密给其签名密钥');
    await ep.getByTestId('kit-key-file').setInputFiles(keyFile);
    // A wrong passphrase: the service's Chinese message, and the form keeps the kit and key chosen.
    await ep.getByLabel('密钥口令').fill('not-my-pass-1');
    await ep.getByTestId('kit-open').click();
    await expect(ep.getByTestId('open-kit-error')).toContainText('密钥口令不正确');
    await expect(ep.getByTestId('kit-file-button')).toContainText('.rdkit');
    await ep.getByLabel('密钥口令').fill(WANG_PASS);
    await ep.getByTestId('kit-open').click();

    const ws = ep.getByTestId('kit-workspace');
    await expect(ws.getByTestId('kit-member')).toContainText('王专家', { timeout: 60_000 });
    await expect(ws.getByTestId('kit-case')).toHaveText(TITLE);
    const sha = crypto.createHash('sha256').update(fs.readFileSync(path.join(CORPUS, PLAN))).digest('hex');
    await expect(ws.getByTestId('kit-sha256')).toContainText(sha.slice(0, 4).toUpperCase());
    const products = ws.getByTestId('kit-item-plan.products');
    await expect(products.getByTestId('kit-item-status')).toHaveText('缺失');

    // Reading the text: the document opens in the drawer, in full.
    await ws.getByTestId('kit-read').first().click();
    const drawer = ep.getByTestId('document-drawer');
    await expect(drawer.locator('p').first()).toBeVisible();
    await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();

    await products.getByText('不符合', { exact: true }).click();
    await products.getByLabel('意见说明').fill('未列明产品和服务清单');
    const supervision = ws.getByTestId('kit-item-plan.supervision');
    await supervision.getByText('基本符合', { exact: true }).click();
    // Typed but not yet blurred when 生成回执 is clicked: it still goes into the return.
    await supervision.getByLabel('意见说明').fill('监管安排需写明责任部门');
    await expect(ws.getByText('已填 2/')).toBeVisible();
    await laptop.shot('expert-kit-workspace');
    await products.scrollIntoViewIfNeeded();
    await laptop.shot('expert-kit-items', false);

    await ws.getByTestId('kit-write-return').click();
    const dialog = ep.getByRole('dialog', { name: '生成回执（本人签名）' });
    await expect(dialog.getByTestId('return-contents')).toContainText('审查意见 2 项');
    await expect(dialog.getByTestId('return-key-button')).toContainText('.rdkey');
    // A wrong passphrase keeps the dialog and everything typed.
    await dialog.getByLabel('密钥口令').fill('not-my-pass-2');
    await dialog.getByTestId('return-sign').click();
    await expect(dialog.getByTestId('return-error')).toContainText('密钥口令不正确', { timeout: 60_000 });
    await laptop.shot('expert-kit-return-refused', false);
    await dialog.getByLabel('密钥口令').fill(WANG_PASS);
    const [download] = await Promise.all([ep.waitForEvent('download', { timeout: 120_000 }), dialog.getByTestId('return-sign').click()]);
    const returnPath = path.join(usb, download.suggestedFilename());
    await download.saveAs(returnPath);
    expect(returnPath.endsWith('.rdreturn')).toBe(true);
    await expect(ep.getByTestId('kit-written')).toContainText('回执已生成');
    await expect(supervision.getByLabel('意见说明')).toHaveValue('监管安排需写明责任部门');
    await laptop.shot('expert-kit-returned');
    const file = JSON.parse(fs.readFileSync(returnPath, 'utf8')) as { records: { kind: string; signedText: string }[] };
    const signed = JSON.parse(file.records.find((r) => r.kind === 'verdicts')!.signedText);
    expect(signed.body.verdicts.map((v: { itemId: string; comment: string }) => [v.itemId, v.comment])).toEqual([
      ['plan.products', '未列明产品和服务清单'],
      ['plan.supervision', '监管安排需写明责任部门'],
    ]);

    // Back at the secretary's: the return is imported and the case shows the signed record and the verdicts.
    await page.locator('#kit-return-input').setInputFiles(returnPath);
    await expect(page.getByText('已导入王专家的回执')).toBeVisible({ timeout: 60_000 });
    const records = page.getByTestId('signed-records');
    await expect(records).toContainText('王专家');
    await expect(records.getByTestId('record-valid')).toBeVisible();
    await page.getByTestId('review-tabs').getByText('组长汇总（并列对比）').click();
    await expect(page.getByTestId('side-plan.products-王专家')).toContainText('不符合');
    await expect(page.getByTestId('side-plan.products-王专家')).toContainText('未列明产品和服务清单');
    await records.scrollIntoViewIfNeeded();
    await shot('expert-kit-secretary-imported');
  } finally {
    await laptop.close();
  }
});

test('a kit locked with a one-time code: a wrong code is refused in Chinese and keeps what was typed; the right one opens it', async ({ app: page, host, browser }) => {
  test.setTimeout(300_000);
  const usb = fs.mkdtempSync(path.join(host.dataDir, 'usb-'));
  await caseWithReview(page, host.dataDir, { title: TITLE, plan: PLAN, members: ['李专家'] });
  const { kitPath, code } = await exportKit(page, '李专家', usb);
  expect(code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){4}$/);
  const laptop = await expertLaptop(browser);
  try {
    const ep = laptop.page;
    await pickKit(ep, kitPath, '李专家');
    await expect(ep.getByTestId('kit-head')).toContainText('一次性专家包口令');
    const wrong = code!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    await ep.getByLabel('专家包口令', { exact: true }).fill(wrong);
    await ep.getByTestId('kit-open').click();
    await expect(ep.getByTestId('open-kit-error')).toContainText('专家包口令不正确');
    await expect(ep.getByLabel('专家包口令', { exact: true })).toHaveValue(wrong);
    await laptop.shot('expert-kit-wrong-code');

    // A corrupt kit file is refused as such, not as a wrong code.
    const broken = path.join(usb, 'broken.rdkit');
    fs.writeFileSync(broken, fs.readFileSync(kitPath, 'utf8').slice(0, 200));
    await ep.getByTestId('kit-file').setInputFiles(broken);
    await ep.getByTestId('kit-open').click();
    await expect(ep.getByTestId('open-kit-error')).toContainText('不是评审台专家包，或已损坏');

    await ep.getByTestId('kit-file').setInputFiles(kitPath);
    await ep.getByLabel('专家包口令', { exact: true }).fill(code!.toLowerCase());
    await ep.getByTestId('kit-open').click();
    await expect(ep.getByTestId('kit-member')).toContainText('李专家', { timeout: 60_000 });
    await expect(ep.getByTestId('kit-needs-key')).toBeVisible();
  } finally {
    await laptop.close();
  }
});
