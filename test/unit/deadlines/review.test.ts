import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { WorkCalendar } from '../../../shared/workdays/calendar';
import type { DeadlineCheckContext } from '../../../shared/review/deadlines';
import { librarySchedules } from '../../../main/services/deadlines/holidays';
import { loadDeadlineRules } from '../../../main/services/deadlines/rules';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';

const rules = loadDeadlineRules(path.resolve('templates/deadlines')).rules;
const calendar = new WorkCalendar(librarySchedules());
const ctx = (j: string, starts: DeadlineCheckContext['starts'] = {}): DeadlineCheckContext => ({
  rules: rules.filter((r) => r.jurisdictions.includes(j as never)), calendar, starts, today: '2025-09-30',
});

function agreement(filing: string, extra = '') {
  return [
    '测试授权运营协议',
    '第一条 授权范围。甲方在停车场景下授权乙方运营，数据资源范围及目录见附件。',
    '第二条 运营期限。本协议运营期限为三年。',
    `第三条 备案。${filing}`,
    `第四条 其他。${extra}`,
  ].join('\n');
}

describe('a document’s own deadlines against the 时限 rules', () => {
  it('flags 15 working days under Chongqing’s 5 and gives both dates from the signing date', () => {
    const r = reviewDocument(docFromText(agreement('协议签订后15个工作日内报市数据主管部门备案。'), 't.txt'), bundledRuleset('chongqing'), 'agreement', { deadlines: ctx('chongqing', { agreement_signing: '2025-09-30' }) });
    const f = r.flags.find((x) => x.id === 'deadline.chongqing.agreement.filing');
    expect(f).toBeDefined();
    // rule: 5 working days from Tue 9/30 → 10/14; the document's 15 → 10/9 10/10 10/11 10/13..10/17 10/20..10/24 10/27 10/28 → 10/28
    expect(f!.message).toContain('文中约定“15个工作日”');
    expect(f!.message).toContain('规定的“5 个工作日内”');
    expect(f!.message).toContain('按授权运营协议签订日期2025年9月30日计，规定的最迟备案日为2025年10月14日（星期二），文中约定则为2025年10月28日（星期二）');
    expect(f!.basis[0].label).toContain('第十七条');
    expect(f!.evidence[0].excerpt).toContain('15个工作日');
  });

  it('uses today as the example start when the signing date is not known', () => {
    const r = reviewDocument(docFromText(agreement('本协议签订后十五个工作日内备案。'), 't.txt'), bundledRuleset('chongqing'), 'agreement', { deadlines: ctx('chongqing') });
    expect(r.flags.find((x) => x.id === 'deadline.chongqing.agreement.filing')?.message).toMatch(/以今天（2025年9月30日）为授权运营协议签订日举例/);
  });

  it('accepts a document within the rule, and Hebei’s 10 days under Hebei rules', () => {
    const ok = reviewDocument(docFromText(agreement('协议签订后5个工作日内备案。'), 't.txt'), bundledRuleset('chongqing'), 'agreement', { deadlines: ctx('chongqing') });
    expect(ok.flags.filter((f) => f.id.startsWith('deadline.'))).toEqual([]);
    const hb = reviewDocument(docFromText(agreement('协议签订后10个工作日内备案。'), 't.txt'), bundledRuleset('hebei'), 'agreement', { deadlines: ctx('hebei') });
    expect(hb.flags.filter((f) => f.id.startsWith('deadline.'))).toEqual([]);
  });

  it('flags a renewal window wider than Hebei art. 18 allows', () => {
    const r = reviewDocument(docFromText(agreement('协议签订后10个工作日内备案。', '乙方应当在期限届满前6个月内申请重新签订协议。'), 't.txt'), bundledRuleset('hebei'), 'agreement', { deadlines: ctx('hebei', { term_end: '2028-06-30' }) });
    const f = r.flags.find((x) => x.id === 'deadline.hebei.renewal');
    expect(f?.message).toContain('规定的申请期自2028年3月30日起，文中约定则自2027年12月30日起');
  });

  it('says when the dates fall past the holiday data', () => {
    const last = calendar.lastCoveredYear()!;
    const r = reviewDocument(docFromText(agreement('协议签订后15个工作日内报市数据主管部门备案。'), 't.txt'), bundledRuleset('chongqing'), 'agreement', { deadlines: ctx('chongqing', { agreement_signing: `${last}-12-20` }) });
    expect(r.flags.find((x) => x.id === 'deadline.chongqing.agreement.filing')?.message).toContain(`（${last + 1} 年尚无节假日数据，按周六、周日休息计算，可能不准）`);
  });

  it('leaves the report as it was without a context', () => {
    const r = reviewDocument(docFromText(agreement('协议签订后15个工作日内备案。'), 't.txt'), bundledRuleset('chongqing'), 'agreement');
    expect(r.flags.some((f) => f.id.startsWith('deadline.'))).toBe(false);
  });
});
