import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { createCaseInUi } from '../helpers/committeeSetupUi';
import { planPdf, planSections } from '../fixtures/documents/make';
import { scannedPdf } from '../fixtures/documents/scan';

test('a scanned, stamped plan is imported, its text recognised with a progress bar, read beside the page, corrected and searched', async ({ app: page, host, shot }) => {
  // One page, to keep the test affordable: OCR takes tens of seconds on a loaded 2-core machine.
  test.setTimeout(600_000);
  const dir = path.join(host.dataDir, 'in');
  fs.mkdirSync(dir);
  const scan = path.join(dir, '实施方案（送审稿）扫描件.pdf');
  const text = await planPdf(planSections(1), { breakBefore: ['二、授权运营范围'] });
  fs.writeFileSync(scan, await scannedPdf(text, { pages: [1], rotate: 0.5, noise: 10, seal: true }));

  await createCaseInUi(page, host, 'ocr.rdcase', { title: '扫描件评审', jurisdiction: null });
  await page.getByTestId('case-sidebar').getByText('文件', { exact: true }).click();
  await page.getByTestId('doc-drop').locator('input[type=file]').setInputFiles([scan]);
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-done')).toHaveCount(1, { timeout: 120_000 });
  await page.getByTestId('doc-list').getByTestId('doc-read').first().click();

  // No text yet: the reader offers to read the scanned page.
  await expect(page.getByTestId('needs-ocr')).toContainText('第 1 页没有文字层');
  await expect(page.getByTestId('outline-item')).toHaveCount(0);
  await page.getByTestId('ocr-start').click();
  await expect(page.getByTestId('ocr-progress')).toBeVisible();
  await expect(page.getByTestId('ocr-progress-text')).toContainText('正在识别第 1 页（0/1）');
  await shot('ocr-progress');
  await expect(page.getByTestId('ocr-done')).toBeVisible({ timeout: 540_000 });

  // The recognised text has the plan's structure: headings from their numbering.
  const outline = page.getByTestId('outline');
  await expect(outline.getByText('一、总体要求')).toBeVisible();
  await expect(outline.getByText('（一）指导思想')).toBeVisible();
  await expect(page.getByTestId('reader-ocr-tag').first()).toBeVisible();
  await expect(page.getByTestId('reader-text')).toContainText('坚持统筹发展和安全');

  // The page's lines beside the page image, each boxed on it; correct one.
  await page.getByTestId('ocr-tab').click();
  const lines = page.getByTestId('ocr-line');
  await expect(lines.first()).toBeVisible();
  expect(await lines.count()).toBeGreaterThan(8);
  await expect(page.locator('[data-testid^="pdf-mark-"]').first()).toBeVisible();
  const target = lines.filter({ hasText: '安全可控' });
  await target.click();
  await expect(page.getByTestId('pdf-mark-active')).toHaveCount(1);
  await target.getByTestId('ocr-line-edit').click();
  await page.getByTestId('ocr-line-input').fill('安全可控、分类分级、公开透明、权责清晰。');
  await page.getByTestId('ocr-line-save').click();
  await expect(lines.filter({ hasText: '权责清晰' })).toContainText('已更正');
  await shot('ocr-reader');

  // Search finds the recognised and the corrected text.
  await page.getByRole('button', { name: '返回文件列表' }).click();
  await page.getByTestId('doc-search').locator('input').fill('权责清晰');
  await page.getByTestId('doc-search').locator('input').press('Enter');
  await expect(page.getByTestId('search-hit')).toHaveCount(1);
  await expect(page.getByTestId('search-hit')).toContainText('第1页');
  await shot('ocr-search');
});
