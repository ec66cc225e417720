import { describe, expect, it } from 'vitest';
import { durations, parseNumeral } from '../../../shared/review/text';
import { findTriggers } from '../../../shared/review/clauses';

describe('Chinese numerals and durations', () => {
  it('reads 三, 叁, 十二, 叁拾陆, 36 and full-width digits', () => {
    expect([parseNumeral('三'), parseNumeral('叁'), parseNumeral('十二'), parseNumeral('叁拾陆'), parseNumeral('36'), parseNumeral('３６')]).toEqual([3, 3, 12, 36, 36, 36]);
    expect(parseNumeral('年')).toBeNull();
  });
  it('reads terms in years, months and date ranges', () => {
    expect(durations('期限为五年')[0]).toMatchObject({ months: 60, kind: 'term' });
    expect(durations('期限为伍年')[0].months).toBe(60);
    expect(durations('期限为36个月')[0].months).toBe(36);
    expect(durations('自2025年1月1日至2029年12月31日')[0]).toMatchObject({ months: 60, kind: 'range' });
    expect(durations('自2025年1月1日至2027年12月31日')[0].months).toBe(36);
    expect(durations('原则上最长不超过3年')[0].kind).toBe('cap');
  });
  it('leaves out renewal windows, log retention and track records', () => {
    expect(durations('期满前3个月内申请重新签订')).toEqual([]);
    expect(durations('日志留存不少于6个月')).toEqual([]);
    expect(durations('近3年内未发生重大事件')).toEqual([]);
    expect(durations('2025年完成建设')).toEqual([]);
  });
});

describe('negation', () => {
  it('reads prohibitions as negated and grants as not', () => {
    expect(findTriggers('运营机构不得转授权。', /转授权/)[0].negated).toBe(true);
    expect(findTriggers('非经批准，不得转移、转让。', /(?<t>转让)/)[0].negated).toBe(true);
    expect(findTriggers('运营机构可转授权给关联公司。', /转授权/)[0].negated).toBe(false);
    expect(findTriggers('公益用途不收取费用。', /公益[^。]{0,10}?(?<t>收取)/)[0].negated).toBe(true);
    expect(findTriggers('公益用途，按市场价收取费用。', /公益[^。]{0,10}?(?<t>收取)/)[0].negated).toBe(false);
  });
});
