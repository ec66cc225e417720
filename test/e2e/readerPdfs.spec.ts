import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { createCaseInUi } from '../helpers/committeeSetupUi';
import { planPdf, planSections } from '../fixtures/documents/make';

// The reader keeps the last few PDFs parsed. pdfjs 5.4 shared one page count between them (5.6 keeps one per
// document), so after a one-page PDF was shown, a longer one read again could not show its page 2 (it stayed on the
// old page, with no message).
test('the reader shows page 2 of a PDF read again after a shorter PDF was shown', async ({ app: page, host }) => {
  const dir = path.join(host.dataDir, 'in');
  fs.mkdirSync(dir);
  const long = path.join(dir, '授权运营协议.pdf');
  const short = path.join(dir, '某市公共数据授权运营实施方案.pdf');
  fs.writeFileSync(long, await planPdf(planSections(1), { breakBefore: ['二、授权运营范围'] }));
  fs.writeFileSync(short, await planPdf(planSections(1).slice(0, 1)));

  await createCaseInUi(page, host, 'reader.rdcase', { title: '原件页面', jurisdiction: null });
  await page.getByTestId('case-sidebar').getByText('文件', { exact: true }).click();
  await page.getByTestId('doc-drop').locator('input[type=file]').setInputFiles([long, short]);
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-done')).toHaveCount(2);
  const rowOf = (role: string) => page.getByTestId('doc-list').locator('tr').filter({ has: page.getByTestId('doc-role').getByText(role, { exact: true }) });
  const canvas = page.getByTestId('pdf-canvas');

  await rowOf('授权运营协议').getByTestId('doc-read').click();
  await expect(canvas).toHaveAttribute('data-page', '1');
  await page.getByTestId('reader-back').click();
  await rowOf('实施方案').getByTestId('doc-read').click();
  await expect(canvas).toHaveAttribute('data-page', '1');
  await page.getByTestId('reader-back').click();

  await rowOf('授权运营协议').getByTestId('doc-read').click();
  await page.getByTestId('outline').getByText('二、授权运营范围').click();
  await expect(page.getByTestId('pdf-page-input').locator('input')).toHaveValue('2');
  await expect(canvas).toHaveAttribute('data-page', '2');
  await expect(page.getByText('无法显示原件页面')).toHaveCount(0);
});
