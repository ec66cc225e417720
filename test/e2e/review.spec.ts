import path from 'node:path';
import fs from 'node:fs';
import { test, expect, pickOption } from './fixtures';
import { CASE_PASS, createCaseInUi } from '../helpers/committeeSetupUi';

const CORPUS = path.resolve(import.meta.dirname, '..', 'fixtures', 'review');

test('an expert committee reviews a plan: findings with evidence, verdicts per expert, chair side by side, conclusion and 修改意见', async ({ app: page, host, shot }) => {
  await createCaseInUi(page, host, 'review.rdcase');
  await page.getByTestId('case-sidebar').getByText('合规审查', { exact: true }).click();

  // Review the plan with planted defects against 河北省.
  await expect(page.getByTestId('ruleset-select')).toContainText('河北省');
  await page.getByTestId('review-file').setInputFiles(path.join(CORPUS, 'plan-hebei-defects.txt'));
  await expect(page.getByTestId('run-info')).toContainText('plan-hebei-defects.txt');
  await expect(page.getByTestId('run-info')).toContainText('hebei@2025.1');
  for (const id of ['term_over_3y', 'authorization_mode', 'pricing', 'filing_deadline']) await expect(page.getByTestId(`flag-${id}`)).toBeVisible();
  await expect(page.getByTestId('flag-term_over_3y')).toContainText('第十七条第（二）项');
  await expect(page.getByTestId('status-plan.products')).toHaveText('缺失');
  await expect(page.getByTestId('status-plan.name')).toHaveText('具备');

  // Evidence jumps to the paragraph in the document.
  await page.getByTestId('flag-term_over_3y').getByTestId('evidence').first().click();
  const drawer = page.getByTestId('document-drawer');
  await expect(drawer.locator('[data-active]')).toContainText('授权运营期限为五年');
  await shot('review-evidence-jump');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // Two experts: the chair and a member, each records their own verdict.
  await page.getByTestId('member-name').fill('王组长');
  await page.getByTestId('add-member').click();
  await expect(page.getByTestId('member-select')).toContainText('王组长（组长）');
  await page.getByTestId('member-name').fill('李专家');
  await page.getByTestId('add-member').click();
  const products = page.getByTestId('verdict-plan.products');
  await pickOption(products, page, 'verdict-select', '不符合');
  await expect(products.getByTestId('verdict-select')).toContainText('不符合');
  // Shown at once, marked 保存中 while the host writes it; 已保存 only once it has answered.
  await expect(products.getByTestId('verdict-state')).toHaveText('已保存');
  await pickOption(page, page, 'member-select', '李专家');
  await expect(products.getByTestId('verdict-select')).not.toContainText('不符合');
  await pickOption(products, page, 'verdict-select', '基本符合');
  await products.getByTestId('verdict-comment').fill('附件中有初步清单');
  await products.getByTestId('verdict-comment').blur();
  await expect(products.getByTestId('verdict-select')).toContainText('基本符合');

  // The chair sees both side by side and sets the committee view.
  await page.getByRole('tab', { name: '组长汇总（并列对比）' }).click();
  await expect(page.getByTestId('side-plan.products-王组长')).toContainText('不符合');
  await expect(page.getByTestId('side-plan.products-李专家')).toContainText('基本符合');
  await expect(page.getByTestId('side-plan.products-李专家')).toContainText('附件中有初步清单');
  await pickOption(page.getByTestId('committee-plan.products'), page, 'verdict-select', '不符合');
  await expect(page.getByTestId('committee-plan.products').getByTestId('verdict-select')).toContainText('不符合');

  // Conclusion and 修改意见 drafted from the findings, edited, saved.
  await page.getByTestId('conclusion').getByText('修改后通过').click();
  await page.getByTestId('draft-opinions').click();
  await expect(page.getByTestId('opinion').first()).toContainText('授权运营期限超过3年');
  await page.getByTestId('opinion-text').first().fill('授权运营期限应改为不超过三年（建议三年）。');
  await page.getByTestId('save-opinions').click();
  await expect(page.getByText('修改意见已保存')).toBeVisible();
  await shot('review-plan-checklist');

  // A malformed ruleset is refused with the line and the reason.
  await page.getByTestId('view-ruleset').click();
  const rs = page.getByTestId('ruleset-drawer');
  await expect(rs).toContainText('依场景授权');
  const bad = path.join(host.dataDir, 'bad-ruleset.yaml');
  fs.writeFileSync(bad, 'id: hebei\nname: 河北省\nversion: "2030.1"\njurisdiction: 河北省\nflags:\n  - id: x\n    title: t\n');
  await page.getByTestId('ruleset-file').setInputFiles(bad);
  await expect(page.getByTestId('ruleset-error')).toContainText('第 6 行');
  await shot('review-ruleset-refused');
  await page.keyboard.press('Escape');
  await expect(rs).toBeHidden();

  // Everything is in the case after closing and reopening.
  await page.getByTestId('close-case').click();
  await page.getByTestId('recent-item').getByRole('button', { name: '打开' }).click();
  await page.getByTestId('open-passphrase').fill(CASE_PASS);
  await page.getByTestId('open-passphrase').press('Enter');
  await page.getByTestId('case-sidebar').getByText('合规审查', { exact: true }).click();
  await expect(page.getByTestId('run-info')).toContainText('hebei@2025.1');
  await expect(page.getByTestId('opinion-text').first()).toHaveValue('授权运营期限应改为不超过三年（建议三年）。');
  await expect(page.getByTestId('conclusion').locator('.ant-radio-button-wrapper-checked')).toHaveText('修改后通过');
});

test('a document that is not a plan still gets a report that says so', async ({ app: page, host }) => {
  await createCaseInUi(page, host, 'x.rdcase', { title: '误选文件', type: null, jurisdiction: '重庆市' });
  await page.getByTestId('case-sidebar').getByText('合规审查', { exact: true }).click();
  await page.getByTestId('review-file').setInputFiles(path.join(CORPUS, 'not-a-plan.txt'));
  await expect(page.getByTestId('review-warning')).toContainText('看起来不像实施方案');
  await expect(page.getByTestId('status-plan.feasibility')).toHaveText('缺失');
  // A format the app cannot read is refused with its own message.
  const odd = path.join(host.dataDir, 'plan.xlsx');
  fs.writeFileSync(odd, 'x');
  await page.getByTestId('review-file').setInputFiles(odd);
  await expect(page.getByTestId('review-error')).toContainText('不支持“plan.xlsx”的文件类型');
});
