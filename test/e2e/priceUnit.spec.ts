import path from 'node:path';
import { test, expect, pickOption } from './fixtures';

const PASS = 'Kx7-评审台-2026';

// Walk 13: the price field said 万元 while the table, the results and the print showed bare numbers. One unit per case,
// chosen beside the price field while no price is entered; every price is shown with it.
test('prices are entered in the unit the secretary picks and shown with it; the unit is fixed once a price is in', async ({ app: page, host, shot }) => {
  await page.getByTestId('new-case').click();
  const dialog = page.getByRole('dialog', { name: '新建评审案卷' });
  await dialog.getByTestId('case-title').fill('运营机构遴选（报价单位）');
  await pickOption(dialog, page, 'case-type', '运营机构遴选');
  await pickOption(dialog, page, 'case-jurisdiction', '温州市');
  await dialog.getByTestId('case-path').fill(path.join(host.dataDir, 'unit.rdcase'));
  await dialog.getByTestId('passphrase').fill(PASS);
  await dialog.getByTestId('passphrase-confirm').fill(PASS);
  await dialog.getByRole('button', { name: '创建案卷' }).click();
  await page.getByTestId('case-sidebar').getByText('评分', { exact: true }).click();
  await page.getByTestId('scheme-template').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '温州式综合评审（含价格分）' }).first().click();
  await page.getByTestId('save-scheme').click();
  await expect(page.getByText('评分办法已保存')).toBeVisible();

  // The default is 万元 (what the field always said); the bids here are quoted in 元.
  const unit = page.getByTestId('price-unit');
  await expect(unit).toContainText('万元');
  await unit.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^元$/ }).first().click();
  await expect(page.getByText('报价单位已设为元')).toBeVisible();
  for (const [name, price] of [['甲数据公司', '1,280,000元'], ['乙科技公司', '1150000']]) {
    await page.getByTestId('applicant-name').fill(name);
    await page.getByTestId('applicant-price').fill(price);
    await page.getByTestId('add-applicant').click();
    await expect(page.getByTestId('applicant-table').getByText(name)).toBeVisible();
  }
  const table = page.getByTestId('applicant-table');
  await expect(table.getByRole('cell', { name: '1,280,000元', exact: true })).toBeVisible();
  await expect(table.getByRole('cell', { name: '1,150,000元', exact: true })).toBeVisible();
  await expect(table).not.toContainText('万元');
  // Changing the unit now would make 1280000元 read 1280000万元: the choice is closed.
  await expect(unit).toHaveClass(/ant-select-disabled/);
  await shot('priceUnit-applicants');
});
