import path from 'node:path';
import { test, expect, pickOption } from './fixtures';
import { createCaseInUi } from '../helpers/committeeSetupUi';

const CORPUS = path.resolve(import.meta.dirname, '..', 'fixtures', 'review');

// perkind: the panel reviews the plan and the agreement of one case; the page switches between the two reviews, each
// with its own findings, verdicts and conclusion, and shows the one reviewed last by default.
test('the plan\u2019s review and the agreement\u2019s are kept side by side, and the page switches between them', async ({ app: page, host, shot }) => {
  await createCaseInUi(page, host, 'perkind.rdcase');
  await page.getByTestId('case-sidebar').getByText('合规审查', { exact: true }).click();

  // The plan first: a verdict and a conclusion.
  await page.getByTestId('review-file').setInputFiles(path.join(CORPUS, 'plan-hebei-defects.txt'));
  await expect(page.getByTestId('run-info')).toContainText('plan-hebei-defects.txt');
  await expect(page.getByTestId('review-show-kind')).toHaveCount(0);
  await page.getByTestId('member-name').fill('王组长');
  await page.getByTestId('add-member').click();
  await expect(page.getByTestId('member-select')).toContainText('王组长（组长）');
  const products = page.getByTestId('verdict-plan.products');
  await pickOption(products, page, 'verdict-select', '不符合');
  await expect(products.getByTestId('verdict-state')).toHaveText('已保存');
  await page.getByTestId('conclusion').getByText('修改后通过').click();
  await expect(page.getByTestId('conclusion').locator('.ant-radio-button-wrapper-checked')).toHaveText('修改后通过');

  // Then the agreement: its own review, shown as the latest, with the switch to go back to the plan's.
  await page.getByTestId('review-kind').getByText('授权运营协议').click();
  await page.getByTestId('review-file').setInputFiles(path.join(CORPUS, 'agreement-hebei-good.txt'));
  await expect(page.getByTestId('run-info')).toContainText('agreement-hebei-good.txt');
  const show = page.getByTestId('review-show-kind');
  await expect(show).toBeVisible();
  await expect(show.locator('.ant-segmented-item-selected')).toHaveText('授权运营协议');
  await expect(page.getByTestId('status-agr.scope')).toBeVisible();
  await expect(page.getByTestId('status-plan.products')).toHaveCount(0);
  await expect(page.getByTestId('conclusion-card')).toContainText('授权运营协议');
  await expect(page.getByTestId('conclusion').locator('.ant-radio-button-wrapper-checked')).toHaveCount(0);
  await page.getByTestId('conclusion').getByText('不通过').click();
  await expect(page.getByTestId('conclusion').locator('.ant-radio-button-wrapper-checked')).toHaveText('不通过');
  await shot('review-perkind-agreement');

  // Back to the plan: its findings, its verdict and its conclusion, as left.
  await show.getByText('实施方案').click();
  await expect(page.getByTestId('run-info')).toContainText('plan-hebei-defects.txt');
  await expect(show.locator('.ant-segmented-item-selected')).toHaveText('实施方案');
  await expect(page.getByTestId('status-plan.products')).toHaveText('缺失');
  await expect(page.getByTestId('verdict-plan.products').getByTestId('verdict-select')).toContainText('不符合');
  await expect(page.getByTestId('conclusion-card')).toContainText('实施方案');
  await expect(page.getByTestId('conclusion').locator('.ant-radio-button-wrapper-checked')).toHaveText('修改后通过');
  await shot('review-perkind-plan');

  // And to the agreement again: its conclusion was not touched by the plan's.
  await show.getByText('授权运营协议').click();
  await expect(page.getByTestId('run-info')).toContainText('agreement-hebei-good.txt');
  await expect(page.getByTestId('conclusion').locator('.ant-radio-button-wrapper-checked')).toHaveText('不通过');
});
