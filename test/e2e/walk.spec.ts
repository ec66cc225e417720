import path from 'node:path';
import fs from 'node:fs';
import { test, expect } from './fixtures';
import { createCaseInUi } from '../helpers/committeeSetupUi';
import { caseWithReview, exportKit, expertLaptop, pickKit } from '../helpers/kitsE2e';

// Things a user tripped on while walking the app as the secretary would (walk-throughs of the sixth session).
const CORPUS = path.resolve(import.meta.dirname, '..', 'fixtures', 'review');

test('a title corrected in the reader shows in the case file list on the way back', async ({ app: page, host }) => {
  const file = path.join(host.dataDir, '网站转载-实施方案.txt');
  fs.copyFileSync(path.join(CORPUS, 'plan-web-qhd.txt'), file);
  await createCaseInUi(page, host, 'walk-docs.rdcase');
  await page.getByTestId('case-sidebar').getByText('文件', { exact: true }).click();
  await page.getByTestId('doc-drop').locator('input[type=file]').setInputFiles([file]);
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-done')).toHaveCount(1);
  await expect(page.getByTestId('doc-list').getByTestId('doc-title')).toHaveText('秦皇岛市交通出行领域公共数据授权运营实施方案（征求意见稿）');
  await page.getByTestId('doc-read').click();
  await page.getByTestId('correct-document').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('correct-title').fill('秦皇岛市交通出行领域公共数据授权运营实施方案');
  await dialog.getByTestId('correct-reason').fill('征求意见稿字样不属于标题');
  await dialog.getByRole('button', { name: '保存更正' }).click();
  await expect(page.getByText('已人工更正')).toBeVisible();
  await page.getByRole('button', { name: '返回文件列表' }).click();
  await expect(page.getByTestId('doc-list').getByTestId('doc-title')).toHaveText('秦皇岛市交通出行领域公共数据授权运营实施方案');
});

test('the expert sign-in offers the .rdkey key files the app makes', async ({ app: page, host }) => {
  await createCaseInUi(page, host, 'walk-key.rdcase');
  await page.getByTestId('case-sidebar').getByText('合规审查', { exact: true }).click();
  await page.getByTestId('review-file').setInputFiles(path.join(CORPUS, 'plan-hebei-defects.txt'));
  await expect(page.getByTestId('run-info')).toContainText('plan-hebei-defects.txt');
  // The file dialog filters by this list: a key saved as 张三.rdkey must be pickable.
  expect((await page.getByTestId('expert-key-file').getAttribute('accept'))?.split(',')).toContain('.rdkey');
});

test('an open expert kit hides its contents after 5 idle minutes and opens again only with its code; what was typed stays', async ({ app: page, host, browser }) => {
  test.setTimeout(300_000); // two hosts and a review run on a shared machine
  const usb = fs.mkdtempSync(path.join(host.dataDir, 'usb-'));
  await caseWithReview(page, host.dataDir, { title: '某县公共数据授权运营实施方案评审', plan: 'plan-hebei-defects.txt', members: ['赵专家'] });
  const laptop = await expertLaptop(browser);
  try {
    const { kitPath, code } = await exportKit(page, '赵专家', usb);
    expect(code).toBeTruthy();
    const ep = laptop.page;
    await ep.clock.install();
    await pickKit(ep, kitPath, '赵专家');
    await ep.getByTestId('kit-code-input').fill(code!);
    await ep.getByTestId('kit-open').click();
    const ws = ep.getByTestId('kit-workspace');
    const products = ws.getByTestId('kit-item-plan.products');
    await expect(products).toBeVisible({ timeout: 60_000 });
    await products.getByText('不符合', { exact: true }).click();
    await products.getByLabel('意见说明').fill('未列明产品和服务清单');

    // Four idle minutes: still open. Past five: nothing of the review is on screen.
    await ep.clock.fastForward('04:00');
    await expect(products).toBeVisible();
    await ep.clock.fastForward('01:05');
    await expect(ep.getByTestId('kit-locked')).toBeVisible();
    await expect(products).toBeHidden();
    await expect(ws.getByTestId('kit-write-return')).toHaveCount(0);

    await ep.getByTestId('kit-unlock-secret').fill('ABCD-EFGH-JKMN-PQRS-TVWX');
    await ep.getByTestId('kit-unlock').click();
    await expect(ep.getByTestId('kit-unlock-error')).toContainText('专家包口令不正确');
    await expect(products).toBeHidden();
    await ep.getByTestId('kit-unlock-secret').fill(code!.toLowerCase());
    await ep.getByTestId('kit-unlock').click();
    await expect(ep.getByTestId('kit-locked')).toHaveCount(0);
    await expect(products.getByLabel('意见说明')).toHaveValue('未列明产品和服务清单');
    await expect(ws.getByTestId('kit-write-return')).toBeVisible();
  } finally {
    await laptop.close();
  }
});
