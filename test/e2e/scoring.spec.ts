import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, pickOption } from './fixtures';

const PASS = 'Kx7-评审台-2026';

/** Like pickOption, but only among dropdowns on screen: earlier selects leave their (hidden) option lists behind. */
async function pick(page: Page, testId: string, label: string) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }).first().click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

async function addMember(page: Page, name: string, chair = false) {
  await page.getByTestId('add-member').click();
  const dlg = page.getByRole('dialog', { name: '添加成员' });
  await dlg.getByTestId('member-name').fill(name);
  await dlg.getByTestId('member-unit').fill('某大学');
  if (chair) await pickOption(dlg, page, 'member-role', '组长');
  await dlg.getByRole('button', { name: '保存' }).click();
  await expect(dlg).toBeHidden();
  await expect(page.getByTestId('committee-card').getByRole('cell', { name, exact: true })).toBeVisible();
}

async function scoreAs(page: Page, member: string, values: number[][], crit: string[]) {
  await pick(page, 'current-member', member);
  // Nothing of the bids before the declaration.
  await expect(page.getByTestId('declaration')).toBeVisible();
  await expect(page.getByTestId('score-table')).toHaveCount(0);
  for (let i = 0; i < values.length; i++) await pick(page, `declare-${i}`, '无利害关系');
  await page.getByTestId('submit-declaration').click();
  await expect(page.getByTestId('score-table')).toBeVisible();
  for (let a = 0; a < values.length; a++) {
    for (let c = 0; c < crit.length; c++) await page.getByTestId(`score-${a}-${crit[c]}`).fill(String(values[a][c]));
  }
  await page.getByTestId('submit-sheet').click();
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByText('已提交 · 已锁定')).toBeVisible();
}

test('a secretary sets up a selection, two members declare and score, and the committee sees the ranking', async ({ app: page, host, shot }) => {
  await page.getByTestId('new-case').click();
  const dialog = page.getByRole('dialog', { name: '新建评审案卷' });
  await dialog.getByTestId('case-title').fill('某市公共数据授权运营机构遴选评审');
  await pickOption(dialog, page, 'case-type', '运营机构遴选');
  await pickOption(dialog, page, 'case-jurisdiction', '温州市');
  await dialog.getByTestId('case-path').fill(path.join(host.dataDir, 'sel.rdcase'));
  await dialog.getByTestId('passphrase').fill(PASS);
  await dialog.getByTestId('passphrase-confirm').fill(PASS);
  await dialog.getByRole('button', { name: '创建案卷' }).click();
  await expect(page.getByTestId('case-header-title')).toHaveText('某市公共数据授权运营机构遴选评审');

  // Committee on 基本信息: two members is too few, and the app says so.
  await addMember(page, '张一', true);
  await addMember(page, '李二');
  await expect(page.getByTestId('committee-warnings')).toContainText('少于 5 人');
  await expect(page.getByTestId('committee-warnings')).toContainText('为偶数');
  await addMember(page, '王三');
  await expect(page.getByTestId('committee-warnings')).not.toContainText('为偶数');

  // Scheme (Wenzhou default, 100 points) and applicants.
  await page.getByTestId('case-sidebar').getByText('评分', { exact: true }).click();
  await expect(page.getByTestId('scheme-total')).toContainText('100');
  await page.getByTestId('criterion-max-0').fill('35');
  await expect(page.getByText('评分项满分合计为 105 分，应为 100 分。')).toBeVisible();
  await page.getByTestId('criterion-max-0').fill('30');
  await expect(page.getByText('评分项满分合计为 105 分，应为 100 分。')).toHaveCount(0);
  await page.getByTestId('save-scheme').click();
  for (const name of ['甲数据运营有限公司', '乙科技股份有限公司']) {
    await page.getByTestId('applicant-name').fill(name);
    await page.getByTestId('add-applicant').click();
    await expect(page.getByTestId('applicant-table').getByText(name)).toBeVisible();
  }
  await shot('scoring-setup');

  // Each member declares, then scores on their own; the second member sees the first one's scores only after submitting.
  await page.getByRole('tab', { name: '回避声明与评分' }).click();
  const crit = ['plan', 'capability', 'security', 'credit', 'service', 'emergency'];
  await scoreAs(page, '张一', [[26, 17, 18, 10, 8, 9], [22, 15, 16, 10, 7, 8]], crit);
  await expect(page.getByTestId('others')).toContainText('其他成员尚未提交');
  await scoreAs(page, '李二', [[24, 18, 17, 10, 9, 8], [25, 16, 15, 10, 8, 7]], crit);
  await expect(page.getByTestId('others')).toContainText('张一');
  await shot('scoring-member-submitted');

  // 王三 has not declared yet: the results stay sealed, so no member can read others' scores there before scoring.
  await page.getByRole('tab', { name: '汇总与排名' }).click();
  await expect(page.getByTestId('results-sealed')).toContainText('尚未提交评分表：王三');
  await page.getByRole('tab', { name: '回避声明与评分' }).click();

  // 王三 declares a conflict with 乙: removed from scoring, recorded, and the committee check re-runs without them.
  await pick(page, 'current-member', '王三');
  await pick(page, 'declare-0', '无利害关系');
  await pick(page, 'declare-1', '三年内曾在该单位任职');
  await shot('scoring-declaration');
  await page.getByTestId('submit-declaration').click();
  await expect(page.getByTestId('member-recused')).toContainText('王三 已声明存在利害关系并回避');
  await expect(page.getByTestId('selection-committee-warnings')).toContainText('王三 已声明回避，不参加评分');
  await expect(page.getByTestId('selection-committee-warnings')).toContainText('现有 2 人，为偶数');

  // 甲: (26+24)/2 + (17+18)/2 + (18+17)/2 + 10 + (8+9)/2 + (9+8)/2 = 25 + 17.5 + 17.5 + 10 + 8.5 + 8.5 = 87
  // 乙: 23.5 + 15.5 + 15.5 + 10 + 7.5 + 7.5 = 79.5
  await page.getByRole('tab', { name: '汇总与排名' }).click();
  const rows = page.getByTestId('ranking').locator('tbody tr.ant-table-row');
  await expect(rows.nth(0)).toContainText('甲数据运营有限公司');
  await expect(rows.nth(0)).toContainText('87.00');
  await expect(rows.nth(0)).toContainText('推荐');
  await expect(rows.nth(1)).toContainText('乙科技股份有限公司');
  await expect(rows.nth(1)).toContainText('79.50');
  await expect(page.getByTestId('chart-by-criterion').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('chart-spread').locator('canvas')).toBeVisible();
  await shot('scoring-ranking');
});
