import fs from 'node:fs';
import path from 'node:path';
import { test, expect, pickOption } from './fixtures';
import { createCaseInUi, reviewPlanWithMember } from '../helpers/committeeSetupUi';

const CORPUS = path.resolve(import.meta.dirname, '..', 'fixtures', 'review');

// A fresh install: the laptop's user has never set their name.
test.use({ userName: null });
// A whole walk with three reviews on a shared machine: generous, timings belong in bench/.
test.setTimeout(600_000);

test('代录 of an expert\u2019s verdicts, the name asked for where it is printed, rulings kept across a re-review', async ({ app: page, host, shot }) => {
  await createCaseInUi(page, host, 'transcribe.rdcase');
  await reviewPlanWithMember(page, '赵专家');

  // 赵专家 has no key: what is entered here is a 代录, with why and where the paper form is.
  const fields = page.getByTestId('transcription-fields');
  await expect(fields).toContainText('赵专家未登记签名密钥');
  await fields.getByTestId('transcription-reason').fill('专家现场填写纸质意见表');
  await fields.getByTestId('transcription-paper').fill('纸质意见表第 2 号，存档盒 A');
  const products = page.getByTestId('verdict-plan.products');
  await pickOption(products, page, 'verdict-select', '不符合');

  // No name set yet: asked for, then the same verdict is saved (nothing entered is lost).
  const ask = page.getByRole('dialog', { name: '请填写您的姓名' });
  await expect(ask).toContainText('不能印系统登录名');
  await shot('walk7-ask-name');
  await ask.getByTestId('ask-user-name-input').fill('李秘书');
  await ask.getByRole('button', { name: '保存并继续' }).click();
  await expect(ask).toBeHidden();
  await expect(products.getByTestId('verdict-select')).toContainText('不符合');
  await expect(page.getByTestId('transcribed-plan.products')).toHaveText('由李秘书代录（纸质意见表第 2 号，存档盒 A）');
  await shot('walk7-transcribed-verdict');

  // The chair's side-by-side view marks it as 代录.
  await page.getByRole('tab', { name: '组长汇总（并列对比）' }).click();
  await expect(page.getByTestId('side-plan.products-赵专家')).toContainText('代录');
  await page.getByRole('tab', { name: /专家意见/ }).first().click();

  // An expert dismisses a red line; the name is known now and is shown with it.
  await page.getByTestId('ruling-open-pricing').click();
  await page.getByTestId('ruling-reason-pricing').fill('所指条款为成本补偿，已报价格主管部门核定');
  await page.getByTestId('ruling-dismiss-pricing').click();
  await expect(page.getByTestId('ruling-pricing')).toContainText('（李秘书）');

  // A revised plan is reviewed: the ruling is not carried to the other text, and the page lists it, with who and why.
  const v2 = path.join(host.dataDir, '实施方案（修改稿）.txt');
  fs.writeFileSync(v2, `${fs.readFileSync(path.join(CORPUS, 'plan-hebei-defects.txt'), 'utf8')}\n十二、附则\n本方案自印发之日起施行。\n`);
  await page.getByTestId('review-file').setInputFiles(v2);
  await expect(page.getByTestId('run-info')).toContainText('实施方案（修改稿）.txt');
  const earlier = page.getByTestId('earlier-rulings');
  await expect(earlier).toContainText('1 条专家改判未沿用到本次审查');
  await expect(earlier).toContainText('所指条款为成本补偿，已报价格主管部门核定');
  await expect(page.getByTestId('ruling-open-pricing')).toBeVisible();
  // The expert's verdict is still there.
  await expect(page.getByTestId('verdict-plan.products').getByTestId('verdict-select')).toContainText('不符合');
  await shot('walk7-earlier-rulings');
});
