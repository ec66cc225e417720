import { describe, expect, it } from 'vitest';
import { raises } from '../../../helpers/redlineCase';
import { parseSentence } from '../../../../shared/review/clauseParse';

/**
 * A condition governs the clauses it is written over, not the whole sentence (clauseParse.ts, conditionChains): a leading
 * consent lifts the clause it leads, not a prohibition the same subject states after it in the other sense; a case of its
 * own ("确需……的，应当经甲方批准") and a new subject start a clause chain of their own; a trailing exception ("……，但经
 * 甲方批准的除外") lifts the must-not it is written after, not a permission further back. Text written for this test.
 */
const conditionOf = (sentence: string, verb: string) => parseSentence(sentence).find((p) => p.act?.verb === verb)?.condition?.kind;

describe('the parse gives each clause the condition of its own chain', () => {
  it('a leading consent governs its clause, not a prohibition restated after it', () => {
    const s = '经甲方书面同意，乙方可以将加工后的数据产品交付合作单位，乙方不得向任何第三方提供原始数据。';
    expect(conditionOf(s, '交付')).toBe('consent');
    expect(conditionOf(s, '提供')).toBeUndefined();
  });
  it('a leading exception governs a list going on in the same sense', () => {
    const s = '除甲方书面同意外，乙方不得转授权，乙方亦不得将本协议项下的运营权转让给他人。';
    expect(conditionOf(s, '转授权')).toBe('consent');
    expect(conditionOf(s, '转让')).toBe('consent');
    const t = '除法律法规另有规定外，乙方不得将授权转让他人，并应当每季度报送运营报告。';
    expect(conditionOf(t, '转让')).toBe('law');
    expect(conditionOf(t, '报送')).toBe('law');
  });
  it('a case of its own ending in 的 takes the approval after it; the clause before does not', () => {
    const s = '乙方不得转授权，确需委托第三方开发的，应当经甲方批准。';
    expect(conditionOf(s, '委托')).toBe('approval');
    expect(conditionOf(s, '转授权')).toBeUndefined();
  });
  it('a trailing exception lifts the must-not it follows, not a permission further back', () => {
    const s = '乙方可以向合作方提供数据产品，不得将本协议项下的授权转让给第三方，但经甲方批准的除外。';
    expect(conditionOf(s, '转让')).toBe('approval');
    expect(conditionOf(s, '提供')).toBeUndefined();
    expect(conditionOf('乙方不得转授权，但经甲方书面同意的除外。', '转授权')).toBe('consent');
  });
});

describe('sub_authorization', () => {
  it('fires on a grant passed on, whatever other clause a condition governs', () => {
    for (const c of [
      '乙方不得转授权，但经甲方书面同意的除外。',
      '除甲方书面同意外，乙方不得转授权，乙方亦不得将本协议项下的运营权转让给他人。',
      '乙方可以将本协议项下的运营权转授给其控股子公司，不得向第三方提供原始数据，但经市政府批准的除外。',
    ])
      expect(raises('sub_authorization', c), c).toBe(true);
  });
  it('stays quiet when the consent governs another clause than the prohibition', () => {
    const c = '经甲方书面同意，乙方可以将加工后的数据产品提供给合作单位，乙方不得将本协议项下的运营权转授给任何第三方。';
    expect(raises('sub_authorization', c), c).toBe(false);
  });
});

describe('raw_data_export', () => {
  it('fires when the exception or the new subject lets raw data out', () => {
    for (const c of [
      '乙方不得将原始数据导出平台，但经甲方书面同意的除外。',
      '乙方不得转授权，确需委托第三方开发的，应当经甲方批准，且受托方可以将原始数据导出至其自有服务器。',
      '乙方不得将原始数据导出平台，确需导出的，经甲方批准后可以导出。',
    ])
      expect(raises('raw_data_export', c), c).toBe(true);
  });
  it('stays quiet when the consent governs only the products, or the new subject is forbidden', () => {
    for (const c of [
      '经甲方书面同意，乙方可以将脱敏统计结果提供给合作方，乙方不得向任何第三方提供原始数据。',
      '经甲方书面同意，乙方可以将数据产品提供给合作方，合作方不得将原始数据导出平台。',
    ])
      expect(raises('raw_data_export', c), c).toBe(false);
  });
});

describe('exclusivity', () => {
  it('fires when the approval after it governs another case, not the exclusive right', () => {
    const c = '乙方在本场景内享有独家运营权，需要向合作方提供数据产品的，应当经甲方批准。';
    expect(raises('exclusivity', c), c).toBe(true);
  });
  it('stays quiet on a non-exclusive operation whatever the condition', () => {
    const c = '乙方以非独家方式开展本场景运营，需要向合作方提供数据产品的，应当经甲方批准。';
    expect(raises('exclusivity', c), c).toBe(false);
  });
});

describe('pricing', () => {
  it('fires on a charge for public-welfare use, an approval of another case notwithstanding', () => {
    const c = '乙方可以向公益机构提供数据产品并收取服务费，确需提供原始数据的，应当经甲方批准。';
    expect(raises('pricing', c), c).toBe(true);
  });
  it('stays quiet when public-welfare use is free, a condition of the market products notwithstanding', () => {
    const c = '经甲方书面同意，乙方可以向市场主体提供数据产品，公益用途的数据产品由乙方免费提供。';
    expect(raises('pricing', c), c).toBe(false);
  });
});

describe('a clause whose act the parse does not know still ends the condition at a new subject', () => {
  it('stays quiet: the consent governs the joint development, not the partner who gets no operating right', () => {
    for (const c of [
      '经甲方书面同意，乙方可以与合作伙伴联合开发数据产品，合作伙伴不取得运营权。',
      '经甲方批准，运营机构可以与高校共建联合实验室，高校不得取得授权运营资格。',
    ])
      expect(raises('sub_authorization', c), c).toBe(false);
  });
  it('fires when the same subject goes on with the act under the consent', () => {
    for (const c of [
      '经甲方书面同意，乙方可以与合作伙伴联合开发数据产品，并可将授权转授予合作伙伴。',
      '经甲方批准，运营机构可以与高校共建联合实验室，运营机构可以转授权第三方开展运营。',
    ])
      expect(raises('sub_authorization', c), c).toBe(true);
  });
});
