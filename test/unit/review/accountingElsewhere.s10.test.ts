import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';

/**
 * The accounting and the sharing of proceeds written into another item's section (the parties' rights, the safeguards):
 * a paragraph there that sets out each part in sentences of its own about the matter is the item's content. A word in
 * passing ("取得合理收益的权利") or a price policy is not; one part alone is the item in part.
 */
const status = (body: string[]) =>
  reviewDocument(
    docFromText(['某市档案公共数据授权运营实施方案', '为推进档案数据开发利用，结合我市实际，制定本方案。', '一、授权运营名称', '某市档案公共数据授权运营。', ...body].join('\n'), 'p.txt'),
    bundledRuleset('wenzhou'),
    'plan',
  ).items.find((i) => i.id === 'plan.accounting')!.status;

const RIGHTS = '二、各方权利义务';
const SAFEGUARDS = '二、保障措施';

describe('the accounting written into another item’s section', () => {
  it('is found when each part is set out in a sentence of its own about it', () => {
    for (const body of [
      [RIGHTS, '（一）', '市数据局负责统筹协调和监督检查。', '（二）', '运营机构应当对授权运营业务单独建账、单独核算，经营成本包括人员、平台和安全投入。年度净收益的20%上缴市财政，其余归运营机构所有。'],
      [SAFEGUARDS, '（一）', '运营机构对授权运营业务实行独立核算，成本和收入分别列账。运营收益按照7:3的比例在运营机构和市数据集团之间分成。'],
      [RIGHTS, '（三）', '运营机构取得的收入扣除经营成本后形成净收益，净收益按年度核算；净收益按照约定比例分配给市档案馆和运营机构。'],
    ])
      expect(status(body), body.join('|')).not.toBe('missing');
  });
  it('is not found from a word in passing or a price policy, and one part alone is partial', () => {
    for (const body of [
      [RIGHTS, '（一）', '运营机构享有在授权范围内开发数据产品并取得合理收益的权利，承担数据安全义务。'],
      [RIGHTS, '（一）', '面向市场主体的产品按照国家价格政策有偿提供，面向政府部门的产品无偿提供。'],
      [RIGHTS, '（一）', '运营机构享有在授权范围内开发数据产品的权利。', '（二）', '数据使用单位应当按约定用途使用数据产品，不得转售。'],
    ])
      expect(status(body), body.join('|')).toBe('missing');
    // One part alone is the item in part, never the whole of it.
    expect(status([RIGHTS, '（一）', '运营机构应当对授权运营业务单独核算。', '（二）', '数据使用单位应当按照约定用途使用数据产品。'])).toBe('partial');
  });
});
