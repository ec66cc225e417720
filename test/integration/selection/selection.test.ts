import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/services';
import { testAppPerTest } from '../../helpers/appPerTest';
import { evaluate } from '../../../shared/scoring/engine';
import { passAllChecks } from '../../helpers/selectionCase';

// vitest's worker runs from the shared node_modules (/work/main/...), so appRoot() would find main's templates/:
// point the services at this tree's own templates.
process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', '..', 'templates');

type App = ReturnType<typeof testApp>;
const app = testAppPerTest();

const codeOf = async (p: Promise<unknown>) => p.then(() => 'resolved', (e: { code: string }) => e.code);

/** A case with five experts (one chair), three applicants with prices, and the Wenzhou scheme with a price part. */
async function setUp(a: App) {
  const c = await a.newCase({ caseType: 'operator_selection' as never, title: '某市公共数据运营机构遴选' }).catch(() => a.newCase({ title: '某市公共数据运营机构遴选' }));
  const caseId = c.caseId;
  const members = [];
  for (const [i, name] of ['张一', '李二', '王三', '赵四', '钱五'].entries()) {
    members.push(await a.call('committee.save', { caseId, member: { name, unit: '某大学', role: i === 0 ? 'chair' : 'member', kind: 'expert' } }));
  }
  const { templates } = await a.call('selection.templates', {});
  const withPrice = templates.find((t) => t.templateId === 'wenzhou-with-price')!;
  expect((await a.call('selection.saveScheme', { caseId, scheme: withPrice.scheme })).problems).toEqual([]);
  const applicants = [];
  for (const [name, price] of [['甲数据公司', 100], ['乙科技公司', 90], ['丙信息公司', 120]] as const) {
    applicants.push(await a.call('selection.saveApplicant', { caseId, applicant: { name, price } }));
  }
  await passAllChecks(a, caseId, applicants);
  return { caseId, members, applicants, scheme: withPrice.scheme };
}

/** An objective item has one right value: every member gives it the same score (else the result is not final, art. 64). */
const objectiveSame = (c: { kind: string }, f: number) => (c.kind === 'objective' ? 0.8 : f);
const noneFor = (applicants: { applicantId: string }[]) => applicants.map((x) => ({ applicantId: x.applicantId, relation: 'none' as const }));
function fullSheet(scheme: { criteria: { id: string; kind: string; max: number }[] }, applicants: { applicantId: string }[], f = 0.8) {
  return Object.fromEntries(applicants.map((x, i) => [x.applicantId, Object.fromEntries(scheme.criteria.filter((c) => c.kind !== 'price').map((c) => [c.id, Math.round(c.max * (objectiveSame(c, f) - i * 0.1) * 100) / 100]))]));
}

describe('recusal gating (财库〔2016〕198号 art. 16)', () => {
  it('shows no bid and refuses scoring before a member has declared for every applicant', async () => {
    const { caseId, members, applicants, scheme } = await setUp(app);
    const m = members[1].memberId;
    const before = await app.call('selection.memberView', { caseId, memberId: m });
    expect(before.declared).toBe(false);
    expect(before.applicants.map((x) => Object.keys(x).sort())).toEqual([['applicantId', 'name'], ['applicantId', 'name'], ['applicantId', 'name']]);
    expect(await codeOf(app.call('selection.saveScores', { caseId, memberId: m, scores: fullSheet(scheme, applicants) }))).toBe('SELECTION_NOT_DECLARED');
    expect(await codeOf(app.call('selection.exportSheet', { caseId, memberId: m }))).toBe('SELECTION_NOT_DECLARED');
    // declaring for only two of three is refused and saves nothing
    expect(await codeOf(app.call('selection.declare', { caseId, memberId: m, declarations: noneFor(applicants.slice(0, 2)) }))).toBe('SELECTION_DECLARATION_INCOMPLETE');
    expect((await app.call('selection.memberView', { caseId, memberId: m })).declarations).toEqual([]);
    // "other" needs its text
    expect(await codeOf(app.call('selection.declare', { caseId, memberId: m, declarations: [...noneFor(applicants.slice(1)), { applicantId: applicants[0].applicantId, relation: 'other' }] }))).toBe('BAD_REQUEST');
    expect((await app.call('selection.declare', { caseId, memberId: m, declarations: noneFor(applicants) })).recused).toBe(false);
    const after = await app.call('selection.memberView', { caseId, memberId: m });
    expect(after.declared).toBe(true);
    expect(after.applicants[0]).toMatchObject({ name: '甲数据公司', price: 100, documents: [] });
    // a new applicant reopens the gate until the member declares for it too
    await app.call('selection.saveApplicant', { caseId, applicant: { name: '丁网络公司', price: 110 } });
    expect((await app.call('selection.memberView', { caseId, memberId: m })).declared).toBe(false);
  });

  it('a declared conflict removes the member from scoring, is recorded, and re-runs the committee check', async () => {
    const { caseId, members, applicants, scheme } = await setUp(app);
    expect((await app.call('selection.state', { caseId })).committeeWarnings).toEqual([]);
    const m = members[4].memberId;
    const decl = noneFor(applicants).map((d, i) => (i === 1 ? { ...d, relation: 'employed' as const, note: '2024 年曾在该公司任职' } : d));
    expect((await app.call('selection.declare', { caseId, memberId: m, declarations: decl })).recused).toBe(true);
    const st = await app.call('selection.state', { caseId });
    expect(st.members.find((x) => x.memberId === m)).toMatchObject({ recused: true, recusal: { applicantName: '乙科技公司', relation: '三年内曾在该单位任职', note: '2024 年曾在该公司任职' } });
    expect(st.committeeWarnings.join('\n')).toContain('现有 4 人，少于 5 人');
    expect(st.committeeWarnings.join('\n')).toContain('为偶数');
    expect(st.committeeWarnings.join('\n')).toContain('钱五已声明回避');
    expect(await codeOf(app.call('selection.saveScores', { caseId, memberId: m, scores: fullSheet(scheme, applicants) }))).toBe('SELECTION_RECUSED');
    const view = await app.call('selection.memberView', { caseId, memberId: m });
    expect(view.recused).toBe(true);
    expect(view.applicants.every((x) => x.price === undefined)).toBe(true);
    const audit = await app.call('cases.audit', { caseId, limit: 50 });
    expect(audit.entries.some((e) => e.action === 'selection.declare' && JSON.stringify(e.detail).includes('2024 年曾在该公司任职'))).toBe(true);
    const report = app.services.selection.reportContent(caseId);
    expect(report.committee.members.find((x) => x.name === '钱五')!.recusal).toMatchObject({ applicantName: '乙科技公司' });
  });
});

describe('independent scoring, lock and corrections', () => {
  it('a member sees others\' scores only after submitting; submitted sheets are locked; corrections are recorded', async () => {
    const { caseId, members, applicants, scheme } = await setUp(app);
    const [a, b] = [members[0].memberId, members[1].memberId];
    for (const m of members) await app.call('selection.declare', { caseId, memberId: m.memberId, declarations: noneFor(applicants) });
    // out of range is refused, nothing saved
    const bad = fullSheet(scheme, applicants);
    bad[applicants[0].applicantId].plan = 26;
    expect(await codeOf(app.call('selection.saveScores', { caseId, memberId: a, scores: bad }))).toBe('SELECTION_SCORE_INVALID');
    expect((await app.call('selection.memberView', { caseId, memberId: a })).scores).toEqual({});
    // a scheme edit before anyone submits drops the scores it makes meaningless, so the member's sheet still saves
    await app.call('selection.saveScores', { caseId, memberId: a, scores: { [applicants[0].applicantId]: { plan: 24, service: 9 } } });
    await app.call('selection.saveScheme', { caseId, scheme: { ...scheme, criteria: scheme.criteria.map((c) => (c.id === 'plan' ? { ...c, max: 20 } : c.id === 'service' ? { ...c, max: 15 } : c)) } });
    expect((await app.call('selection.memberView', { caseId, memberId: a })).scores).toEqual({ [applicants[0].applicantId]: { service: 9 } });
    await app.call('selection.saveScheme', { caseId, scheme });
    // incomplete cannot be submitted
    const partial = fullSheet(scheme, applicants);
    delete partial[applicants[2].applicantId].security;
    await app.call('selection.saveScores', { caseId, memberId: a, scores: partial });
    expect(await codeOf(app.call('selection.submit', { caseId, memberId: a }))).toBe('SELECTION_SHEET_INCOMPLETE');
    await app.call('selection.saveScores', { caseId, memberId: a, scores: fullSheet(scheme, applicants) });
    await app.call('selection.saveScores', { caseId, memberId: b, scores: fullSheet(scheme, applicants, 0.7) });
    // b has saved but not submitted: a submits and still cannot see b's unsubmitted scores
    await app.call('selection.submit', { caseId, memberId: a });
    expect((await app.call('selection.memberView', { caseId, memberId: a })).others).toEqual([]);
    expect((await app.call('selection.memberView', { caseId, memberId: b })).others).toBeNull();
    await app.call('selection.submit', { caseId, memberId: b });
    const bv = await app.call('selection.memberView', { caseId, memberId: b });
    expect(bv.others!.map((o) => o.name)).toEqual(['张一']);
    expect(bv.others![0].scores[applicants[0].applicantId].plan).toBe(20);
    // locked: no more saving, no scheme change, no new applicant
    expect(await codeOf(app.call('selection.saveScores', { caseId, memberId: a, scores: fullSheet(scheme, applicants, 0.5) }))).toBe('SELECTION_SHEET_LOCKED');
    expect(await codeOf(app.call('selection.saveScheme', { caseId, scheme }))).toBe('SELECTION_LOCKED');
    expect(await codeOf(app.call('selection.saveApplicant', { caseId, applicant: { name: '迟到公司', price: 1 } }))).toBe('SELECTION_LOCKED');
    // a member with a submitted sheet cannot be removed (their scores would be lost)
    const rm = await app.call('committee.remove', { caseId, memberId: a }).catch((e) => e);
    expect(rm.code).toBe('COMMITTEE_MEMBER_HAS_RECORDS');
    expect(rm.message).toContain('张一已有评审记录');
    expect(rm.message).toContain('已提交的评分表');
    expect((await app.call('selection.memberView', { caseId, memberId: a })).submittedAt).not.toBeNull();
    // results stay sealed while anyone still on the committee has not submitted: no scores, no ranking
    const r0 = await app.call('selection.results', { caseId });
    expect(r0.sealed).toBe(true);
    expect(r0.pendingMembers).toEqual(['王三', '赵四', '钱五']);
    expect(r0.results.ranking).toEqual([]);
    expect(r0.sheets).toEqual({});
    expect(r0.results.applicants.every((x) => x.total === null && x.criteria.length === 0)).toBe(true);
    expect(await codeOf(app.call('selection.exportResults', { caseId }))).toBe('SELECTION_RESULTS_SEALED');
    // a correction needs a submitted sheet (before that the member simply edits)
    expect(await codeOf(app.call('selection.correct', { caseId, memberId: members[2].memberId, applicantId: applicants[0].applicantId, criterionId: 'plan', newValue: 20, kind: 'arithmetic', reason: 'x' }))).toBe('SELECTION_NOT_SUBMITTED');
    for (const m of members.slice(2)) {
      await app.call('selection.saveScores', { caseId, memberId: m.memberId, scores: fullSheet(scheme, applicants, 0.6) });
      await app.call('selection.submit', { caseId, memberId: m.memberId });
    }
    const r1 = await app.call('selection.results', { caseId });
    expect(r1.sealed).toBe(false);
    expect(r1.pendingMembers).toEqual([]);
    // 甲 plan: 20, 17.5, 15, 15, 15 → 82.5 / 5 = 16.5
    const plan = (r: typeof r1) => r.results.applicants.find((x) => x.applicantId === applicants[0].applicantId)!.criteria.find((c) => c.criterionId === 'plan')!.value;
    expect(plan(r1)).toBe(16.5);
    // the server takes only the grounds the results show, as the dialog offers them: 王三's 甲 plan score (15) is not
    // flagged 畸高畸低, so it cannot go on record as one; nothing is changed
    const refused = await app.call('selection.correct', { caseId, memberId: members[2].memberId, applicantId: applicants[0].applicantId, criterionId: 'plan', newValue: 18, kind: 'deviation', reason: 'x' }).catch((e: { code?: string; message?: string }) => e);
    expect(refused).toMatchObject({ code: 'SELECTION_CORRECTION_GROUND' });
    expect((refused as { message: string }).message).toContain('汇总计算错误');
    expect(plan(await app.call('selection.results', { caseId }))).toBe(16.5);
    expect((await app.call('selection.results', { caseId })).corrections).toHaveLength(0);
    // a correction needs a submitted sheet; it is recorded with old and new, reason, who and when
    const cor = await app.call('selection.correct', { caseId, memberId: b, applicantId: applicants[0].applicantId, criterionId: 'plan', newValue: 19.5, kind: 'arithmetic', reason: '李二复核评分表，19.5 分誊录时误写为 17.5 分，本人更正' });
    expect(cor).toMatchObject({ oldValue: 17.5, newValue: 19.5, memberName: '李二', criterionName: '授权运营方案' });
    const r2 = await app.call('selection.results', { caseId });
    expect(plan(r2)).toBeCloseTo(16.9, 10); // (20 + 19.5 + 15 × 3) / 5
    expect(r2.corrections).toHaveLength(1);
    expect(app.services.selection.reportContent(caseId).corrections[0]).toMatchObject({ kind: '汇总计算错误', oldValue: 17.5, newValue: 19.5, reason: '李二复核评分表，19.5 分誊录时误写为 17.5 分，本人更正' });
  });

  it('an applicant failing qualification is excluded with its reason kept for the report', async () => {
    const { caseId, members, applicants } = await setUp(app);
    expect(await codeOf(app.call('selection.saveCheck', { caseId, verdict: { applicantId: applicants[2].applicantId, stage: 'conformity', item: 'c4', passed: false } }))).toBe('BAD_REQUEST');
    await app.call('selection.declare', { caseId, memberId: members[0].memberId, declarations: noneFor(applicants) });
    // the member had already scored 丙 before it was excluded: the sheet drops it and saving what is shown still works
    await app.call('selection.saveScores', { caseId, memberId: members[0].memberId, scores: { [applicants[2].applicantId]: { plan: 20 } } });
    await app.call('selection.saveCheck', { caseId, verdict: { applicantId: applicants[2].applicantId, stage: 'conformity', item: 'c4', passed: false, reason: '未提交数据安全承诺书' } });
    const shown = await app.call('selection.memberView', { caseId, memberId: members[0].memberId });
    expect(shown.scores).toEqual({});
    await app.call('selection.saveScores', { caseId, memberId: members[0].memberId, scores: shown.scores });
    const view = await app.call('selection.memberView', { caseId, memberId: members[0].memberId });
    expect(view.applicants.map((x) => x.name)).toEqual(['甲数据公司', '乙科技公司']);
    const rep = app.services.selection.reportContent(caseId);
    const c = rep.applicants.find((x) => x.name === '丙信息公司')!;
    expect(c.status).toBe('excluded');
    expect(c.reason).toBe('符合性审查未通过（数据安全承诺书）：未提交数据安全承诺书');
    expect(c.conformity.filter((x) => !x.passed)).toEqual([{ item: '数据安全承诺书', passed: false, reason: '未提交数据安全承诺书' }]);
  });
});

describe('Excel score sheets', () => {
  async function ready() {
    const s = await setUp(app);
    for (const m of s.members) await app.call('selection.declare', { caseId: s.caseId, memberId: m.memberId, declarations: noneFor(s.applicants) });
    return s;
  }
  async function blank(caseId: string, memberId: string) {
    const ref = await app.call('selection.exportSheet', { caseId, memberId });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(app.services.files.getOutput(ref.outputId).data as unknown as ArrayBuffer);
    return wb;
  }
  async function save(wb: ExcelJS.Workbook, name: string) {
    const file = path.join(app.dir, name);
    fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    return { kind: 'path' as const, path: file };
  }
  const fill = (ws: ExcelJS.Worksheet, rows: number, cols: number, v = (r: number, c: number) => c + r / 10) => {
    for (let r = 6; r < 6 + rows; r++) for (let c = 3; c < 3 + cols; c++) ws.getCell(r, c).value = v(r, c);
  };

  it('shows the member no bidder UUID and no English criterion id: the keys import reads are hidden', async () => {
    const { caseId, members, applicants, scheme } = await ready();
    const ws = (await blank(caseId, members[0].memberId)).getWorksheet('评分表')!;
    const keys = [...applicants.map((a) => a.applicantId), ...scheme.criteria.map((c) => c.id), 'total'];
    const seen: string[] = [];
    ws.eachRow((row) => {
      if (row.hidden) return;
      row.eachCell((cell, c) => {
        if (!ws.getColumn(c).hidden && keys.includes(String(cell.value))) seen.push(`${cell.address}=${String(cell.value)}`);
      });
    });
    expect(seen).toEqual([]);
    expect(ws.getCell('B6').value).toBe('甲数据公司');
  });

  it('exports a blank sheet with criteria, ranges and data validation, and imports it once filled', async () => {
    const { caseId, members } = await ready();
    const wb = await blank(caseId, members[0].memberId);
    const ws = wb.getWorksheet('评分表')!;
    expect(ws.getCell('C4').value).toBe('授权运营方案（0～25分）');
    expect(ws.getCell('F4').value).toBe('信用条件（0～10分，客观分）');
    expect(ws.getCell('B6').value).toBe('甲数据公司');
    expect(ws.getCell('C6').dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 25] });
    fill(ws, 3, 6);
    ws.getCell('I6').value = 99; // a wrong 合计 is kept and flagged later, not refused
    const res = await app.call('selection.importSheet', { caseId, file: await save(wb, 'ok.xlsx') });
    expect(res).toMatchObject({ memberId: members[0].memberId, memberName: '张一', scores: 18 });
    await app.call('selection.submit', { caseId, memberId: members[0].memberId });
    // the results are sealed until everyone submits; the submitted data already carries the wrong 合计
    expect((await app.call('selection.results', { caseId })).sealed).toBe(true);
    const r = evaluate(app.services.selection.evaluation(caseId));
    expect(r.findings.filter((f) => f.kind === 'arithmetic')).toMatchObject([{ memberId: members[0].memberId, value: 99 }]);
  });

  it('lists every problem by cell and imports nothing until the sheet is clean', async () => {
    const { caseId, members } = await ready();
    const wb = await blank(caseId, members[1].memberId);
    const ws = wb.getWorksheet('评分表')!;
    fill(ws, 3, 6);
    ws.getCell('D6').value = null; // missing
    ws.getCell('C7').value = 30; // > 25
    ws.getCell('E8').value = '很好'; // not a number
    ws.getCell('A8').value = 'not-an-applicant'; // wrong applicant
    const err = await app.call('selection.importSheet', { caseId, file: await save(wb, 'bad.xlsx') }).catch((e) => e);
    expect(err.code).toBe('SELECTION_IMPORT_INVALID');
    const cells = (err.details.problems as { cell: string; message: string }[]).map((p) => p.cell);
    expect(cells).toEqual(['D6', 'C7', 'A8', '第6行起']);
    expect(err.message).toContain('D6：甲数据公司“业务技术实力”未填写');
    expect(err.message).toContain('C7：乙科技公司“授权运营方案”30 分超出 0～25 分');
    expect(err.message).toContain('缺少申报单位“丙信息公司”');
    expect((await app.call('selection.memberView', { caseId, memberId: members[1].memberId })).scores).toEqual({});
    // a non-number is reported by its cell too
    ws.getCell('A8').value = (await app.call('selection.state', { caseId })).applicants[2].applicantId;
    const err2 = await app.call('selection.importSheet', { caseId, file: await save(wb, 'bad2.xlsx') }).catch((e) => e);
    expect((err2.details.problems as { cell: string }[]).map((p) => p.cell)).toEqual(['D6', 'C7', 'E8']);
  });

  it('refuses a sheet from another case, a sheet of a removed member, and a file that is not a score sheet', async () => {
    const { caseId, members } = await ready();
    const other = await ready();
    const wb = await blank(other.caseId, other.members[0].memberId);
    fill(wb.getWorksheet('评分表')!, 3, 6);
    const err = await app.call('selection.importSheet', { caseId, file: await save(wb, 'other.xlsx') }).catch((e) => e);
    expect(err.code).toBe('SELECTION_IMPORT_INVALID');
    expect(err.message).toContain('属于另一个案卷');
    const mine = await blank(caseId, members[3].memberId);
    fill(mine.getWorksheet('评分表')!, 3, 6);
    const ref = await save(mine, 'removed.xlsx');
    // A member who declared is no longer removed (committee.remove refuses, naming the declaration); a case file from
    // before that rule can still have lost one, as this direct delete does.
    expect((await app.call('committee.remove', { caseId, memberId: members[3].memberId }).catch((e) => e)).code).toBe('COMMITTEE_MEMBER_HAS_RECORDS');
    app.services.openCases.get(caseId).db.prepare('DELETE FROM committee_members WHERE member_id = ?').run(members[3].memberId);
    expect((await app.call('selection.importSheet', { caseId, file: ref }).catch((e) => e)).message).toContain('不在本案评审委员会中');
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').getCell('A1').value = 'hello';
    expect((await app.call('selection.importSheet', { caseId, file: await save(plain, 'plain.xlsx') }).catch((e) => e)).message).toContain('不是评审台导出的评分表');
    fs.writeFileSync(path.join(app.dir, 'x.xlsx'), 'not a zip');
    expect((await app.call('selection.importSheet', { caseId, file: { kind: 'path', path: path.join(app.dir, 'x.xlsx') } }).catch((e) => e)).message).toContain('不是有效的 Excel');
  });

  it('exports the results: summary, each member, findings and corrections', async () => {
    const { caseId, members, applicants, scheme } = await ready();
    for (const [i, m] of members.entries()) {
      const scores = fullSheet(scheme, applicants, 0.9 - i * 0.02);
      if (i === 0) scores[applicants[1].applicantId].credit = 8; // an objective item scored apart from the others
      await app.call('selection.saveScores', { caseId, memberId: m.memberId, scores });
      await app.call('selection.submit', { caseId, memberId: m.memberId });
    }
    expect((await app.call('selection.results', { caseId })).final).toBe(false);
    await app.call('selection.correct', { caseId, memberId: members[0].memberId, applicantId: applicants[1].applicantId, criterionId: 'credit', newValue: 7, kind: 'objective_mismatch', reason: '核对信用报告后统一' });
    const ref = await app.call('selection.exportResults', { caseId });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(app.services.files.getOutput(ref.outputId).data as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '成员-张一', '成员-李二', '成员-王三', '成员-赵四', '成员-钱五', '复核提示', '更正记录']);
    const sum = wb.getWorksheet('汇总')!;
    const r = await app.call('selection.results', { caseId });
    expect(sum.getCell('A5').value).toBe(1);
    expect(sum.getCell('B5').value).toBe(r.results.ranking[0].name);
    expect(wb.getWorksheet('更正记录')!.getRow(2).values).toEqual([undefined, expect.any(String), '张一', '乙科技公司', '信用条件', '客观评审因素评分不一致', 8, 7, '核对信用报告后统一', expect.any(String)]);
    // Walk 21a: the time printed as the raw UTC instant "2026-12-04T09:02:23.213Z"; it is Beijing time, as on paper.
    const at = (app.services.openCases.get(caseId).db.prepare('SELECT at FROM selection_corrections').get() as { at: string }).at;
    const beijing = new Date(Date.parse(at) + 8 * 3600_000);
    const two = (n: number) => String(n).padStart(2, '0');
    expect(wb.getWorksheet('更正记录')!.getCell('A1').value).toBe('时间（北京时间）');
    expect(wb.getWorksheet('更正记录')!.getCell('A2').value).toBe(
      `${beijing.getUTCFullYear()}年${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日 ${two(beijing.getUTCHours())}:${two(beijing.getUTCMinutes())}`);
    const rep = app.services.selection.reportContent(caseId);
    expect(rep.final).toBe(true);
    expect(rep.recommended).toHaveLength(1);
    expect(rep.method.priceRule).toContain('基准价');
  });
});
