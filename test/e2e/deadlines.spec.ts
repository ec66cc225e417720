import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, pickOption } from './fixtures';

const PASS = 'Kx7-评审台-2026';

async function newCase(page: Page, dataDir: string, title: string, type: string, jurisdiction: string) {
  await page.getByTestId('new-case').click();
  const dialog = page.getByRole('dialog', { name: '新建评审案卷' });
  await dialog.getByTestId('case-title').fill(title);
  await pickOption(dialog, page, 'case-type', type);
  await pickOption(dialog, page, 'case-jurisdiction', jurisdiction);
  await dialog.getByTestId('case-path').fill(path.join(dataDir, `${title}.rdcase`));
  await dialog.getByTestId('passphrase').fill(PASS);
  await dialog.getByTestId('passphrase-confirm').fill(PASS);
  await dialog.getByRole('button', { name: '创建案卷' }).click();
}

async function pickDate(page: Page, testId: string, date: string) {
  const input = page.getByTestId(testId).locator('input').or(page.locator(`input[data-testid="${testId}"]`)).first();
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

async function chooseFile(page: Page, testId: string, file: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId(testId).click()]);
  await chooser.setFiles(file);
}

test('a secretary follows the 时限 of a Chongqing agreement: working days over National Day, done dates, a new year of holidays, the printed 时限表', async ({ app: page, host, shot }) => {
  test.setTimeout(180_000);
  await newCase(page, host.dataDir, '某区公共数据授权运营协议', '授权运营协议审查', '重庆市');
  await page.getByTestId('case-sidebar').getByText('时限', { exact: true }).click();
  await expect(page.getByTestId('coverage-years')).toHaveText(/2004—2026 年/);
  const table = page.getByTestId('deadline-table');
  await expect(table).toContainText('授权运营协议备案');
  await expect(table).toContainText('登记电子凭证续展');
  await expect(table).not.toContainText('遴选结果公示');

  // Signed on Tue 2025-09-30: five working days skip the National Day break and count Sat 10/11 → Tue 10/14.
  await pickDate(page, 'start-agreement_signing', '2025-09-30');
  const due = page.getByTestId('due-chongqing.agreement.filing');
  await expect(due).toContainText('最迟备案日：2025年10月14日（星期二）');
  await expect(due).toContainText('10月11日调休上班计入');
  await expect(page.getByTestId('state-chongqing.agreement.filing')).toHaveText('已逾期');
  await pickDate(page, 'done-chongqing.agreement.filing', '2025-10-13');
  await expect(page.getByTestId('state-chongqing.agreement.filing')).toHaveText('已完成（2025年10月13日）');

  // A certificate issued in 2026 lapses in 2029: past the data, and the page says so.
  await pickDate(page, 'start-certificate_issue', '2026-03-01');
  await expect(page.getByTestId('due-chongqing.certificate.renewal')).toContainText('凭证有效期届满日：2029年2月28日');
  await expect(page.getByTestId('deadline-past-data')).toContainText('节假日数据只到 2026 年');
  await shot('deadlines-panel');

  // A malformed schedule is refused with its line and reason; a good one extends the data.
  const bad = path.join(host.dataDir, '2027-有误.txt');
  fs.writeFileSync(bad, '年份 2027\n来源 国办发明电〔2026〕示例号\n放假 2027-02-30 春节\n上班 2027-02-16 春节\n');
  await chooseFile(page, 'holiday-import', bad);
  await expect(page.getByTestId('holiday-import-errors')).toContainText('第 3 行：日期“2027-02-30”无效');
  await expect(page.getByTestId('holiday-import-errors')).toContainText('第 4 行：2027-02-16 是工作日（星期二）');
  await shot('deadlines-import-refused');
  await expect(page.getByTestId('coverage-years')).toHaveText(/2004—2026 年/);
  const good = path.join(host.dataDir, '2027.txt');
  fs.writeFileSync(good, '年份 2027\n来源 国办发明电〔2026〕示例号\n放假 2027-01-01..2027-01-03 元旦\n放假 2027-02-05..2027-02-11 春节\n上班 2027-02-14 春节\n');
  await chooseFile(page, 'holiday-import', good);
  await expect(page.getByTestId('coverage-years')).toHaveText(/2004—2027 年/);

  // The printed 时限表.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('deadlines-print').click()]);
  const pdf = path.join(host.dataDir, 'deadlines.pdf');
  await dl.saveAs(pdf);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const s of ['时限表', '授权运营协议备案', '2025年10月14日', '已完成', '第十七条']) expect(text).toContain(s);
  fs.mkdirSync('test-results/screenshots', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, 'test-results/screenshots/deadlines-table-pdf']);
});

test('the price check of a Qinhuangdao agreement: 最高准许收入 from the local rule and the flags', async ({ app: page, host, shot }) => {
  test.setTimeout(180_000);
  await newCase(page, host.dataDir, '秦皇岛市公共数据授权运营协议', '授权运营协议审查', '秦皇岛市');
  await page.getByTestId('case-sidebar').getByText('收费测算', { exact: true }).click();
  await page.getByTestId('price-period').fill('2026年度');
  await page.getByTestId('price-operatingCost').fill('12345678.90');
  await page.getByTestId('price-save').click();
  await expect(page.getByTestId('price-missing')).toContainText('规则出处');

  await page.getByTestId('price-rule-qinhuangdao.treasury_plus_6').click();
  await expect(page.getByTestId('price-spreadPoints')).toHaveValue('6');
  await page.getByTestId('price-baseYield').fill('1.68');
  await page.getByTestId('price-baseYieldSource').fill('2025年10年期国债平均收益率');
  await page.getByTestId('price-taxes').fill('56789.01');
  await page.getByTestId('price-add-product').click();
  await page.getByTestId('product-0-name').fill('企业信用画像');
  await page.getByTestId('product-0-cap').fill('1200');
  await page.getByTestId('product-0-unit').fill('次');
  await page.getByTestId('product-0-volume').fill('11200');
  await page.getByTestId('price-add-product').click();
  await page.getByTestId('product-1-name').fill('城市运行监测');
  await pickOption(page, page, 'product-1-use', '公共治理');
  await page.getByTestId('product-1-cap').fill('5');
  await page.getByTestId('price-save').click();
  // 12,345,678.90 × (1.68% + 6) = 948,148.14; + 56,789.01 → 13,350,616.05; 1,200 × 11,200 = 13,440,000 exceeds it by 89,383.95
  await expect(page.getByTestId('price-max-revenue')).toHaveText('13,350,616.05');
  await expect(page.getByTestId('price-result')).toContainText('秦皇岛市公共数据授权运营实施方案');
  const flags = page.getByTestId('price-flag');
  await expect(flags).toHaveCount(2);
  await expect(flags.nth(0)).toContainText('“城市运行监测”用于公共治理，应无偿提供');
  await expect(flags.nth(1)).toContainText('超出 89,383.95 元');
  await shot('price-check');

  // A figure that cannot be read is refused with what to do, and the saved figures stay.
  await page.getByTestId('price-taxes').fill('五万元');
  await page.getByTestId('price-save').click();
  await expect(page.getByText('税金“五万元”不是有效金额')).toBeVisible();
  await expect(page.getByTestId('price-max-revenue')).toHaveText('13,350,616.05');
});
