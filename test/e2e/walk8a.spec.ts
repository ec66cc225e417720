import fs from 'node:fs';
import path from 'node:path';
import { test, expect, pickOption } from './fixtures';
import { createCaseInUi } from '../helpers/committeeSetupUi';

// What the panel secretary tripped over in walk8a (docs/walks/walk8a.md).
const CORPUS = path.resolve(import.meta.dirname, '..', 'fixtures', 'review');
// A review, a new version imported and a second review on a shared machine: generous, timings belong in bench/.
test.setTimeout(600_000);

test('verdicts and the conclusion given on the first draft are marked on the revised one until confirmed on it', async ({ app: page, host, shot }) => {
  await createCaseInUi(page, host, 'walk8a-versions.rdcase');
  await page.getByTestId('case-sidebar').getByText('合规审查', { exact: true }).click();
  const v1 = path.join(host.dataDir, '某县实施方案（送审稿）.txt');
  fs.copyFileSync(path.join(CORPUS, 'plan-hebei-defects.txt'), v1);
  await page.getByTestId('review-file').setInputFiles(v1);
  await expect(page.getByTestId('status-plan.products')).toHaveText('缺失', { timeout: 120_000 });
  // The run line names the user, never the system login.
  await expect(page.getByTestId('run-info')).toContainText('审查人：李秘书');

  // 赵专家 has no key: the secretary enters the paper form (代录); the committee's conclusion is set.
  await page.getByTestId('member-name').fill('赵专家');
  await page.getByTestId('add-member').click();
  await expect(page.getByTestId('member-select')).toContainText('赵专家');
  const fields = page.getByTestId('transcription-fields');
  await fields.getByTestId('transcription-reason').fill('专家现场填写纸质意见表');
  await fields.getByTestId('transcription-paper').fill('纸质意见表第 1 号');
  const products = page.getByTestId('verdict-plan.products');
  await pickOption(products, page, 'verdict-select', '不符合');
  await expect(products.getByTestId('verdict-state')).toHaveText('已保存');
  await page.getByTestId('conclusion').getByText('修改后通过').click();
  await expect(page.getByTestId('conclusion-card')).toContainText('李秘书');
  await expect(page.getByTestId('earlier-verdicts')).toHaveCount(0);

  // The drafting office sends the revised plan: imported on the 文件 page as version 2, then reviewed.
  const v2 = path.join(host.dataDir, '某县实施方案（修改稿）.txt');
  fs.writeFileSync(v2, `${fs.readFileSync(v1, 'utf8')}\n十二、附则\n本方案自印发之日起施行。\n`);
  await page.getByTestId('case-sidebar').getByText('文件', { exact: true }).click();
  await page.getByTestId('doc-drop').locator('input[type=file]').setInputFiles([v2]);
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-done')).toContainText('第 2 版');
  await page.getByTestId('case-sidebar').getByText('合规审查', { exact: true }).click();
  await page.getByTestId('rerun').click();
  await expect(page.getByTestId('run-info')).toContainText('某县实施方案（修改稿）.txt', { timeout: 120_000 });

  // Nothing was lost, and nothing passes for a verdict on the revised text.
  await expect(products.getByTestId('verdict-select')).toContainText('不符合');
  const alert = page.getByTestId('earlier-verdicts');
  await expect(alert).toContainText('第 1 版《某县实施方案（送审稿）.txt》');
  await expect(alert).toContainText('赵专家 1 项');
  await expect(alert).toContainText('专家组结论');
  await expect(page.getByTestId('earlier-plan.products')).toContainText('尚未按本版确认');
  await expect(page.getByTestId('conclusion-earlier')).toContainText('第 1 版《某县实施方案（送审稿）.txt》');
  await shot('walk8a-earlier-verdicts');

  // Confirmed on this text, one click each (the 代录 fields still say where the paper is).
  await page.getByTestId('confirm-earlier-plan.products').click();
  await expect(page.getByTestId('earlier-plan.products')).toHaveCount(0);
  // The 代录 fields were left empty: the confirmation keeps the paper form it came from.
  await expect(page.getByTestId('transcribed-plan.products')).toHaveText('由李秘书代录（纸质意见表第 1 号）');
  await page.getByTestId('conclusion-confirm').click();
  await expect(page.getByTestId('conclusion-earlier')).toHaveCount(0);
  await expect(alert).toHaveCount(0);
  await shot('walk8a-earlier-confirmed');
});

test('an empty file and a 2 GB file are refused before import with what to do', async ({ app: page, host }) => {
  await createCaseInUi(page, host, 'walk8a-bad.rdcase');
  const empty = path.join(host.dataDir, '方案（空）.txt');
  fs.writeFileSync(empty, '');
  // A sparse 2 GB file: the size a mistaken pick of a disk image or a video has; nothing of it is read.
  const huge = path.join(host.dataDir, '方案（扫描合集）.pdf');
  fs.closeSync(fs.openSync(huge, 'w'));
  fs.truncateSync(huge, 2 * 1024 ** 3);
  await page.getByTestId('case-sidebar').getByText('文件', { exact: true }).click();
  await page.getByTestId('doc-drop').locator('input[type=file]').setInputFiles([empty, huge]);
  const errors = page.getByTestId('import-error');
  await expect(errors).toHaveCount(2);
  await expect(errors.nth(0)).toHaveText('文件是空的（0 字节），没有可导入的内容。请检查是否选错了文件，或文件是否复制完整。');
  await expect(errors.nth(1)).toHaveText('文件有 2048 MB，超过 100 MB 的导入上限，未导入。请压缩其中的图片或拆分文件后再导入。');
  await expect(page.getByTestId('import-start')).toBeDisabled();
});
