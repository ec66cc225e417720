import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
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

/** The member has no key: the secretary types in their paper forms (代录), saying why and where the paper is. */
async function transcribe(page: Page, member: string) {
  await expect(page.getByTestId('transcription-fields')).toContainText(`${member}未登记签名密钥`);
  await page.getByTestId('transcription-reason').fill(`${member}未配备签名密钥，会上填写纸质表格`);
  await page.getByTestId('transcription-paper').fill(`${member}的纸质表格，存档盒 A`);
}

async function scoreAs(page: Page, member: string, values: number[][], crit: string[]) {
  await pick(page, 'current-member', member);
  // Nothing of the bids before the declaration.
  await expect(page.getByTestId('declaration')).toBeVisible();
  await expect(page.getByTestId('score-table')).toHaveCount(0);
  for (let i = 0; i < values.length; i++) await pick(page, `declare-${i}`, '无利害关系');
  await transcribe(page, member);
  await page.getByTestId('submit-declaration').click();
  await expect(page.getByTestId('score-table')).toBeVisible();
  await transcribe(page, member); // the score sheet is another paper: its 代录 starts empty
  for (let a = 0; a < values.length; a++) {
    for (let c = 0; c < crit.length; c++) await page.getByTestId(`score-${a}-${crit[c]}`).fill(String(values[a][c]));
  }
  await page.getByTestId('submit-sheet').click();
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByText('已提交 · 已锁定')).toBeVisible();
}

/** 评审选项: the procurement procedure sets the committee's lawful size. */
async function setProcedure(page: Page, label: string) {
  await pick(page, 'procedure', label);
  await page.getByRole('button', { name: '保存选项' }).click();
  await expect(page.getByText('评审选项已保存')).toBeVisible();
}

/** Whether a select shows its whole label (not cut to 公开招标（≥…), and how many lines a cell's text takes. */
// (The e2e tsconfig has no DOM types: the page's objects are typed by what is used of them.)
type Box = { scrollWidth: number; clientWidth: number };
type Doc = { createRange(): { selectNodeContents(n: unknown): void; getClientRects(): Iterable<{ top: number }> } };
const cut = (page: Page, testId: string) => page.getByTestId(testId).locator('.ant-select-selection-item').evaluate((e) => (e as unknown as Box).scrollWidth > (e as unknown as Box).clientWidth);
const lines = (el: unknown) => {
  const r = (globalThis as unknown as { document: Doc }).document.createRange();
  r.selectNodeContents(el);
  return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
};

async function newSelectionCase(page: Page, dataDir: string, title: string) {
  await page.getByTestId('new-case').click();
  const dialog = page.getByRole('dialog', { name: '新建评审案卷' });
  await dialog.getByTestId('case-title').fill(title);
  await pickOption(dialog, page, 'case-type', '运营机构遴选');
  await pickOption(dialog, page, 'case-jurisdiction', '温州市');
  await dialog.getByTestId('case-path').fill(path.join(dataDir, 'sel.rdcase'));
  await dialog.getByTestId('passphrase').fill(PASS);
  await dialog.getByTestId('passphrase-confirm').fill(PASS);
  await dialog.getByRole('button', { name: '创建案卷' }).click();
  await expect(page.getByTestId('case-header-title')).toHaveText(title);
}

test('a secretary sets up a 竞争性磋商 selection, two members score, one recuses: the ranking is not final until a 替补 joins', async ({ app: page, host, shot }) => {
  test.slow(); // a whole session through the UI on a shared machine
  await newSelectionCase(page, host.dataDir, '某市公共数据授权运营机构遴选评审');

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
  // 竞争性磋商: three members, odd, is a lawful committee (财库〔2014〕214号 art. 14)
  await setProcedure(page, '竞争性磋商');
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
  // Neither bid's 资格/符合性审查 is recorded: the sheet took the scores and says, on each bid, they may not count.
  await expect(page.getByTestId('sheet-review-pending')).toContainText('甲数据运营有限公司、乙科技股份有限公司的资格审查和符合性审查尚未记录完毕，对其评分可能不计入结果');
  await expect(page.getByTestId('sheet-review-pending')).toContainText('资格与符合性审查');
  await expect(page.getByTestId('review-pending-0')).toHaveText('审查未记录，评分可能不计');
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
  await transcribe(page, '王三');
  await shot('scoring-declaration');
  await page.getByTestId('submit-declaration').click();
  await expect(page.getByTestId('member-recused')).toContainText('王三 已声明存在利害关系并回避');
  await expect(page.getByTestId('selection-committee-warnings')).toContainText('王三已声明回避，不参加评分');
  await expect(page.getByTestId('selection-committee-warnings')).toContainText('现有 2 人，少于 3 人（竞争性磋商');

  // 甲: (26+24)/2 + (17+18)/2 + (18+17)/2 + 10 + (8+9)/2 + (9+8)/2 = 25 + 17.5 + 17.5 + 10 + 8.5 + 8.5 = 87
  // 乙: 23.5 + 15.5 + 15.5 + 10 + 7.5 + 7.5 = 79.5
  await page.getByRole('tab', { name: '汇总与排名' }).click();
  const rows = page.getByTestId('ranking').locator('tbody tr.ant-table-row');
  await expect(rows.nth(0)).toContainText('甲数据运营有限公司');
  await expect(rows.nth(0)).toContainText('87.00');
  // two members scored, below 竞争性磋商's three: ranked, nobody recommended, the reason and what to do on the page
  await expect(page.getByTestId('not-final')).toContainText('参加评分的评审委员会成员现有 2 人，少于竞争性磋商要求的 3 人（财库〔2014〕214号第十四条）。请添加替补专家');
  await expect(page.getByTestId('ranking')).not.toContainText('推荐');
  await expect(rows.nth(1)).toContainText('乙科技股份有限公司');
  await expect(rows.nth(1)).toContainText('79.50');
  // The charts are drawn when scrolled into view.
  await page.getByTestId('chart-spread').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('chart-by-criterion').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('chart-spread').locator('canvas')).toBeVisible();
  await shot('scoring-ranking');

  // The secretary adds a 替补专家 for 王三: the committee check re-runs with them, and the results wait for their sheet.
  await page.getByTestId('add-substitute').click();
  const sub = page.getByRole('dialog', { name: '添加替补专家（替补 王三）' });
  await sub.getByLabel('姓名').fill('孙七');
  await sub.getByLabel('工作单位').fill('某研究院');
  // the 评审报告 prints every member's 职称: the dialog asks for it rather than let （未填写） reach the archive
  await sub.getByRole('button', { name: '添加' }).click();
  await expect(sub.getByText('请填写替补专家的职称')).toBeVisible();
  await sub.getByLabel('职称/职务').fill('研究员');
  await sub.getByRole('button', { name: '添加' }).click();
  await expect(sub).toBeHidden();
  const warnings = page.getByTestId('selection-committee-warnings');
  await expect(warnings).toContainText('王三已声明回避，不参加评分，由替补专家孙七替补');
  await expect(warnings).not.toContainText('为偶数');
  await expect(page.getByTestId('add-substitute')).toHaveCount(0);
  await expect(page.getByTestId('results-sealed')).toContainText('尚未提交评分表：孙七');
});

test('with a price part: review failure excluded, abnormally low price explained, art. 64 correction recorded', async ({ app: page, host, shot }) => {
  test.slow(); // a whole session through the UI on a shared machine
  await newSelectionCase(page, host.dataDir, '运营机构遴选（含价格分）');
  await addMember(page, '张一', true);
  await addMember(page, '李二');
  await addMember(page, '王三');
  await page.getByTestId('case-sidebar').getByText('评分', { exact: true }).click();
  await pick(page, 'scheme-template', '温州式综合评审（含价格分）');
  await expect(page.getByTestId('scheme-total')).toContainText('100');
  await page.getByTestId('save-scheme').click();
  await expect(page.getByText('评分办法已保存')).toBeVisible();
  // The editor shows a 序号, not the criterion's key (plan, capability…); the labels of its selects are whole (walk 21).
  await expect(page.getByTestId('scheme-table').locator('thead')).not.toContainText('编号');
  await expect(page.getByTestId('scheme-table').locator('input[value="plan"]')).toHaveCount(0);
  expect(await cut(page, 'criterion-kind-6')).toBe(false);
  expect(await cut(page, 'procedure')).toBe(false);
  await setProcedure(page, '竞争性磋商');
  for (const [name, price] of [['甲公司', '100'], ['乙公司', '100'], ['丙公司', '70'], ['丁公司', '90']]) {
    await page.getByTestId('applicant-name').fill(name);
    await page.getByTestId('applicant-price').fill(price);
    await page.getByTestId('add-applicant').click();
    await expect(page.getByTestId('applicant-table').getByText(name)).toBeVisible();
  }
  // Entered in the case's unit (万元 unless the secretary picks 元), and shown with it.
  await expect(page.getByTestId('applicant-table').getByRole('cell', { name: '70万元', exact: true })).toBeVisible();

  // 丁 fails 符合性审查 (reason required); 丙 (70 vs others' mean 96.67) is abnormally low and explains in writing.
  await page.getByRole('tab', { name: '资格与符合性审查' }).click();
  const ding = page.locator('.ant-collapse-item', { hasText: '丁公司' });
  await ding.getByTestId('check-丁公司-c4').getByText('不通过').click();
  await expect(page.getByText('请先在右侧写明不通过的理由')).toBeVisible();
  await ding.locator('tr', { hasText: '数据安全承诺书' }).getByPlaceholder('不通过时必填').fill('未提交数据安全承诺书');
  await ding.getByTestId('check-丁公司-c4').getByText('不通过').click();
  await expect(ding.getByText('不进入评分')).toBeVisible();
  // 甲、乙、丙 are not yet reviewed: the page says so; every item is then marked 通过 (an unmarked item is no pass)
  await expect(page.getByTestId('review-pending')).toContainText('甲公司：资格审查 5 项（全部）、符合性审查 5 项（全部）未记录结论');
  for (const name of ['甲公司', '乙公司', '丙公司']) {
    for (const item of ['q1', 'q2', 'q3', 'q4', 'q5', 'c1', 'c2', 'c3', 'c4', 'c5']) await page.getByTestId(`check-${name}-${item}`).getByText('通过', { exact: true }).click();
    await expect(page.locator('.ant-collapse-item', { hasText: name }).getByText('审查通过，进入评分')).toBeVisible();
  }
  await expect(page.getByTestId('review-pending')).toHaveCount(0);
  const pr = page.getByTestId('price-review');
  await expect(pr).toContainText('丙公司 报价 70万元');
  await shot('scoring-review');

  await page.getByRole('tab', { name: '回避声明与评分' }).click();
  await pick(page, 'current-member', '张一');
  for (let i = 0; i < 4; i++) await pick(page, `declare-${i}`, '无利害关系');
  await transcribe(page, '张一');
  await page.getByTestId('submit-declaration').click();
  await expect(page.getByTestId('score-table').locator('tbody tr.ant-table-row')).toHaveCount(3); // 丁 is out
  await transcribe(page, '张一'); // the score sheet is another paper: its 代录 starts empty
  const crit = ['plan', 'capability', 'security', 'credit', 'service', 'emergency'];
  const vals = [[20, 16, 12, 10, 8, 8], [21, 15, 12, 10, 8, 8], [18, 14, 11, 10, 7, 7]];
  for (let a = 0; a < 3; a++) for (let c = 0; c < 6; c++) await page.getByTestId(`score-${a}-${crit[c]}`).fill(String(vals[a][c]));
  await expect(page.getByTestId('row-total').nth(0)).toHaveText('74');
  // Each criterion's 评分指引 is on the sheet itself.
  await expect(page.getByTestId('guidance')).toContainText('授权运营方案（0～25 分）');
  // A typed 30 on the 25-point criterion stays 30, is marked, and is refused on save with a message: never clamped.
  await page.getByTestId('score-0-plan').fill('30');
  await page.getByTestId('score-0-plan').blur();
  await expect(page.getByTestId('score-0-plan')).toHaveValue(/^30(\.0)?$/);
  await expect(page.getByTestId('score-error-0-plan')).toHaveText('超出 0～25 分，请改正');
  await page.getByTestId('save-scores').click();
  await expect(page.getByText('以下评分超出评分标准规定的分值范围，未保存，请改正：甲公司“授权运营方案”30 分（应为 0～25 分）。')).toBeVisible();
  await page.getByTestId('score-0-plan').fill('20');
  await expect(page.getByTestId('score-error-0-plan')).toHaveCount(0);
  await page.getByTestId('note-0-plan').fill('方案完整，收益分配机制清楚');
  await page.getByTestId('submit-sheet').click();
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page.getByText('已提交 · 已锁定')).toBeVisible();
  // 李二 and 王三 give the same scores: the means are 张一's
  for (const member of ['李二', '王三']) {
    await pick(page, 'current-member', member);
    for (let i = 0; i < 4; i++) await pick(page, `declare-${i}`, '无利害关系');
    await transcribe(page, member);
    await page.getByTestId('submit-declaration').click();
    // The sheet's 代录 starts empty once the declaration is recorded: fill it after that, not before (a busy machine
    // records it later than the next keystrokes).
    await expect(page.getByTestId('score-table').locator('tbody tr.ant-table-row')).toHaveCount(3);
    await transcribe(page, member);
    for (let a = 0; a < 3; a++) for (let c = 0; c < 6; c++) await page.getByTestId(`score-${a}-${crit[c]}`).fill(String(vals[a][c]));
    await page.getByTestId('submit-sheet').click();
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await expect(page.getByText('已提交 · 已锁定')).toBeVisible();
  }

  // 丙's price (70 against the others' mean 96.67) is abnormally low and nobody has recorded an explanation yet:
  // no 基准价, no totals, no 推荐, and the page says the result is not final.
  await page.getByRole('tab', { name: '汇总与排名' }).click();
  await expect(page.getByTestId('not-final')).toContainText('非最终结果');
  await expect(page.getByTestId('not-final')).toContainText('丙公司的报价明显低于其他有效报价');
  const pending = page.getByTestId('ranking').locator('tbody tr.ant-table-row');
  await expect(pending).toHaveCount(3);
  await expect(page.getByTestId('ranking')).not.toContainText('推荐');
  await expect(page.getByTestId('ranking').locator('tr', { hasText: '丙公司' })).toContainText('异常低价待说明');
  await expect(page.getByTestId('ranking')).not.toContainText('异常低价已说明');
  await expect(pending.nth(0)).toContainText('待定');
  await expect(page.getByTestId('score-notes')).toContainText('方案完整，收益分配机制清楚');
  await shot('scoring-not-final');

  // 打印 opens the results' own PDF (评审结果汇总表) in the browser's PDF viewer, marked not final on every page.
  const popup = page.waitForEvent('popup');
  const served = page.context().waitForEvent('response', (r) => r.url().includes('/view/'));
  await page.getByTestId('print-results').click();
  const viewer = await popup;
  const res = await served;
  expect(res.headers()['content-type']).toBe('application/pdf');
  expect(res.headers()['content-disposition']).toMatch(/^inline/);
  const printed = path.join(host.dataDir, 'results.pdf');
  fs.writeFileSync(printed, await (await page.context().request.get(viewer.url())).body());
  const printedPages = execFileSync('pdftotext', [printed, '-'], { encoding: 'utf8' }).split('\f').filter((x) => x.trim()).map((x) => x.replace(/\s+/g, ''));
  expect(printedPages.length).toBeGreaterThan(0);
  for (const p of printedPages) expect(p).toContain('非最终结果');
  expect(printedPages.join('')).toContain('评审结果汇总表');
  expect(printedPages.join('')).not.toContain('推荐的候选运营机构为');
  await viewer.close();

  // The committee records 丙's written explanation: the price counts and the result is final.
  await page.getByRole('tab', { name: '资格与符合性审查' }).click();
  await page.getByTestId('price-review').locator('textarea').fill('自有机房与既有平台复用，成本较低，附成本测算表。');
  await page.getByTestId('price-review').getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已记录')).toBeVisible();

  // 基准价 70: 甲 74 + 7 = 81, 乙 74 + 7 = 81 → tie on total and price → joint 1st; 丙 67 + 10 = 77.
  await page.getByRole('tab', { name: '汇总与排名' }).click();
  const rows = page.getByTestId('ranking').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('81.00');
  await expect(rows.nth(1)).toContainText('81.00');
  await expect(rows.nth(0).locator('td').first()).toHaveText('1');
  await expect(rows.nth(1).locator('td').first()).toHaveText('1');
  await expect(rows.nth(2)).toContainText('丙公司');
  await expect(rows.nth(2)).toContainText('77.00');
  await expect(rows.nth(2)).toContainText('异常低价已说明');
  await expect(page.getByTestId('not-final')).toHaveCount(0);
  await expect(rows.nth(0)).toContainText('推荐');
  await expect(page.getByTestId('ranking')).toContainText('丁公司：符合性审查未通过（数据安全承诺书）：未提交数据安全承诺书');

  // A correction names the case, the old and new value and the reason, and goes on record.
  await page.getByRole('button', { name: '记录其他更正' }).click();
  const dlg = page.getByRole('dialog', { name: '更正评分（87号令第六十四条）' });
  for (const [label, option] of [['评审成员', '张一'], ['申报单位', '乙公司'], ['评分项', '授权运营方案']]) {
    await dlg.getByLabel(label).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
    await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  }
  // Nothing is flagged for this score: a slip is 汇总计算错误, never 评分畸高畸低; the range is the criterion's 0～25.
  await dlg.getByLabel('情形').click();
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option')).toHaveText(['汇总计算错误']);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '汇总计算错误' }).click();
  await expect(dlg).toContainText('0～25 分');
  await dlg.getByLabel('更正后分值').fill('30');
  await dlg.getByLabel('理由').fill('本人复核，誊写错误');
  await dlg.getByRole('button', { name: '记录更正' }).click();
  await expect(dlg).toContainText('应为 0～25 分');
  await expect(dlg.getByLabel('更正后分值')).toHaveValue('30');
  await expect(dlg).toBeVisible();
  await dlg.getByLabel('更正后分值').fill('22');
  await dlg.getByLabel('理由').fill('本人复核，誊写错误');
  await dlg.getByRole('button', { name: '记录更正' }).click();
  await expect(page.getByTestId('corrections')).toContainText('本人复核，誊写错误');
  await expect(page.getByTestId('corrections')).toContainText('21');
  // 乙's plan: (22 + 21 + 21) / 3 → total 81.33
  await expect(rows.nth(0)).toContainText('乙公司');
  await expect(rows.nth(0)).toContainText('81.33');
  // Each column of points prints to two decimals (21.33 beside 20.00); a price and a name are never broken (walk 21).
  const ranking = page.getByTestId('ranking').locator('thead th').allInnerTexts();
  const col = (await ranking).findIndex((t) => t.startsWith('授权运营方案'));
  const plan = await rows.locator(`td:nth-child(${col + 1})`).allInnerTexts();
  expect(plan).toHaveLength(3);
  for (const t of plan) expect(t).toMatch(/^\d+\.\d\d$/);
  await page.setViewportSize({ width: 1100, height: 900 });
  expect(await page.getByTestId('ranking').getByText('70万元', { exact: true }).evaluate(lines)).toBe(1);
  expect(await page.getByTestId('corrections').locator('tbody td', { hasText: /^张一$/ }).evaluate(lines)).toBe(1);
  await shot('scoring-corrected');
});
