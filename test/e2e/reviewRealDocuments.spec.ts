import path from 'node:path';
import { test, expect } from './fixtures';
import { createCaseInUi } from '../helpers/committeeSetupUi';

const CORPUS = path.resolve(import.meta.dirname, '..', 'fixtures', 'review');

test.setTimeout(400_000);

test('a website copy: its own title and the wrapper marked in the reader, corrected by hand; a red line read and overruled with a reason', async ({ app: page, host, shot }) => {
  await createCaseInUi(page, host, 'web.rdcase', { title: '秦皇岛市实施方案评审' });

  // Review the website copy: the title is the plan's, not the site's header.
  await page.getByTestId('case-sidebar').getByText('合规审查', { exact: true }).click();
  await page.getByTestId('review-file').setInputFiles(path.join(CORPUS, 'plan-web-qhd.txt'));
  await expect(page.getByTestId('run-info')).toContainText('plan-web-qhd.txt', { timeout: 90_000 });

  // In the reader the wrapper is set apart, and the user moves the start and renames the document.
  await page.getByTestId('case-sidebar').getByText('文件', { exact: true }).click();
  await page.getByTestId('doc-list').getByTestId('doc-read').first().click();
  await expect(page.getByTestId('reader-title')).toHaveText('秦皇岛市交通出行领域公共数据授权运营实施方案（征求意见稿）');
  await expect(page.getByTestId('reader-preamble')).toContainText('欢迎您');
  await expect(page.getByTestId('reader-preamble')).toContainText('征集时间');
  await shot('reader-website-copy');
  await page.getByTestId('correct-document').click();
  await page.getByTestId('correct-title').fill('秦皇岛市交通出行领域公共数据授权运营实施方案');
  await page.getByTestId('correct-reason').fill('去掉征求意见稿字样');
  await page.getByRole('button', { name: '保存更正' }).click();
  await expect(page.getByTestId('reader-title')).toContainText('秦皇岛市交通出行领域公共数据授权运营实施方案已人工更正');

  // A paraphrased price: the red line fires with the clause's reading; an expert overrules it with a reason.
  await page.getByTestId('case-sidebar').getByText('合规审查', { exact: true }).click();
  await page.getByTestId('review-file').setInputFiles(path.join(CORPUS, 'plan-paraphrase-price.txt'));
  const flag = page.getByTestId('flag-pricing');
  await expect(flag).toBeVisible({ timeout: 90_000 });
  await expect(flag.getByTestId('evidence-reading').first()).toHaveText('允许');
  await flag.getByTestId('ruling-open-pricing').click();
  await page.getByTestId('ruling-reason-pricing').fill('附件已约定执行政府指导价');
  await page.getByTestId('ruling-dismiss-pricing').click();
  await expect(flag.getByTestId('ruling-pricing')).toContainText('专家改判：不成立');
  await shot('review-flag-overruled');

  // A checklist item found "missing" while the content is elsewhere: overruled in one step, with where and why.
  await page.getByTestId('review-file').setInputFiles(path.join(CORPUS, 'plan-hebei-defects.txt'));
  await expect(page.getByTestId('status-plan.supervision')).toHaveText('缺失', { timeout: 90_000 });
  await page.getByTestId('ruling-open-plan.supervision').click();
  await page.getByTestId('ruling-reason-plan.supervision').fill('监督和年度评估写在保障措施一节');
  // Without the location the one-step ruling cannot be given for a "missing" finding.
  await expect(page.getByTestId('ruling-dismiss-plan.supervision')).toBeDisabled();
  await page.getByTestId('ruling-location-plan.supervision').fill('第十条 保障措施');
  await page.getByTestId('ruling-dismiss-plan.supervision').click();
  const ruled = page.getByTestId('ruling-plan.supervision');
  await expect(ruled).toContainText('专家改判：已具备');
  await expect(ruled).toContainText('内容见第十条 保障措施');
  await ruled.scrollIntoViewIfNeeded();
  await shot('review-item-overruled');
});
