import { describe, expect, it } from 'vitest';
import { bundledRuleset } from '../../helpers/reviewCorpus';
import { citeBasis, restsOn } from '../../../shared/review/basis';

const HEBEI = '《河北省公共数据授权运营管理办法（试行）》';
const CHONGQING = '《重庆市公共数据资源登记和授权运营管理办法》';
/** The documents a ruleset rests on (参照 ones left out). */
const docsOf = (id: string) => {
  const r = bundledRuleset(id);
  return new Set([...r.items, ...r.flags].flatMap((x) => x.basis.filter((b) => b.binding).map((b) => b.document)));
};

describe('a rule cites its own jurisdiction, another only as 参照', () => {
  it('a Chongqing ruleset never rests on Hebei’s regulation, nor a Hebei or Qinhuangdao one on Chongqing’s', () => {
    // A rule only the other province writes down is still cited, as 参照 (raw data: Hebei art. 24 in a Chongqing case).
    const raw = bundledRuleset('chongqing').flags.find((f) => f.id === 'raw_data_export')!;
    expect(raw.basis.every((b) => b.binding === false && b.label.startsWith(`参照${HEBEI}`))).toBe(true);
    expect(docsOf('chongqing').has(HEBEI)).toBe(false);
    expect(docsOf('chongqing').has(CHONGQING)).toBe(true);
    for (const id of ['hebei', 'qinhuangdao']) {
      expect(docsOf(id).has(CHONGQING)).toBe(false);
      expect(docsOf(id).has(HEBEI)).toBe(true);
    }
    // National documents bind everywhere: the price notice stays beside the local article.
    const pricing = bundledRuleset('chongqing').flags.find((f) => f.id === 'pricing')!;
    expect(pricing.basis.map((b) => b.document)).toEqual([CHONGQING, expect.stringContaining('发改价格〔2025〕65号')]);
    expect(pricing.basis.every((b) => b.binding)).toBe(true);
  });

  it('where a province has no rule of its own, the shared rule cites both as 参照, in labels and sentences', () => {
    const gz = bundledRuleset('guizhou');
    const name = gz.items.find((i) => i.id === 'plan.name')!;
    expect(name.basis.length).toBeGreaterThan(0);
    expect(name.basis.every((b) => b.binding === false && b.label.startsWith('参照《'))).toBe(true);
    expect(citeBasis(name.basis)).toMatch(/^参照《河北省[^；]+第十二条第（一）项；参照《重庆市[^；]+第十条/);
    expect(restsOn(name.basis)).toMatch(/^参照《河北省/);
    // A rule of its own jurisdiction is cited as 依据, the form older pins (no binding field) keep too.
    expect(restsOn([{ document: HEBEI, label: `${HEBEI}第十二条` }])).toBe(`依据${HEBEI}第十二条`);
  });
});
