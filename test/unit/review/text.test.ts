import { describe, expect, it } from 'vitest';
import { durations, parseNumeral } from '../../../shared/review/text';
import { automaticExtensions } from '../../../shared/review/extensions';
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

describe('automatic extensions of a term', () => {
  it('reads an extension that needs no new agreement or approval', () => {
    expect(automaticExtensions('首轮运营期二年，到期后考核达标的自动延长一年半，不再另行签订协议。').map((e) => e.months)).toEqual([18]);
    expect(automaticExtensions('有效期届满未提出异议的，本协议自动续期24个月。').map((e) => e.months)).toEqual([24]);
    expect(automaticExtensions('合作期满，经评估良好的顺延叁年，无须重新报批。').map((e) => e.months)).toEqual([36]);
  });
  it('does not count a renewal that needs a new agreement or a new approval', () => {
    expect(automaticExtensions('期满需继续运营的，应重新申请，经批准后可延长两年。')).toEqual([]);
    expect(automaticExtensions('期满后双方可协商延长一年，另行签订协议。')).toEqual([]);
    expect(automaticExtensions('运营期限两年。')).toEqual([]);
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
