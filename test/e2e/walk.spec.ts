import path from 'node:path';
import fs from 'node:fs';
import { test, expect, pickOption } from './fixtures';
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

test('the outline of a website copy starts at the document: the notice above it (一、征求意见时间 / 二、反馈方式) stays in the marked preamble', async ({ app: page, host }) => {
  const file = path.join(host.dataDir, '征求意见-实施方案.txt');
  fs.copyFileSync(path.join(CORPUS, 'plan-web-notice-numbered.txt'), file);
  await createCaseInUi(page, host, 'walk-outline.rdcase');
  await page.getByTestId('case-sidebar').getByText('文件', { exact: true }).click();
  await page.getByTestId('doc-drop').locator('input[type=file]').setInputFiles([file]);
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-done')).toHaveCount(1);
  await page.getByTestId('doc-read').click();
  await expect(page.getByTestId('reader-preamble')).toContainText('反馈方式');
  await expect(page.getByTestId('outline-item').first()).toBeVisible();
  await expect(page.getByTestId('outline')).not.toContainText('征求意见时间');
  await expect(page.getByTestId('outline')).not.toContainText('反馈方式');
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
    await laptop.shot('expert-kit-locked');

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

test('a memo not yet signed is listed among the meeting item’s case materials, not pickable, saying why', async ({ app: page, host }) => {
  test.setTimeout(300_000); // a memo PDF is laid out on the way
  await createCaseInUi(page, host, 'walk-meeting.rdcase');
  await page.getByTestId('add-member').click();
  const m = page.getByRole('dialog', { name: '添加成员' });
  await m.getByTestId('member-name').fill('张三');
  await m.getByTestId('member-unit').fill('某大学');
  await pickOption(m, page, 'member-role', '组长');
  await m.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('committee-card')).toContainText('张三');
  await page.getByTestId('case-sidebar').getByText('意见书', { exact: true }).click();
  await page.getByTestId('memo-input-opinion').fill('该实施方案内容基本完整。');
  await page.getByTestId('memo-input-conclusion').fill('同意该实施方案修改完善后按程序报批。');
  await page.getByTestId('memo-generate').click();
  await expect(page.getByTestId('memo-list')).toContainText('未签署', { timeout: 120_000 });

  await page.getByTestId('case-sidebar').getByText('会议材料', { exact: true }).click();
  await page.getByTestId('meeting-new').click();
  const dialog = page.getByRole('dialog', { name: '新建会议' });
  await dialog.getByTestId('meeting-name').fill('2026年第3次党组会');
  await dialog.getByTestId('meeting-save').click();
  await page.getByTestId('item-title-new').fill('关于某县公共数据授权运营实施方案的议题');
  await page.getByTestId('item-add').click();
  await page.getByTestId('item-0-from-case-expert_opinion').click();
  const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '专家论证意见' });
  await expect(option).toContainText('未签署；在“意见书”页签署后才能附上');
  await expect(option).toHaveClass(/ant-select-item-option-disabled/);
});

test('the user sets their own name on the start page; the 操作记录 names them, not the system login', async ({ app: page, host }) => {
  await expect(page.getByTestId('user-name')).not.toBeEmpty();
  await page.getByTestId('user-name-edit').click();
  await page.getByTestId('user-name-input').fill('李秘书');
  await page.getByTestId('user-name-save').click();
  await expect(page.getByTestId('user-name')).toHaveText('李秘书');
  await createCaseInUi(page, host, 'walk-user.rdcase');
  await expect(page.getByTestId('audit-log').getByRole('row', { name: /创建案卷/ })).toContainText('李秘书');
  await page.getByTestId('close-case').click();
  await expect(page.getByTestId('user-name')).toHaveText('李秘书');
});

test('an expert who reloads the page opens the kit again with its code and finds what they had filled in', async ({ app: page, host, browser }) => {
  test.setTimeout(300_000); // two hosts and a review run on a shared machine
  const usb = fs.mkdtempSync(path.join(host.dataDir, 'usb-'));
  await caseWithReview(page, host.dataDir, { title: '某县公共数据授权运营实施方案评审', plan: 'plan-hebei-defects.txt', members: ['赵专家'] });
  const laptop = await expertLaptop(browser);
  try {
    const { kitPath, code } = await exportKit(page, '赵专家', usb);
    const ep = laptop.page;
    const open = async () => {
      // First from the start page; after the reload the page is still the expert's (its address says so).
      await expect(ep.getByTestId('open-kit-start').or(ep.getByTestId('kit-file-button'))).toBeVisible();
      if (await ep.getByTestId('open-kit-start').isVisible()) await ep.getByTestId('open-kit-start').click();
      await ep.getByTestId('kit-file').setInputFiles(kitPath);
      await expect(ep.getByTestId('kit-head')).toContainText('赵专家');
      await ep.getByTestId('kit-code-input').fill(code!);
      await ep.getByTestId('kit-open').click();
      await expect(ep.getByTestId('kit-item-plan.products')).toBeVisible({ timeout: 60_000 });
    };
    await open();
    const products = ep.getByTestId('kit-item-plan.products');
    await products.getByText('不符合', { exact: true }).click();
    const sent = ep.waitForResponse((r) => r.url().includes('experts.kitVerdict') && r.request().postData()!.includes('未列明产品和服务清单'));
    await products.getByLabel('意见说明').fill('未列明产品和服务清单');
    await products.getByLabel('意见说明').press('Tab');
    await sent;

    // The page asks before leaving (work not in a return); the expert leaves anyway.
    ep.once('dialog', (d) => void d.accept());
    await ep.reload();
    await open();
    await expect(products.getByRole('radio', { name: '不符合' })).toBeChecked();
    await expect(products.getByLabel('意见说明')).toHaveValue('未列明产品和服务清单');
  } finally {
    await laptop.close();
  }
});

test('with two plans in the case the secretary picks which one 审查案卷中已导入的文件 reviews', async ({ app: page, host }) => {
  const dir = fs.mkdtempSync(path.join(host.dataDir, 'in-'));
  const plan = path.join(dir, '某县公共数据授权运营实施方案.txt');
  const web = path.join(dir, '网站转载-实施方案.txt');
  fs.copyFileSync(path.join(CORPUS, 'plan-hebei-defects.txt'), plan);
  fs.copyFileSync(path.join(CORPUS, 'plan-web-qhd.txt'), web);
  await createCaseInUi(page, host, 'walk-two-plans.rdcase');
  await page.getByTestId('case-sidebar').getByText('文件', { exact: true }).click();
  await page.getByTestId('doc-drop').locator('input[type=file]').setInputFiles([plan, web]);
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-done')).toHaveCount(2);
  await page.getByTestId('case-sidebar').getByText('合规审查', { exact: true }).click();
  await pickOption(page, page, 'review-document', '某县公共数据授权运营实施方案.txt');
  await page.getByTestId('rerun').click();
  await expect(page.getByTestId('run-info')).toContainText('某县公共数据授权运营实施方案.txt');
  await expect(page.getByTestId('flag-term_over_3y')).toBeVisible();
});

test('a work bulletin reviewed by mistake: the memo page says so before anything is printed, and follows the plan reviewed next', async ({ app: page, host }) => {
  await createCaseInUi(page, host, 'walk-wrong-file.rdcase');
  await page.getByTestId('case-sidebar').getByText('合规审查', { exact: true }).click();
  await page.getByTestId('review-file').setInputFiles(path.join(CORPUS, 'not-a-plan-h23a-wangyueche-qinhuangdao-jianbao.txt'));
  await expect(page.getByTestId('run-info')).toContainText('jianbao', { timeout: 90_000 });
  await page.getByTestId('case-sidebar').getByText('意见书', { exact: true }).click();
  await expect(page.getByTestId('memo-subject-caution')).toContainText('看起来不像实施方案');
  await expect(page.getByTestId('memo-subject')).toHaveValue(/工作简报/);
  await page.getByTestId('case-sidebar').getByText('合规审查', { exact: true }).click();
  await page.getByTestId('review-file').setInputFiles(path.join(CORPUS, 'plan-hebei-defects.txt'));
  await expect(page.getByTestId('run-info')).toContainText('plan-hebei-defects.txt', { timeout: 90_000 });
  await page.getByTestId('case-sidebar').getByText('意见书', { exact: true }).click();
  await expect(page.getByTestId('memo-subject')).not.toHaveValue(/工作简报/);
  await expect(page.getByTestId('memo-subject-caution')).toHaveCount(0);
});
