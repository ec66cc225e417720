import path from 'node:path';
import { test, expect, pickOption } from './fixtures';

const PASS = 'Kx7-评审台-2026';

test('a secretary creates a case, closes it, reopens it with the passphrase, edits it and finds it in recent cases', async ({ app: page, host, shot }) => {
  await expect(page.getByText('最近的案卷')).toBeVisible();
  await page.getByTestId('new-case').click();
  const dialog = page.getByRole('dialog', { name: '新建评审案卷' });
  await dialog.getByTestId('case-title').fill('秦皇岛市公共数据授权运营实施方案评审');
  await pickOption(dialog, page, 'case-type', '实施方案评审');
  await pickOption(dialog, page, 'case-jurisdiction', '秦皇岛市');
  await dialog.getByTestId('case-agency').fill('秦皇岛市数据和政务服务局');
  const file = path.join(host.dataDir, 'qhd.rdcase');
  await dialog.getByTestId('case-path').fill(file);

  // A weak passphrase is shown as weak and refused.
  await dialog.getByTestId('passphrase').fill('1234');
  await expect(dialog.getByTestId('strength')).toContainText('口令强度：很弱');
  await dialog.getByTestId('passphrase').fill(PASS);
  await expect(dialog.getByTestId('strength')).toContainText(/口令强度：(强|很强)/);
  await dialog.getByTestId('passphrase-confirm').fill(PASS);
  await shot('case-create-dialog');
  await dialog.getByRole('button', { name: '创建案卷' }).click();

  await expect(page.getByTestId('case-header-title')).toHaveText('秦皇岛市公共数据授权运营实施方案评审');
  for (const label of ['基本信息', '文件', '合规审查', '评分', '意见书', '会议材料']) {
    await expect(page.getByTestId('case-sidebar').getByText(label, { exact: true })).toBeVisible();
  }
  await shot('case-basic-info');
  await page.getByTestId('close-case').click();

  // Wrong passphrase: a clear message, and the case still opens afterwards with the right one.
  await expect(page.getByTestId('recent-item')).toHaveCount(1);
  await expect(page.getByTestId('recent-item')).toContainText('qhd.rdcase');
  await page.getByTestId('recent-item').getByRole('button', { name: '打开' }).click();
  const open = page.getByRole('dialog', { name: '打开案卷' });
  await open.getByTestId('open-passphrase').fill('not-the-passphrase1');
  await open.getByRole('button', { name: '打开' }).click();
  await expect(open.getByTestId('form-error')).toContainText('口令不正确');
  await shot('case-wrong-passphrase');
  await open.getByTestId('open-passphrase').fill(PASS);
  await open.getByRole('button', { name: '打开' }).click();
  await expect(page.getByTestId('case-header-title')).toHaveText('秦皇岛市公共数据授权运营实施方案评审');

  // Edit basic information; the change survives closing and reopening.
  await page.getByTestId('case-title').fill('秦皇岛市公共数据授权运营实施方案（修改稿）评审');
  await page.getByTestId('case-description').fill('第二次评审，针对修改稿。');
  await page.getByTestId('save-info').click();
  await expect(page.getByText('基本信息已保存')).toBeVisible();
  await expect(page.getByTestId('case-header-title')).toHaveText('秦皇岛市公共数据授权运营实施方案（修改稿）评审');
  await expect(page.getByRole('cell', { name: '修改基本信息' })).toBeVisible();
  await page.getByTestId('close-case').click();
  await page.getByTestId('recent-item').getByRole('button', { name: '打开' }).click();
  await page.getByTestId('open-passphrase').fill(PASS);
  await page.getByTestId('open-passphrase').press('Enter');
  await expect(page.getByTestId('case-header-title')).toHaveText('秦皇岛市公共数据授权运营实施方案（修改稿）评审');
  await expect(page.getByTestId('case-description')).toHaveValue('第二次评审，针对修改稿。');
  await shot('case-reopened');
});

test('opening a file that is not a case says so and lists nothing new', async ({ app: page, host }) => {
  const fs = await import('node:fs');
  const bogus = path.join(host.dataDir, 'notes.rdcase');
  fs.writeFileSync(bogus, '%PDF-1.7 this is not a case'.padEnd(8192, ' '));
  await page.getByTestId('open-case').click();
  const open = page.getByRole('dialog', { name: '打开案卷' });
  await open.getByTestId('case-path').fill(bogus);
  await open.getByTestId('open-passphrase').fill('whatever-123');
  await open.getByRole('button', { name: '打开' }).click();
  await expect(open.getByTestId('form-error')).toContainText('不是评审台案卷');
  expect(fs.readFileSync(bogus, 'utf8').startsWith('%PDF-1.7 this is not a case')).toBe(true);
});

test('the host refuses requests without the launch token', async ({ host, request }) => {
  const res = await request.post(`${host.url}api/cases.recent`, { data: {} });
  expect(res.status()).toBe(401);
  const page = await request.get(host.url);
  expect(page.status()).toBe(401);
});
