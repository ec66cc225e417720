import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { expect, it } from 'vitest';
import { testAppPerTest } from '../../helpers/appPerTest';
import { noneFor, selectionCase } from '../../helpers/selectionCase';
import { output, run } from '../../helpers/run';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', '..', 'templates');
const flat = (s: string) => s.replace(/\s+/g, '').replace(/—\d+—/g, '');

const app = testAppPerTest();

/** Walk 11's scoring session: 赵四 withdraws (worked for 乙), 孙七 (研究员, asked for when added) replaces them; the secretary enters everything from paper without reasons. */
async function walk11Session() {
  const { caseId, members, scheme, applicants: [jia, yi] } = await selectionCase(app);
  const none = noneFor([jia, yi]);
  await app.call('selection.declare', { caseId, memberId: members[3].memberId, declarations: [none[0], { applicantId: yi.applicantId, relation: 'employed' }] });
  const sub = await app.call('selection.addSubstitute', { caseId, replacesMemberId: members[3].memberId, member: { name: '孙七', unit: '某研究院', title: '研究员', expertNo: '' }, reason: '赵四回避' });
  const sheet = Object.fromEntries([jia, yi].map((a, i) => [a.applicantId, Object.fromEntries(scheme.criteria.map((c) => [c.id, c.max * (0.8 - i / 10)]))]));
  for (const m of [...members.filter((_, i) => i !== 3).map((x) => x.memberId), sub.memberId]) {
    await app.call('selection.declare', { caseId, memberId: m, declarations: none });
    await app.call('selection.saveScores', { caseId, memberId: m, scores: sheet });
    await app.call('selection.submit', { caseId, memberId: m });
  }
  return caseId;
}

async function saved(outputId: string, name: string) {
  const file = path.join(app.dir, name);
  fs.writeFileSync(file, app.services.files.getOutput(outputId).data);
  return file;
}

const UNSTATED = '（未注明纸质表格；成员未登记签名密钥，由秘书代录，未填写代录理由），非本人电子签署。';

// Walk 11: the 评审报告's 评审委员会成员 table listed 赵四 (withdrew) and 孙七 (their 替补) as plain 成员, only section 九
// said otherwise; a missing 职称 printed “（未填写）” there and “—” in the 评审结果汇总表; and the 代录 notes printed one
// identical paragraph per 回避声明 and per 评分表 (eleven).
it('the 评审报告 says in its committee table who withdrew and who replaced them, prints a missing 职称 as （未填写） like the 汇总表, and one 代录 sentence for the same note (PDF and DOCX)', async () => {
  const caseId = await walk11Session();
  const memo = await app.call('memos.generate', { caseId, type: 'selection_report' });
  const pdf = await saved((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })).outputId, 'report.pdf');
  const docx = await saved((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'docx' })).outputId, 'report.docx');
  fs.mkdirSync('test-results/selection', { recursive: true });
  expect((await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', pdf, 'test-results/selection/report-committee'])).code).toBe(0);
  const pdfText = flat(await output('pdftotext', [pdf, '-']));
  const docxText = flat((await mammoth.extractRawText({ path: docx })).value);
  // pdftotext takes a wrapped cell's lines after the row, so the PDF is read cell by cell and the DOCX row by row.
  const pdfTable = pdfText.slice(pdfText.indexOf('评审委员会成员'), pdfText.indexOf('评审方法和标准'));
  for (const cell of ['备注', '4赵四某大学（未填写）成员', '6孙七某研究院研究员成员', '回避（与乙科技公司：三年内曾在该单位任职），不参加评分，由孙七替补', '替补赵四，参加评分']) expect(pdfTable).toContain(flat(cell));
  const docxTable = docxText.slice(docxText.indexOf('评审委员会成员'), docxText.indexOf('评审方法和标准'));
  expect(docxTable).toContain('角色备注');
  expect(docxTable).toContain(flat('4赵四某大学（未填写）成员回避（与乙科技公司：三年内曾在该单位任职），不参加评分，由孙七替补5钱五'));
  expect(docxTable).toContain(flat('6孙七某研究院研究员成员替补赵四，参加评分'));
  expect(docxTable).toContain(flat('1张一某大学（未填写）组长2李二'));
  for (const [label, text] of [['pdf', pdfText], ['docx', docxText]]) {
    // Section 九 still says it in full.
    expect(text, label).toContain(flat('赵四因与乙科技公司存在利害关系（三年内曾在该单位任职）已回避（回避声明系代录），由替补专家孙七替补。'));
    // One sentence for the eleven forms with the same note.
    expect(text, label).toContain(flat(`张一、李二、王三、钱五、孙七的回避声明和评分表，赵四的回避声明系代录：由李秘书根据纸质声明和评分表录入${UNSTATED}`));
    expect(text.split('系代录：').length - 1, label).toBe(1);
  }
  // The 评审结果汇总表 prints the gap the same way, never “—”.
  const summary = flat(await output('pdftotext', [await saved((await app.call('selection.resultsPdf', { caseId })).outputId, 'summary.pdf'), '-']));
  const committee = summary.slice(summary.indexOf('一、评审委员会'), summary.indexOf('二、评审方法和标准'));
  // (pdftotext may read the wrapped 签字 header in between)
  expect(committee).toMatch(/孙七某研究院研究员(签字)?成员替补赵四，参加评分/);
  expect(committee).toContain(flat('张一某大学（未填写）组长参加评分'));
  expect(committee).not.toContain('—');
  expect((await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path.join(app.dir, 'summary.pdf'), 'test-results/selection/summary-committee'])).code).toBe(0);
});

it('a 代录 note that differs stays a sentence of its own, and the committee table of a memo without a withdrawal has no 备注 column', async () => {
  const { caseId, members, scheme, applicants } = await selectionCase(app);
  const sheet = Object.fromEntries(applicants.map((a) => [a.applicantId, Object.fromEntries(scheme.criteria.map((c) => [c.id, c.max * 0.8]))]));
  const paper = { reason: '张一在会场填写纸质评分表', paperRef: '纸质评分表第 1 号' };
  for (const [i, m] of members.entries()) {
    await app.call('selection.declare', { caseId, memberId: m.memberId, declarations: noneFor(applicants) });
    await app.call('selection.saveScores', { caseId, memberId: m.memberId, scores: sheet });
    await app.call('selection.submit', { caseId, memberId: m.memberId, ...(i === 0 ? { transcription: paper } : {}) });
  }
  const memo = await app.call('memos.generate', { caseId, type: 'selection_report' });
  const text = flat(await output('pdftotext', [await saved((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })).outputId, 'plain.pdf'), '-']));
  expect(text).toContain(flat(`张一的回避声明，李二、王三、赵四、钱五的回避声明和评分表系代录：由李秘书根据纸质声明和评分表录入${UNSTATED}`));
  expect(text).toContain(flat('张一的评分表系代录：由李秘书根据纸质评分表录入（纸质评分表第 1 号；张一在会场填写纸质评分表），非本人电子签署。'));
  expect(text.split('系代录：').length - 1).toBe(2);
  const table = text.slice(text.indexOf('评审委员会成员'), text.indexOf('评审方法和标准'));
  expect(table).toContain('姓名工作单位职称/职务角色1张一');
  expect(table).not.toContain('备注');
});
