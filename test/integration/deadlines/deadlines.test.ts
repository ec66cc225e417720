import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/services';

process.env.REVIEW_DESK_TEMPLATES_DIR = path.resolve('templates');
const flat = (s: string) => s.replace(/\s+/g, '');
const app = testApp();
afterAll(() => app.cleanup());

async function pdfText(outputId: string, name: string) {
  const file = path.join(app.dir, name);
  fs.writeFileSync(file, app.services.files.getOutput(outputId).data);
  return { file, text: flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })) };
}

describe('时限 of a Chongqing agreement case', () => {
  let caseId = '';
  it('lists the rules of its kind and jurisdiction, counts from the signing date the user enters, and keeps done dates', async () => {
    caseId = (await app.newCase({ caseType: 'agreement_review', jurisdiction: 'chongqing', title: '某区公共数据授权运营协议' })).caseId;
    let v = await app.call('deadlines.list', { caseId, today: '2025-10-10' });
    expect(v.rows.map((r) => r.ruleId)).toEqual(['chongqing.agreement.filing', 'legal_review.before_decision', 'meeting.materials', 'chongqing.certificate.renewal', 'price.annual_disclosure']);
    expect(v.rows.every((r) => r.state === 'no_start')).toBe(true);
    await app.call('deadlines.setStart', { caseId, kind: 'agreement_signing', date: '2025-09-30' });
    v = await app.call('deadlines.list', { caseId, today: '2025-10-10' });
    expect(v.rows[0]).toMatchObject({ due: '2025-10-14', state: 'due_soon', startOrigin: 'user', basis: expect.stringContaining('第十七条') });
    await app.call('deadlines.setDone', { caseId, ruleId: 'chongqing.agreement.filing', date: '2025-10-13', note: '已报市数据局' });
    v = await app.call('deadlines.list', { caseId, today: '2025-10-20' });
    expect(v.rows[0]).toMatchObject({ state: 'done', stateLabel: '已完成（2025年10月13日）', doneNote: '已报市数据局' });
    await expect(app.call('deadlines.setStart', { caseId, kind: 'agreement_signing', date: '2025-02-30' })).rejects.toMatchObject({ code: 'DEADLINE_DATE_INVALID' });
    await expect(app.call('deadlines.setDone', { caseId, ruleId: 'hebei.agreement.filing', date: '2025-10-13' })).rejects.toMatchObject({ code: 'DEADLINE_UNKNOWN_RULE' });
  });

  it('knows the decision meeting from the case’s meetings, and prints the 时限表 of the case and of the meeting', async () => {
    const m = await app.call('meetings.save', { caseId, meeting: { name: '2025年第9次党组会', kind: 'party_group', date: '2025-10-15', place: '第一会议室', chair: '王局长', members: ['王局长'], attendees: [], recorder: '张秘书', secrecy: 'internal' } });
    await app.call('meetings.addItem', { caseId, meetingId: m.meetingId, title: '关于某区公共数据授权运营协议的议题', linkedToCase: true });
    const v = await app.call('deadlines.list', { caseId, today: '2025-09-20' });
    expect(v.known).toEqual([{ kind: 'decision_meeting', date: '2025-10-15', source: '会议“2025年第9次党组会”' }]);
    expect(v.rows.find((r) => r.ruleId === 'legal_review.before_decision')).toMatchObject({ due: '2025-09-29', startOrigin: 'case', state: 'upcoming' });
    const caseTable = await pdfText((await app.call('deadlines.print', { caseId, today: '2025-09-20' })).outputId, 'case-deadlines.pdf');
    for (const s of ['时限表', '某区公共数据授权运营协议', '授权运营协议备案', '2025年10月14日', '第十七条', '送请合法性审查', '2025年9月29日', '已完成', '节假日数据覆盖2004—']) expect(caseTable.text).toContain(flat(s));
    const meetingTable = await pdfText((await app.call('deadlines.printMeeting', { caseId, meetingId: m.meetingId, today: '2025-09-20' })).outputId, 'meeting-deadlines.pdf');
    for (const s of ['会议议题时限表', '2025年第9次党组会', '一、关于某区公共数据授权运营协议的议题', '2025年10月12日']) expect(meetingTable.text).toContain(flat(s));
    expect(execFileSync('pdffonts', [caseTable.file], { encoding: 'utf8' })).toMatch(/yes\s+yes/);
    fs.mkdirSync('test-results/deadlines', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', caseTable.file, 'test-results/deadlines/case-table']);
  });
});

describe('importing a year of the holiday schedule', () => {
  it('extends the coverage, and refuses a malformed file with its lines and reasons, changing nothing', async () => {
    const before = await app.call('deadlines.coverage', {});
    const next = before.lastYear! + 1;
    const bad = path.join(app.dir, 'bad.txt');
    fs.writeFileSync(bad, `年份 ${next}\n来源 示例通知\n放假 ${next}-13-01 元旦\n`);
    await expect(app.call('deadlines.importHolidays', { file: { kind: 'path', path: bad } })).rejects.toMatchObject({
      code: 'HOLIDAY_FILE_INVALID',
      message: expect.stringContaining(`第 3 行：日期“${next}-13-01”无效`),
      details: { errors: [{ line: 3, reason: expect.any(String) }] },
    });
    expect(await app.call('deadlines.coverage', {})).toEqual(before);
    const good = path.join(app.dir, 'good.txt');
    fs.writeFileSync(good, `年份 ${next}\n来源 示例通知\n放假 ${next}-01-01 元旦\n`);
    const r = await app.call('deadlines.importHolidays', { file: { kind: 'path', path: good } });
    expect(r).toMatchObject({ year: next, holidays: 1, workdays: 0 });
    expect(r.coverage.lastYear).toBe(next);
    expect(r.coverage.years.at(-1)).toEqual({ year: next, source: '导入：示例通知' });
    expect(fs.existsSync(path.join(app.services.dirs.dataDir, 'holidays', `${next}.txt`))).toBe(true);
  });
});

describe('price check in the 协议审查意见', () => {
  it('stores the figures, refuses unreadable ones, and prints 最高准许收入 with its basis and flags', async () => {
    const { caseId } = await app.newCase({ caseType: 'agreement_review', jurisdiction: 'qinhuangdao', title: '秦皇岛市公共数据授权运营协议' });
    const g = await app.call('price.get', { caseId });
    expect(g.applicable).toBe(true);
    expect(g.localRules[0]).toMatchObject({ spreadPoints: '6', source: expect.stringContaining('秦皇岛市') });
    const input = {
      ...g.input, period: '2026年度', operatingCost: '12345678.90', baseYield: '1.68', baseYieldSource: '用户填写', spreadPoints: '6', profitRuleSource: g.localRules[0].source, taxes: '56789.01',
      products: [{ name: '城市运行监测', use: 'public_governance' as const, capPrice: '5', unit: '次', volume: '' }],
    };
    await expect(app.call('price.save', { caseId, input: { ...input, taxes: '五万' } })).rejects.toMatchObject({ code: 'PRICE_INPUT_INVALID', message: expect.stringContaining('税金“五万”不是有效金额') });
    const saved = await app.call('price.save', { caseId, input });
    expect(saved.result.maxRevenue).toBe('13,350,616.05');
    await app.call('committee.save', { caseId, member: { name: '张一', unit: '某大学', role: 'chair' } });
    const memo = await app.call('memos.generate', { caseId, type: 'agreement_opinion', inputs: { opinion: '协议条款基本完备。', conclusion: '修改后通过。' } });
    const { text } = await pdfText((await app.call('memos.export', { caseId, memoId: memo.memoId, format: 'pdf' })).outputId, 'agreement-opinion.pdf');
    for (const s of ['收费测算（最高准许收入）', '最高准许收入=12,345,678.90+948,148.14+56,789.01=13,350,616.05元', '发改价格〔2025〕65号', '【红线】“城市运行监测”用于公共治理', '秦皇岛市公共数据授权运营实施方案', '管理办法（试行）》第二十八条']) expect(text).toContain(flat(s));
  });

  it('is not offered for a plan review', async () => {
    const { caseId } = await app.newCase({ caseType: 'plan_review' });
    expect((await app.call('price.get', { caseId })).applicable).toBe(false);
    await expect(app.call('price.save', { caseId, input: (await app.call('price.get', { caseId })).input })).rejects.toMatchObject({ code: 'PRICE_NOT_APPLICABLE' });
  });
});
