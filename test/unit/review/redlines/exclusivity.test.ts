import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../helpers/reviewCorpus';
import { expectQuiet, expectRaised, raises, type RedlineCase } from '../../../helpers/redlineCase';
import { readDocument } from '../../../../shared/review/sections';
import { units as redlineUnits } from '../../../../shared/review/redlines/units';
import { readExclusivity } from '../../../../shared/review/redlines/exclusivity';

/**
 * Exclusivity read by who is shut out and who re-develops (second clause bank, session 7). Every text is written for
 * this test, unlike the bank's wordings; each class has near misses that must stay quiet.
 */
const PLAN: RedlineCase = { ruleset: 'chongqing', kind: 'plan', doc: (body) => ['某区公共数据授权运营实施方案', '一、总体要求', body].join('\n') };

describe('exclusivity: buyers and others bound to the operator', () => {
  it('buyers bound not to deal with others fire', () => {
    expectRaised('exclusivity', [
      '下游数据商接入乙方接口前，须签署承诺书，保证合作期内不从其他运营平台购买同类接口。',
      '使用方承诺在服务期内不与第三方服务商签约开展同类数据服务。',
      '开发利用主体订购本场景数据产品的，不得向其他数据交易机构采购同类数据集。',
    ]);
  });
  it('the operator refraining itself, or buyers merely free to choose, stay quiet', () => {
    expectQuiet('exclusivity', [
      '乙方承诺不向其他单位提供甲方的商业秘密。',
      '协议期满后，乙方不再与其他机构就本场景签订合作协议。',
      '使用方可以自主选择向乙方或其他数据服务商采购数据产品。',
    ]);
  });
  it('others forced through the operator, punished for using rivals, or served after its group fire', () => {
    expectRaised('exclusivity', [
      '其他数据服务企业在本市销售同类交通数据产品的，须经乙方平台统一结算，并向乙方缴纳技术服务费。',
      '凡同时使用其他平台数据产品的下游客户，乙方有权暂停其账号权限并提高其单价。',
      '接口资源紧张时，乙方优先保障其控股子公司的调用需求，其余客户顺延。',
      '其他市场主体需要使用本场景数据的，只能向乙方购买。',
    ]);
  });
  it('near misses: a channel offered, equal treatment, the operator\'s own priority right', () => {
    expectQuiet('exclusivity', [
      '其他数据服务企业可以自主选择销售渠道，乙方平台向其平等开放。',
      '乙方对所有下游客户一视同仁，不得因客户使用其他平台产品而降低其服务等级。',
      '同等条件下，乙方享有优先续约权。',
    ]);
  });
  it('tying fires; a prohibition of tying and an optional bundle stay quiet', () => {
    expectRaised('exclusivity', [
      '乙方供应人口热力数据时，与商圈画像服务捆绑销售，客户不得单独订购。',
      '交通流量接口与停车泊位报告组合提供，不分拆供应。',
      '需求方仅需信用评分接口的，亦须按套餐采购全部三项服务。',
    ]);
    expectQuiet('exclusivity', ['乙方不得搭售其他产品或者附加不合理条件。', '乙方可以提供组合套餐，需求方也可以单独采购其中任一项。']);
  });
});

describe('exclusivity: the operator re-developing through others', () => {
  it('a group company acting as a developer of delivered products fires', () => {
    expectRaised('exclusivity', [
      '乙方全资子公司可以以开发利用主体身份，对乙方交付的城市运行指数进行融合开发并对外销售。',
      '乙方下属科技公司可作为经营主体，申请调用乙方已交付的数据产品，开发商户选址服务。',
      '联合体成员单位可以作为开发利用方，对联合体交付的模型结果进行二次加工。',
    ], { ruleset: 'chongqing' });
  });
  it('a group company barred, or a developer that is not of the group, stays quiet', () => {
    expectQuiet('exclusivity', [
      '乙方关联公司不得作为开发利用主体申请使用乙方已交付的数据产品。',
      '开发利用主体可以申请使用乙方已交付的数据产品，开展增值服务。',
      '联合体成员单位应当按照分工承担数据治理工作。',
    ], { ruleset: 'chongqing' });
  });
  it('a carve-out for the group after the prohibition fires; a prohibition with an aside stays quiet', () => {
    expectRaised('exclusivity', [
      '乙方不得参与已交付产品的再开发，但乙方控股公司作为数据需求方采购乙方产品后进行深度开发的，不受此限。',
      '乙方不得从事已交付产品的功能扩展，但由乙方下属企业实施的除外。',
      '乙方不得参与已交付产品的再开发；乙方控股企业参与的，不在此限。',
      '乙方禁止直接从事已交付数据产品的二次开发；通过关联方间接参与的，不受前款限制。',
    ], { ruleset: 'chongqing' });
    expectQuiet('exclusivity', [
      '乙方不得以任何形式，包括委托其子公司或者关联企业，参与已交付产品的再开发。',
      '乙方严禁直接或者间接，例如通过参股公司，从事已交付数据产品的二次开发。',
      '乙方不得参与已交付产品的再开发；开发利用主体依法开展再开发的，不受本条限制。',
      '乙方不得参与已交付产品的再开发，但乙方依法为开发利用主体提供平台技术支持的除外。',
    ], { ruleset: 'chongqing' });
  });
  it('development reserved to the operator, or done by it through a company it holds, fires', () => {
    expect(raises('exclusivity', '数据使用方如需对产品进行深度开发，应当委托乙方完成。', { ruleset: 'chongqing' })).toBe(true);
    expect(raises('exclusivity', '乙方可以通过其控股的数科公司承接下游客户的定制开发需求，对已交付产品进行二次加工。', { ruleset: 'chongqing' })).toBe(true);
    expect(raises('exclusivity', '数据使用方如需对产品进行深度开发，可以自行选择开发机构。', { ruleset: 'chongqing' })).toBe(false);
  });
  it('the agent after 由 decides who re-develops', () => {
    expect(raises('exclusivity', '运营机构负责数据治理和基础产品开发；已交付产品的再开发由具备资质的开发利用主体开展，运营机构只提供平台环境。', PLAN)).toBe(false);
    expect(raises('exclusivity', '运营机构负责数据治理；已交付产品的再开发由运营机构的控股子公司承担。', PLAN)).toBe(true);
    expect(raises('exclusivity', '乙方可以应使用方要求，对已交付的数据产品进行二次加工并分享收益。', PLAN)).toBe(true);
  });
  it('offices barred from entrusting others and the operator alone taking it on fire', () => {
    expectRaised('exclusivity', [
      '市直各单位不得另行委托其他机构开展交通数据的开发利用，已有项目统一并入本项目。',
      '本区养老服务数据场景均由运营机构统一承接，其他企业不再另行开展同类数据运营。',
    ], { ...PLAN, ruleset: 'hebei' });
    expect(raises('exclusivity', '乙方不得另行委托其他机构开展数据加工。', { ...PLAN, ruleset: 'hebei' })).toBe(false);
  });
});

describe('exclusivity: what sets no rule', () => {
  it('a risk weighed, a breach found and an order to correct stay quiet', () => {
    expectQuiet('exclusivity', [
      '如果运营机构利用先发优势参与下游产品开发，或者通过平台规则排挤同行，将破坏公平竞争环境，本方案对此设置了约束。',
      '甲方发现乙方参与已交付产品再开发的，可以要求乙方限期改正。',
      '乙方存在垄断行为的，由甲方责令限期整改。',
    ], PLAN);
  });
});

describe('a sentence broken across paragraphs is read whole', () => {
  // An OCR or PDF line break splits "……不" / "得参与……" into two paragraphs; the reader reads the sentence as written.
  const units = (lines: string[]) => {
    const r = readDocument(docFromText(['某市公共数据授权运营实施方案', '一、运营要求', ...lines].join('\n')));
    return [...redlineUnits(r, (b) => b.kind === 'paragraph')].map((u) => u.text);
  };
  it('joins the unfinished end of a long paragraph to the next one', () => {
    const texts = units(['运营机构不得将授权运营权限转授他人，不得利用数据优势排除、限制竞争，不', '得参与使用方对其交付产品的再开发。']);
    expect(texts).toContain('不得利用数据优势排除、限制竞争，不得参与使用方对其交付产品的再开发。'.replace(/^/, '运营机构不得将授权运营权限转授他人，'));
    expect(readExclusivity({ text: texts[texts.length - 1], quote: '', blockText: '', before: [], heading: '' } as never)).toBeNull();
  });
  it('a prohibition broken by a line break raises nothing; a permission broken the same way still fires', () => {
    const BROKEN: RedlineCase = { kind: 'plan', doc: (lines) => ['某市公共数据授权运营实施方案', '一、运营要求', lines].join('\n') };
    expect(raises('exclusivity', ['运营机构应当依法开展运营，不得将数据用于授权范围以外的用途，也不', '得参与开发利用主体对已交付产品的再开发。'].join('\n'), BROKEN)).toBe(false);
    expect(raises('exclusivity', ['运营机构应当依法开展运营，可以根据用户需求，对其已交付的数据产品', '进行二次加工并对外销售。'].join('\n'), BROKEN)).toBe(true);
  });
  it('leaves finished paragraphs, short lines and numbered paragraphs apart', () => {
    expect(units(['运营机构负责平台运维和数据治理工作。', '乙方可以对已交付产品再开发。'])).toContain('乙方可以对已交付产品再开发。');
    expect(units(['附件', '乙方可以对已交付产品再开发。'])).toContain('乙方可以对已交付产品再开发。');
    expect(units(['运营机构负责平台运维和数据治理工作并定期向实施机构报告', '（二）乙方可以对已交付产品再开发。']).some((t) => t.includes('报告乙方'))).toBe(false);
  });
});

/**
 * Third clause bank read as classes (session 8): who acts (a table's column, a party taking part, a company the
 * operator holds), re-development said by what is done to a delivered product, a veto on competitors, resale prices.
 * Texts written for this test.
 */
describe('exclusivity: who re-develops, however it is said', () => {
  it('rework of a delivered product by the operator or its companies fires', () => {
    expectRaised('exclusivity', [
      '乙方可以对已交付给数据商的信用评分模型进行场景化改造后另行销售。',
      '运营机构负责已交付产品的二次封装和行业推广。',
      '乙方控股的数智公司可以采购乙方开发的数据产品，叠加自有数据后形成新的产品对外提供。',
      '乙方下属公司可以参与数据商对已交付产品的再开发，但应当事先报甲方备案。',
      '乙方的全资子公司可以对乙方已交付的数据模型进行迭代训练后销售。',
      '运营机构有权在已交付产品基础上开发增强版本并向客户收费。',
      '授权运营机构可以将已交付的数据产品与自有数据融合加工后对外提供。',
    ], { ruleset: 'chongqing' });
  });
  it('rework by developers, the operator’s first-hand processing, an inquiry and a prohibition stay quiet', () => {
    expectQuiet('exclusivity', [
      '开发利用机构可以对已交付的数据产品进行深度加工，形成行业解决方案。',
      '乙方对授权数据进行深度加工，形成新的数据产品后交付开发利用机构。',
      '甲方有权检查乙方关联方有无参与已交付产品的再开发。',
      '乙方关联公司不得参与经营主体对已交付产品的再开发。',
      '开发利用机构可以在已交付产品基础上开发增强版本。',
      '乙方负责其开发的数据产品的升级维护。',
      '乙方应当将已交付产品的开发文档提交甲方存档。',
    ], { ruleset: 'chongqing' });
  });
  it('a table’s column names who re-develops', () => {
    const table = (who: string) => ['业务事项 | 承担主体 | 备注', `交付后产品的再开发 | ${who} | 面向园区企业`].join('\n');
    expect(raises('exclusivity', table('乙方全资子公司'), { ruleset: 'chongqing' })).toBe(true);
    expect(raises('exclusivity', table('开发利用机构'), { ruleset: 'chongqing' })).toBe(false);
  });
});

describe('exclusivity: competitors shut out by a veto or by resale prices', () => {
  it('the grantor needing the operator’s consent to choose others, and resale prices the operator sets, fire', () => {
    expectRaised('exclusivity', ['授权方在协议期内选择其他数据运营主体的，须征得乙方同意。', '甲方与其他运营机构签订同类协议前，应当取得乙方的书面同意。', '运营机构可以要求下游数据商按照其规定的最低转售价格销售数据产品。']);
  });
  it('no consent needed, the operator asking the grantor, and a promise not to fix prices stay quiet', () => {
    expectQuiet('exclusivity', [
      '授权方选择其他运营主体的，无需征得乙方同意。',
      '乙方引入其他合作方的，应当取得甲方书面同意。',
      '乙方承诺不与其他运营商达成划分市场、限定价格等垄断协议。',
    ]);
  });
  it('others’ practice, a risk that may arise and a source’s holder stay quiet', () => {
    expectQuiet('exclusivity', [
      '部分地方的运营平台借助独家经营地位抬高价格。',
      '运营中可能出现运营机构滥用数据优势形成垄断等风险，应当加强监管。',
      '本场景所需的不动产登记数据由市自然资源和规划局独家掌握。',
    ]);
  });
});

/**
 * Fourth bank read as classes (session 9): who develops what, read as (holder, act, object = what the operator
 * delivered). Every text is written for this test.
 */
describe('exclusivity: the agent a column names, carve-outs, and rework of what was delivered', () => {
  const table = (head: string, row: string) => [head, row].join('\n');
  it('a column headed by the act names its agent: the operator’s cell fires, a cell that leaves it out does not', () => {
    for (const [h, r] of [
      ['产品 | 交付对象 | 增值开发主体', '物流时效分析组件 | 数据商 | 乙方（自营）'],
      ['数据产品 | 交付对象 | 深度开发实施单位', '园区能耗画像 | 数据商 | 运营机构控股的能源科技公司'],
      ['服务名称 | 交付对象 | 迭代升级主体', '信用评分接口 | 开发利用机构 | 乙方'],
    ]) expect(raises('exclusivity', table(h, r), { ruleset: 'chongqing' }), r).toBe(true);
    for (const [h, r] of [
      ['产品 | 开发主体 | 再开发主体', '客流热力图 | 乙方 | 公开遴选的数据商（不含乙方及其关联方）'],
      ['产品 | 交付对象 | 增值开发主体', '物流时效分析组件 | 数据商 | 开发利用机构'],
      ['服务名称 | 开发主体 | 二次开发主体', '信用评分接口 | 运营机构 | 除运营机构外的经营主体'],
    ]) expect(raises('exclusivity', table(h, r), { ruleset: 'chongqing' }), r).toBe(false);
  });
  it('an exception that carves the operator’s own scenarios out of its prohibition fires; one for the law does not', () => {
    expectRaised('exclusivity', [
      '除附件四列明的自营项目外，乙方不得参与已交付产品的再开发。',
      '除第八条约定的情形以外，运营机构不从事已交付数据产品的二次加工。',
      '除乙方自营业务外，乙方不参与交付后产品的深度开发。',
    ], { ruleset: 'chongqing' });
    expectQuiet('exclusivity', ['除法律、行政法规另有规定外，乙方不得参与已交付产品的再开发。', '除依法配合监管检查外，运营机构不参与已交付产品的二次开发。'], { ruleset: 'chongqing' });
  });
  it('the operator improving or serving end users on top of what it delivered fires; its undelivered products and support do not', () => {
    expectRaised('exclusivity', [
      '乙方可对已交付给数据商的客群模型持续优化，并以自有品牌对外销售优化后的版本。',
      '运营方有权在其交付给开发利用主体的基础接口之上，推出面向个人用户的增值服务。',
      '乙方在已交付开发利用机构的数据产品基础上，开展定制化服务。',
    ], { ruleset: 'chongqing' });
    expectQuiet('exclusivity', [
      '乙方可以对尚未交付的数据产品进行迭代优化。',
      '乙方在已交付产品基础上为开发利用机构提供运维和技术支持服务。',
      '开发利用主体可以在乙方已交付的数据产品之上，面向终端用户提供增值服务。',
    ], { ruleset: 'chongqing' });
  });
  it('a prohibition opened over a capacity reaches the act in the next clause', () => {
    expectQuiet('exclusivity', [
      '乙方控股子公司不得作为开发利用主体，对乙方已交付的数据产品进行再开发。',
      '运营机构的关联企业不得以数据商身份，参与已交付产品的二次开发。',
      '乙方及其关联方不得作为经营主体，就已交付的模型开展深度开发。',
    ], { ruleset: 'chongqing' });
  });
  it('a sentence cut over several short lines is read whole', () => {
    const text = ['第九条 为拓展市场，乙方可以选', '派研发人员，直接参与数据商对乙方', '已交付模型的二次开发，并分享收益。'].join('\n');
    expect(raises('exclusivity', text, { ruleset: 'chongqing' })).toBe(true);
  });
});

describe('exclusivity: others’ products bound to the operator’s platform', () => {
  it('products that must trade on the operator’s platform, or are kept off other venues by it, fire', () => {
    expectRaised('exclusivity', [
      '数据商基于本场景数据形成的产品，须通过乙方自建的交易平台上架销售。',
      '开发利用主体的数据产品一律在运营机构运营的平台挂牌交易。',
      '运营方有权通过平台规则禁止入驻产品在其他交易机构挂牌。',
    ], { ruleset: 'chongqing' });
  });
  it('a free choice of venue, the operator barred from limiting it, or the operator’s own listing stay quiet', () => {
    expectQuiet('exclusivity', [
      '数据商可以自主选择在乙方平台或其他依法设立的数据交易场所挂牌交易。',
      '乙方不得限制开发利用主体的产品在其他数据交易场所上架。',
      '乙方应当通过自有平台发布产品目录和价格。',
    ], { ruleset: 'chongqing' });
  });
});
