import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Exclusivity readings built on the tenth clause bank's odd failures (session 15). Every text is written for this test,
 * worded apart from the bank; each class has near misses that must stay quiet.
 */
describe('exclusivity s10: buyers bound not to buy the same kind from others', () => {
  it('a buyer made to forgo like products of others fires', () => {
    expectRaised('exclusivity', [
      '乙方有权在服务协议中约定，采购方在合作期间不得另行购买其他服务商提供的同类数据产品。',
      '运营机构可以要求下游用户承诺不再选用第三方开发的类似数据服务。',
      '使用方接入乙方数据服务后，不得同时接入其他平台提供的同类接口。',
    ]);
  });
  it('near misses: buyers free to choose, data sources kept lawful, the operator forbidden to impose it', () => {
    expectQuiet('exclusivity', [
      '使用方可以同时采购其他机构提供的同类公共数据产品，乙方不得干涉。',
      '乙方不得要求使用方承诺不采购其他机构提供的同类产品。',
      '开发利用主体不得使用其他来源未经授权的公共数据。',
    ]);
  });
});

describe('exclusivity s10: the operator preferred when the grant is made again', () => {
  it('a priority right in a new grant or signing, or the grantor dealing with the operator first, fires', () => {
    expectRaised('exclusivity', [
      '协议期满后，甲方再次就本场景遴选运营机构的，乙方享有优先签约权。',
      '本场景后续扩容时，乙方在同等条件下拥有优先运营权。',
      '甲方今后开放同类数据资源的，应当首先与乙方洽谈授权事宜。',
    ]);
  });
  it('near misses: no priority, a renewal earned by evaluation, public priorities', () => {
    expectQuiet('exclusivity', [
      '协议期满后，甲方依法重新遴选运营机构，乙方可以参加，但不享有优先签约权。',
      '年度评价连续两年为优秀的，乙方在同等条件下享有优先续约权。',
      '甲方今后另行选择运营机构的，乙方不因曾经承担本场景运营而拥有优先签约权。',
      '乙方应当优先保障防汛、应急等公共治理场景的数据调用。',
      '同等条件下，甲方优先向本地中小企业开放数据产品试用。',
    ]);
  });
});

describe('exclusivity s10: the operator joining another\'s re-development of what it delivered', () => {
  it('the operator taking a stake in, or sharing the results of, a buyer\'s re-development fires', () => {
    expectRaised('exclusivity', [
      '开发利用机构对乙方已交付的模型进行二次开发的，乙方可以参股开发主体并分享开发成果。',
      '用户对运营机构交付的数据产品开展再开发时，运营机构可以入股参与。',
      '需方对已交付产品进行再开发的，乙方有权加入开发团队，共享新产品成果。',
    ]);
  });
  it('near misses: the operator staying out, or only supporting with documents', () => {
    expectQuiet('exclusivity', [
      '开发利用机构对乙方已交付的模型进行二次开发的，乙方不得参股开发主体，也不分享开发成果。',
      '用户对运营机构交付的数据产品开展再开发时，运营机构应当提供接口说明文档。',
      '需方对已交付产品进行再开发的，新产品成果归需方所有。',
    ]);
  });
});

describe('exclusivity s10: others\' products kept off the market', () => {
  it('others\' products on the same data barred from listing or trading fires', () => {
    expectRaised('exclusivity', [
      '乙方可与交易所约定，其他机构利用同源数据形成的产品不予挂牌。',
      '在本场景内，其他经营主体的同类数据服务均不得在平台上线销售。',
      '授权期内，其他单位基于本授权数据开发的产品不得上架交易。',
    ]);
  });
  it('near misses: listing rules that apply to all, the operator forbidden to block others', () => {
    expectQuiet('exclusivity', [
      '其他机构未经合规审查的数据产品不得上架交易。',
      '乙方不得阻止其他机构的同类产品在交易所挂牌。',
      '其他主体的数据产品可以在平台上架交易，乙方应当平等对待。',
    ]);
  });
});

describe('exclusivity s10: the words named, not used', () => {
  it('exclusivity granted in words fires', () => {
    expectRaised('exclusivity', ['甲方授予乙方本场景数据产品的独家经营权。']);
  });
  it('near misses: the words quoted as words to be avoided or struck', () => {
    expectQuiet('exclusivity', [
      '乙方宣传材料中不得使用“独家”“排他”等字样。',
      '对外发布信息时，不得出现‘独家授权’、‘唯一运营商’之类的表述。',
      '协议文本中的“专属”一词仅指技术环境隔离，不赋予乙方任何权利。',
    ]);
  });
});
