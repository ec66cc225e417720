import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { test, expect } from './fixtures';
import { createCaseInUi } from '../helpers/committeeSetupUi';
import { planDocx, planPdf, planSections } from '../fixtures/documents/make';

test('a secretary imports a DOCX plan and a PDF agreement, reads the outline and PDF pages, imports a revised plan and compares versions', async ({ app: page, host, shot }) => {
  // Fixtures: a plan (v1 and its revision) and an agreement as a text PDF, named the way offices name them.
  const dir = path.join(host.dataDir, 'in');
  fs.mkdirSync(dir);
  const planV1 = path.join(dir, '某市公共数据授权运营实施方案.docx');
  const planV2 = path.join(dir, '某市公共数据授权运营实施方案（修改稿）.docx');
  const agreement = path.join(dir, '授权运营协议.pdf');
  fs.writeFileSync(planV1, await planDocx(planSections(1)));
  fs.writeFileSync(planV2, await planDocx(planSections(2)));
  fs.writeFileSync(agreement, await planPdf(planSections(1), { breakBefore: ['二、授权运营范围'] }));
  const empty = path.join(dir, '空文件.docx');
  fs.writeFileSync(empty, '');

  await createCaseInUi(page, host, 'docs.rdcase', { title: '某市公共数据授权运营实施方案评审', jurisdiction: null });
  await page.getByTestId('case-sidebar').getByText('文件', { exact: true }).click();
  const rowOf = (role: string) => page.getByTestId('doc-list').locator('tr').filter({ has: page.getByTestId('doc-role').getByText(role, { exact: true }) });

  // Pick three files at once: roles are guessed from the names, the empty file is refused before upload.
  await page.getByTestId('doc-drop').locator('input[type=file]').setInputFiles([planV1, agreement, empty]);
  await expect(page.getByTestId('import-file')).toHaveCount(3);
  await expect(page.getByTestId('import-error')).toContainText('0 字节');
  const rows = page.getByTestId('import-queue').locator('tbody tr');
  await expect(rows.nth(0).getByTestId('import-role')).toContainText('实施方案');
  await expect(rows.nth(1).getByTestId('import-role')).toContainText('授权运营协议');
  await shot('documents-import-queue');
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-done')).toHaveCount(2);
  await expect(page.getByTestId('doc-list').getByTestId('doc-title')).toHaveCount(2);

  // Read the plan: the outline has the Chinese numbering at its levels, the table is a table.
  await rowOf('实施方案').getByTestId('doc-read').click();
  const outline = page.getByTestId('outline');
  await expect(outline.getByTestId('outline-item')).toHaveCount(9);
  await expect(outline.getByTestId('outline-item').nth(5)).toHaveText(/^1\.数据来源/);
  await expect(page.getByTestId('reader-table')).toContainText('企业信用核验');
  await outline.getByText('（二）运营期限').click();
  await expect(page.getByTestId('reader-sha')).toContainText(crypto.createHash('sha256').update(fs.readFileSync(planV1)).digest('hex'));
  await shot('documents-reader-docx');
  await page.getByTestId('reader-back').click();

  // Read the PDF agreement: paragraphs carry their page, the original page is drawn beside the text.
  await rowOf('授权运营协议').getByTestId('doc-read').click();
  await expect(page.getByTestId('pdf-canvas')).toBeVisible();
  await page.getByTestId('outline').getByText('二、授权运营范围').click();
  await expect(page.getByTestId('pdf-page-input').locator('input')).toHaveValue('2');
  await expect(page.getByTestId('reader-text')).toContainText('第2页');
  await page.waitForTimeout(500); // let the canvas finish drawing before the screenshot
  await shot('documents-reader-pdf');
  // Export the original: the same bytes come back, with their SHA-256 shown.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-original').click()]);
  const saved = path.join(dir, 'exported.pdf');
  await download.saveAs(saved);
  const sha = crypto.createHash('sha256').update(fs.readFileSync(agreement)).digest('hex');
  expect(crypto.createHash('sha256').update(fs.readFileSync(saved)).digest('hex')).toBe(sha);
  await expect(page.getByTestId('export-result')).toContainText(sha);
  await page.getByRole('button', { name: /知道了|OK|确定/ }).click();
  await page.getByTestId('reader-back').click();

  // The revised plan (same title) goes in as version 2 of the same document: judged by its title, not by its role alone.
  await page.getByTestId('doc-drop').locator('input[type=file]').setInputFiles([planV2]);
  const last = page.getByTestId('import-queue').locator('tbody tr').last();
  await expect(last.getByTestId('import-target')).toContainText('自动判断');
  await page.getByTestId('import-start').click();
  await expect(last.getByTestId('import-done')).toContainText('第 2 版');
  await expect(page.getByTestId('doc-list').getByTestId('doc-title')).toHaveCount(2);

  // Compare 修改前 / 修改后.
  await rowOf('实施方案').getByTestId('doc-compare').click();
  const summary = page.getByTestId('compare-summary');
  await expect(summary).toContainText('修改 1 节');
  await expect(summary).toContainText('新增 1 节');
  await expect(summary).toContainText('删除 1 节');
  await expect(summary.getByTestId('compare-summary-item')).toHaveCount(3);
  const changed = page.getByTestId('compare-section').filter({ hasText: '运营期限' });
  await expect(changed.locator('del').first()).toContainText('五');
  await expect(changed.locator('ins').first()).toContainText('三');
  await shot('documents-compare-side');
  await page.getByTestId('compare-mode').getByText('行内').click();
  const inline = changed.getByTestId('diff-row').first();
  await expect(inline.locator('del')).toContainText(['五']);
  await expect(inline.locator('ins').first()).toContainText('三');
  await expect(inline).toContainText('授权运营期限为');
  await shot('documents-compare-inline');

  // Search in the case leads to the paragraph.
  await page.getByRole('button', { name: '返回文件列表' }).click();
  await page.getByTestId('doc-search').locator('input').fill('政务数据');
  await page.getByTestId('doc-search').locator('input').press('Enter');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  await shot('documents-search');
  await page.getByTestId('search-hit').filter({ hasText: '第2页' }).first().click();
  await expect(page.getByTestId('reader-text')).toContainText('政务数据');
  await expect(page.getByTestId('pdf-page-input').locator('input')).toHaveValue('2');

  // A wrongly imported document is removed with a reason; no review memo is signed, so it may go.
  await page.getByTestId('reader-back').click();
  await rowOf('授权运营协议').getByTestId('doc-remove').click();
  await expect(page.getByTestId('doc-remove-confirm')).toBeDisabled();
  await page.getByTestId('doc-remove-reason').fill('误导入，与本案无关');
  await shot('documents-remove-confirm');
  await page.getByTestId('doc-remove-confirm').click();
  await expect(page.getByTestId('doc-list').getByTestId('doc-title')).toHaveCount(1);
  await expect(rowOf('授权运营协议')).toHaveCount(0);
});
