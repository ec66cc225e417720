import path from 'node:path';
import { test, expect } from './fixtures';

const PASS = 'Kx7-评审台-2026';

test('double-clicking 保存 on 新建会议 creates one meeting; form labels are linked to their own fields', async ({ app: page, host }) => {
  test.slow();
  await page.getByTestId('new-case').click();
  const dialog = page.getByRole('dialog', { name: '新建评审案卷' });
  // labels linked to their fields: the field is found by its label, and ids are unique on the page
  await dialog.getByLabel('案卷名称').fill('市公共数据授权运营实施方案评审');
  await dialog.getByTestId('case-path').fill(path.join(host.dataDir, 'g.rdcase'));
  await dialog.getByTestId('passphrase').fill(PASS);
  await dialog.getByTestId('passphrase-confirm').fill(PASS);
  await dialog.getByRole('button', { name: '创建案卷' }).dblclick();
  await expect(page.getByTestId('case-header-title')).toHaveText('市公共数据授权运营实施方案评审');
  await page.getByTestId('case-sidebar').getByText('会议材料', { exact: true }).click();

  await page.getByTestId('meeting-new').click();
  const m = page.getByRole('dialog', { name: '新建会议' });
  await m.getByLabel('会议名称').fill('2026年第3次党组会');
  await m.getByTestId('meeting-save').dblclick();
  await expect(m).toBeHidden();
  await expect(page.getByTestId('meeting-status')).toHaveText('筹备中');
  await page.getByTestId('meeting-select').click();
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option')).toHaveCount(1);
  await page.keyboard.press('Escape');
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => (e as unknown as { id: string }).id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});
