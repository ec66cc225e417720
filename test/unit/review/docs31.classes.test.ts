import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';

/**
 * Classes read from the thirty-first set's failures (session 26, after it was opened), on text written for this test in
 * other sectors and wordings, with the near misses that must stay quiet.
 */

describe('the filing Hebei times is the plan\'s or the agreement\'s, not a list the operator reports (Hebei arts. 13, 16)', () => {
  const plan = (...lines: string[]) =>
    ['某市林草防火公共数据授权运营实施方案', '一、授权运营名称', '本次授权运营名称为某市林草防火公共数据授权运营。', '二、运营安排', ...lines].join('\n');
  const filing = (text: string) => reviewDocument(docFromText(text), bundledRuleset('hebei'), 'plan').flags.find((f) => f.id === 'filing_deadline');

  it('does not take another filing for the plan\'s: the plan that never files itself is judged silent', () => {
    for (const other of [
      '运营机构可以结合防火需求策划应用场景，场景清单每年更新一次，报市数据和政务服务局备案后实施。',
      '合作伙伴名单报市林业局备案。',
      '产业类产品收费标准报市发展改革委备案。',
    ]) {
      const f = filing(plan(other));
      expect(f?.message, other).toMatch(/未约定备案/);
      expect(f?.evidence, other).toEqual([]);
    }
  });
  it('reads the plan\'s own filing however it is said, and its time', () => {
    expect(filing(plan('本方案经市政府常务会议审议通过后10个工作日内报省数据和政务服务局备案。'))).toBeUndefined();
    expect(filing(plan('授权运营协议签订后，由实施机构在10个工作日内逐级报省数据管理部门备案。'))).toBeUndefined();
    expect(filing(plan('由市数据和政务服务局在10个工作日内报市政府、省数据和政务服务局备案。'))).toBeUndefined();
    expect(filing(plan('本方案审议通过后，报省数据和政务服务局备案。'))?.message).toMatch(/提到备案，但未写明/);
    expect(filing(plan('本方案审议通过后一个月内，逐级报省数据管理部门备案。'))?.message).toMatch(/提到备案，但未写明/);
  });
});
