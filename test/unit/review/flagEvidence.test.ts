import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { agreementWith, bundledRuleset, docFromText } from '../../helpers/reviewCorpus';

describe("a red line's evidence", () => {
  it('cites a sentence once when a phrase and the reader both find it', () => {
    const text = agreementWith('乙方提供的数据产品一律按市场价格收费，价格由乙方根据市场情况自主确定。');
    const flag = reviewDocument(docFromText(text, 't.txt'), bundledRuleset('hebei'), 'agreement').flags.find((f) => f.id === 'pricing');
    expect(flag).toBeTruthy();
    const cited = flag!.evidence.map((e) => `${e.blockId}|${e.excerpt}`);
    expect(cited.length).toBeGreaterThan(0);
    expect(new Set(cited).size).toBe(cited.length);
  });
});
