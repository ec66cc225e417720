import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Exclusivity classes of the eleventh bank and the lawful bank (session 16). Every text is written for this test; each
 * class has near misses that must stay quiet.
 */

describe('exclusivity: the operator’s rivals kept from a buyer’s product', () => {
  it('a buyer barred from passing the product to the operator’s competitors fires', () => {
    expectRaised('exclusivity', [
      '数据产品的采购方不得将所购产品转售给乙方的竞争对手。',
      '运营机构可以在服务协议中限制开发利用主体将数据服务开放给与运营机构具有竞争关系的企业。',
      '需方不得将本产品授权给与运营机构存在同业竞争关系的单位使用。',
    ]);
  });
  it('a secret kept from them, or the operator itself barred from harming them, stays quiet', () => {
    expectQuiet('exclusivity', [
      '需求方不得将乙方的商业秘密和源代码提供给与乙方存在竞争关系的机构。',
      '乙方不得利用数据资源优势排挤其竞争对手。',
      '需求方可以自主选择将产品提供给包括乙方竞争对手在内的任何合法主体使用。',
    ]);
  });
});

describe('exclusivity: the operator leaving the re-development', () => {
  it('leaving it after delivery stays quiet', () => {
    expectQuiet('exclusivity', [
      '产品交付需求方后，乙方即撤出该产品的二次开发工作。',
      '运营机构应当在交付完成后退出已交付模型的再开发，后续开发由开发利用主体自行组织。',
      '数据产品交付后，乙方不再介入其再开发活动。',
    ]);
  });
  it('joining it still fires', () => {
    expectRaised('exclusivity', [
      '产品交付后，乙方可以继续承担已交付产品的二次开发。',
      '乙方退出运营后可以对已交付产品进行再开发。',
      '已交付的数据产品需要再开发的，应当委托乙方实施。',
    ]);
  });
});

describe('a question asks, it sets no rule', () => {
  it('a question stays quiet; the answer is read', () => {
    expectQuiet('exclusivity', ['问：授权运营机构能否独家经营本场景数据产品？', '运营机构可否取得某一领域的排他性经营权？答：不可以，本市实行非排他授权。']);
    expectRaised('exclusivity', ['运营机构可否取得独家经营权？答：可以，乙方享有本场景独家经营权。']);
  });
});

describe('exclusivity: older marks read as classes', () => {
  it('the party excepted ("除乙方外") is not who acts; the grantor withholding from others fires', () => {
    expectRaised('exclusivity', ['授权方承诺，除运营机构外，不向其他任何主体开放本场景数据的调用接口。']);
    expectQuiet('exclusivity', ['除乙方外，其他参与方均不得接触原始数据。', '甲方承诺，除法律另有规定外，不向其他任何主体泄露乙方的商业秘密。']);
  });
  it('others’ applications refused in the passive fire; refused for a defect they stay quiet', () => {
    expectRaised('exclusivity', ['本场景由一家运营机构承担，授权期内其他主体提出的同类开发申请一律不予受理。']);
    expectQuiet('exclusivity', ['其他机构提出的申请材料不完整的，不予受理，并一次性告知需补正的材料。', '其他机构提出的场景申请，由甲方按照公开遴选程序审核。']);
  });
  it('buyers barred from re-developing a delivered product without the operator’s leave fire', () => {
    expectRaised('exclusivity', ['数据使用方未经乙方书面许可，不得对乙方交付的模型进行二次开发。', '开发利用主体未征得运营机构同意的，不得对已交付产品进行再开发。']);
    expectQuiet('exclusivity', ['需方未经甲方同意不得对已交付产品进行再开发。', '开发利用主体未经乙方同意，不得向第三方提供乙方的源代码。']);
    // Session 24: the operator's own re-development banned only until the grantor consents is a permission on a
    // condition (the law bans it outright), read in exclusivity.grammar.test.ts; it was a near miss here before.
    expectRaised('exclusivity', ['乙方未经甲方书面同意，不得对已交付产品进行再开发。']);
  });
});
