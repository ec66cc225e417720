import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testAppPerTest } from '../../helpers/appPerTest';
import { noneFor, selectionCase } from '../../helpers/selectionCase';
import { selectionSources } from '../../../shared/memo/sources';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', '..', 'templates');

const app = testAppPerTest();

const codeOf = async (p: Promise<unknown>) => p.then(() => ({ code: 'resolved', message: '' }), (e: { code: string; message: string }) => e);

const sheet = (scheme: { criteria: { id: string; kind: string; max: number }[] }, applicants: { applicantId: string }[], f: number) =>
  Object.fromEntries(applicants.map((x) => [x.applicantId, Object.fromEntries(scheme.criteria.map((c) => [c.id, Math.round(c.max * (c.kind === 'objective' ? 0.8 : f) * 100) / 100]))]));

// Each test: five experts, 甲 and 乙, the Wenzhou scheme without a price part (plan: 0–30).
describe('score sheets: out-of-range refused, notes per criterion', () => {
  it('refuses a score above the criterion maximum with a message naming it, and never stores a changed value', async () => {
    const { caseId, members, applicants, scheme } = await selectionCase(app);
    const plan = scheme.criteria.find((c) => c.id === 'plan')!;
    const m = members[0].memberId;
    await app.call('selection.declare', { caseId, memberId: m, declarations: noneFor(applicants) });
    const e = await codeOf(app.call('selection.saveScores', { caseId, memberId: m, scores: { [applicants[0].applicantId]: { plan: plan.max + 5, security: 3 } } }));
    expect(e.code).toBe('SELECTION_SCORE_INVALID');
    expect(e.message).toContain(`甲数据公司“${plan.name}”${plan.max + 5} 分（应为 0～${plan.max} 分）`);
    expect((await app.call('selection.memberView', { caseId, memberId: m })).scores).toEqual({}); // nothing saved, nothing clamped
    // the contract refuses negative numbers before the service sees them
    expect((await codeOf(app.call('selection.saveScores', { caseId, memberId: m, scores: { [applicants[0].applicantId]: { plan: -1 } } }))).code).toBe('BAD_REQUEST');
  });

  it('stores a note per criterion, locks it with the sheet, and shows it in the results, the Excel export and the 评审报告', async () => {
    const { caseId, members, applicants, scheme } = await selectionCase(app);
    for (const [k, m] of members.entries()) {
      await app.call('selection.declare', { caseId, memberId: m.memberId, declarations: noneFor(applicants) });
      const notes = k === 0 ? { [applicants[0].applicantId]: { plan: '收益分配机制清楚，但数据安全投入测算偏低', security: '' } } : undefined;
      await app.call('selection.saveScores', { caseId, memberId: m.memberId, scores: sheet(scheme, applicants, 0.8 - k * 0.02), ...(notes ? { notes } : {}) });
    }
    const view = await app.call('selection.memberView', { caseId, memberId: members[0].memberId });
    expect(view.notes).toEqual({ [applicants[0].applicantId]: { plan: '收益分配机制清楚，但数据安全投入测算偏低' } });
    for (const m of members) await app.call('selection.submit', { caseId, memberId: m.memberId });
    // locked with the sheet
    expect((await codeOf(app.call('selection.saveScores', { caseId, memberId: members[0].memberId, scores: {}, notes: { [applicants[0].applicantId]: { plan: '改' } } }))).code).toBe('SELECTION_SHEET_LOCKED');
    const r = await app.call('selection.results', { caseId });
    expect(r.notes[members[0].memberId][applicants[0].applicantId].plan).toBe('收益分配机制清楚，但数据安全投入测算偏低');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(app.services.files.getOutput((await app.call('selection.exportResults', { caseId })).outputId).data as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('成员-张一')!;
    const lastCol = ws.getRow(1).cellCount;
    expect(ws.getRow(1).getCell(lastCol).value).toBe('评分说明');
    expect(String(ws.getRow(2).getCell(lastCol).value)).toBe('授权运营方案：收益分配机制清楚，但数据安全投入测算偏低');
    const rep = app.services.selection.reportContent(caseId);
    expect(rep.memberSheets[0].rows[0].notes).toEqual({ plan: '收益分配机制清楚，但数据安全投入测算偏低' });
    const notesTable = selectionSources(rep)['selection.scores']!.tables!.find((t) => t.caption === '评分说明')!;
    expect(notesTable.rows).toEqual([['张一', '甲数据公司', '授权运营方案', '收益分配机制清楚，但数据安全投入测算偏低']]);
  });
});

describe('替补专家 after a recusal (评标委员会规定 art. 9, 87号令 art. 45)', () => {
  it('adds a substitute for a recused member, records whom they replace, and re-runs the composition checks', async () => {
    const { caseId, members, applicants, scheme } = await selectionCase(app);
    const out = members[4];
    await app.call('selection.declare', { caseId, memberId: out.memberId, declarations: noneFor(applicants).map((d, i) => (i === 0 ? { ...d, relation: 'employed' as const, note: '2024 年在该公司任职' } : d)) });
    const before = (await app.call('selection.state', { caseId })).committeeWarnings.join('');
    expect(before).toContain('现有 4 人，少于 5 人');
    expect(before).toContain('为偶数');
    // only a recused member can be replaced, and only once
    expect((await codeOf(app.call('selection.addSubstitute', { caseId, replacesMemberId: members[1].memberId, member: { name: '周六' }, reason: '回避' }))).code).toBe('CONFLICT');
    // Walk 21: the report printed （未填写） for a substitute added without 职称; both unit and 职称 are asked for then.
    const bare = await codeOf(app.call('selection.addSubstitute', { caseId, replacesMemberId: out.memberId, member: { name: '周六', unit: '某研究院' }, reason: '钱五回避' }));
    expect(bare).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('请填写替补专家的职称') });
    expect((await codeOf(app.call('selection.addSubstitute', { caseId, replacesMemberId: out.memberId, member: { name: '周六', title: ' ' }, reason: '钱五回避' }))).message).toContain('请填写替补专家的工作单位和职称');
    expect((await app.call('committee.list', { caseId })).members.map((m) => m.name)).not.toContain('周六'); // nothing added
    const added = await app.call('selection.addSubstitute', { caseId, replacesMemberId: out.memberId, member: { name: '周六', unit: '某研究院', title: '研究员', expertNo: 'ZJ-006' }, reason: '钱五回避，按规定从专家库抽取替补' });
    expect(added.committeeWarnings.join('')).not.toMatch(/少于 5 人|为偶数/);
    expect(added.committeeWarnings.join('')).toContain('钱五已声明回避，不参加评分，由替补专家周六替补。');
    expect((await codeOf(app.call('selection.addSubstitute', { caseId, replacesMemberId: out.memberId, member: { name: '吴七' }, reason: '再补' }))).message).toContain('已由 周六 替补 钱五');
    const st = await app.call('selection.state', { caseId });
    expect(st.members.find((m) => m.memberId === added.memberId)).toMatchObject({ name: '周六', substituteFor: '钱五', declared: false });
    // the substitute declares and scores like anyone; the results wait for them
    const r0 = await app.call('selection.results', { caseId });
    expect(r0.pendingMembers).toContain('周六');
    for (const m of [...members.slice(0, 4).map((x) => x.memberId), added.memberId]) {
      await app.call('selection.declare', { caseId, memberId: m, declarations: noneFor(applicants) });
      await app.call('selection.saveScores', { caseId, memberId: m, scores: sheet(scheme, applicants, 0.7) });
      await app.call('selection.submit', { caseId, memberId: m });
    }
    const r = await app.call('selection.results', { caseId });
    expect(r.final).toBe(true);
    expect(r.members.map((m) => m.name)).toEqual(['张一', '李二', '王三', '赵四', '周六']);
    const rep = app.services.selection.reportContent(caseId);
    expect(rep.committee.members.find((m) => m.name === '周六')).toMatchObject({ substituteFor: '钱五', unit: '某研究院' });
    expect(selectionSources(rep)['selection.dissent']!.paragraphs![0]).toBe('钱五因与甲数据公司存在利害关系（三年内曾在该单位任职）已回避（回避声明系代录），由替补专家周六替补。');
    const audit = await app.call('cases.audit', { caseId, limit: 100 });
    expect(JSON.stringify(audit)).toContain('selection.substitute');
  });
});
