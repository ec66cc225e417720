import path from 'node:path';
import { test, expect, pickOption } from './fixtures';
import { createCaseInUi } from '../helpers/committeeSetupUi';

// What the panel secretary tripped over in walk9a (docs/walks/walk9a.md).
const CORPUS = path.resolve(import.meta.dirname, '..', 'fixtures', 'review');
// A review run on a shared machine: generous, timings belong in bench/.
test.setTimeout(300_000);

test('a red line overruled with a long reason stays readable; two experts\u2019 代录 each keep their own paper form', async ({ app: page, host, shot }) => {
  await createCaseInUi(page, host, 'walk9a.rdcase', { title: '九龙坡区医疗健康领域公共数据授权运营实施方案专家论证', jurisdiction: '重庆市' });
  await page.getByTestId('case-sidebar').getByText('合规审查', { exact: true }).click();
  // A plan copied from a government website, with its wrapper; its pricing clause is a red line.
  await page.getByTestId('review-file').setInputFiles(path.join(CORPUS, 'plan-h4a-cq-health-site.txt'));
  const flag = page.getByTestId('flag-pricing');
  await expect(flag).toBeVisible({ timeout: 120_000 });

  // The expert group overrules it, with the reason as a sentence (what a panel writes).
  const reason = '经专家组核实，第五部分（一）类产品对区内医疗机构实际无偿提供，“协商价格”仅指数据加工成本分摊，已由区发改委核定';
  await flag.getByTestId('ruling-open-pricing').click();
  await page.getByTestId('ruling-reason-pricing').fill(reason);
  await page.getByTestId('ruling-dismiss-pricing').click();
  await expect(flag.getByTestId('ruling-pricing')).toContainText('专家改判：不成立');
  await expect(flag.getByTestId('ruling-pricing')).toContainText(reason);
  // The red line's title reads on one line, as before the ruling (it was squeezed to one character a line).
  const title = flag.getByText('公益用途收费或不执行政府指导价', { exact: true });
  const box = (await title.boundingBox())!;
  expect(box.width).toBeGreaterThan(box.height * 5);
  await shot('walk9a-flag-overruled');

  // Two experts without keys, each transcribed from their own paper form.
  const fields = page.getByTestId('transcription-fields');
  const accounting = page.getByTestId('verdict-plan.accounting');
  // 张明 with 工作单位 and 职称 (the memo prints them); 王丽 without: the page names her as missing a unit.
  for (const [name, paper, unit, title] of [['张明', '纸质意见表第 1 号', '河北工业大学', '教授'], ['王丽', '纸质意见表第 2 号', '', '']]) {
    await page.getByTestId('member-name').fill(name);
    await page.getByTestId('member-unit').fill(unit);
    await page.getByTestId('member-title').fill(title);
    await page.getByTestId('add-member').click();
    if (name === '张明') await expect(page.getByTestId('members-no-unit')).toHaveCount(0);
    else await expect(page.getByTestId('members-no-unit')).toContainText('王丽未填写工作单位');
    await pickOption(page, page, 'member-select', name);
    await expect(fields).toContainText(`${name}未登记签名密钥`);
    // A member's fields start empty: nothing typed for the previous member is offered as theirs.
    await expect(fields.getByTestId('transcription-reason')).toHaveValue('');
    await expect(fields.getByTestId('transcription-paper')).toHaveValue('');
    await fields.getByTestId('transcription-reason').fill('专家现场填写纸质意见表');
    await fields.getByTestId('transcription-paper').fill(paper);
    await pickOption(accounting, page, 'verdict-select', '不符合');
    await expect(accounting.getByTestId('verdict-state')).toHaveText('已保存');
    await expect(page.getByTestId('transcribed-plan.accounting')).toHaveText(`由李秘书代录（${paper}）`);
  }
  // Back to the first: what was typed for them is theirs again, and their verdict keeps their own form.
  await pickOption(page, page, 'member-select', '张明');
  await expect(fields.getByTestId('transcription-paper')).toHaveValue('纸质意见表第 1 号');
  await expect(page.getByTestId('transcribed-plan.accounting')).toHaveText('由李秘书代录（纸质意见表第 1 号）');
  await page.getByRole('tab', { name: '组长汇总（并列对比）' }).click();
  await expect(page.getByTestId('side-plan.accounting-王丽')).toContainText('代录');
});

test('a memo that cannot be generated says why, and the reason stays on the page until the next try', async ({ app: page, host }) => {
  await createCaseInUi(page, host, 'walk9a-memo.rdcase');
  await page.getByTestId('case-sidebar').getByText('意见书', { exact: true }).click();
  await expect(page.getByTestId('memo-subject')).not.toHaveValue('');
  // Nothing reviewed, nothing typed: refused, naming what is missing.
  await page.clock.install();
  await page.getByTestId('memo-generate').click();
  const error = page.getByTestId('memo-generate-error');
  await expect(error).toContainText('缺少必需的内容');
  // Long after a passing message would have gone (antd's last 3 s), the reason is still there to read.
  await page.clock.runFor(60_000);
  await expect(error).toContainText('缺少必需的内容');
  await expect(page.getByTestId('memo-list')).not.toContainText('第1版');
  await expect(error).toContainText('“结论”');
  // The secretary fills in the texts named; the next try replaces the reason with what is still missing.
  await page.getByTestId('memo-input-opinion').fill('该实施方案内容基本完整。');
  await page.getByTestId('memo-input-conclusion').fill('同意修改完善后按程序报批。');
  await page.getByTestId('memo-generate').click();
  await expect(error).toContainText('“专家组成员”（评审委员会成员尚未登记）');
  await expect(error).not.toContainText('“结论”');
});
