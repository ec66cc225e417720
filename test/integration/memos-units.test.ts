import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, expect, it } from 'vitest';
import { testApp } from '../helpers/services';

process.env.REVIEW_DESK_TEMPLATES_DIR = path.resolve('templates');
const flat = (s: string) => s.replace(/\s+/g, '');
const app = testApp();
afterAll(() => app.cleanup());
const save = (outputId: string, name: string) => {
  const f = path.join(app.dir, name);
  fs.writeFileSync(f, app.services.files.getOutput(outputId).data);
  return f;
};

// Walk 9a: members added on the review page had no 工作单位/职称; the memo printed blank cells and a 签字表 of names only.
it('the memo\'s 签字表 prints each member\'s 工作单位 and 职称, and a unit never entered prints as 未填写, in PDF and DOCX', async () => {
  const { caseId } = await app.newCase({ title: '某市公共数据资源授权运营实施方案' });
  await app.call('committee.save', { caseId, member: { name: '张三', unit: '河北工业大学', title: '教授', role: 'chair' } });
  await app.call('committee.save', { caseId, member: { name: '李四', unit: '省信息中心', title: '高级工程师' } });
  await app.call('committee.save', { caseId, member: { name: '王五' } }); // as the review page added members before
  const m = await app.call('memos.generate', { caseId, type: 'plan_opinion', inputs: { opinion: '论证意见正文。', conclusion: '同意。' } });
  const pdf = save((await app.call('memos.export', { caseId, memoId: m.memoId, format: 'pdf' })).outputId, 'memo.pdf');
  const pages = execFileSync('pdftotext', ['-raw', pdf, '-']).toString().split('\f').map(flat);
  const signPage = pages.find((p) => p.includes('签字') && p.includes('工作单位及职称'));
  expect(signPage, pages.join('\n---\n')).toBeDefined();
  for (const s of ['张三河北工业大学教授组长', '李四省信息中心高级工程师成员', '王五工作单位（未填写）成员']) expect(signPage).toContain(s);
  // the 专家组成员 table says the gap too, never a blank cell
  const all = pages.join('');
  expect(all).toContain('王五（未填写）（未填写）成员');

  const docx = save((await app.call('memos.export', { caseId, memoId: m.memoId, format: 'docx' })).outputId, 'memo.docx');
  const text = flat((await mammoth.extractRawText({ path: docx })).value);
  expect(text).toContain('工作单位及职称');
  expect(text).toContain('李四省信息中心高级工程师成员');
  expect(text).toContain('王五工作单位（未填写）成员');
}, 300_000);
