import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Classes read from the lawful banks lawful-s11b and lawful-s12a and the twentieth set's first part (session 17): what
 * keeps an ordinary lawful sentence from raising a red line, whichever path (the clause parse, a reader, a ruleset's
 * phrase) would have raised it. Every text is written for this test; each class has near misses that must still fire.
 */

describe('the operator’s act the parse reads forbidden is not raised by a phrase', () => {
  it('a clause joined by 或者 under 不得 stays quiet', () => {
    expectQuiet('sub_authorization', [
      '乙方不得将本协议项下的权利转授权，或者以联营、入股等任何方式交由第三方行使。',
      '乙方不得将授权运营资格转让他人，或者以承包、挂靠等方式变相转让给其他单位。',
    ]);
    expectQuiet('raw_data_export', ['乙方不得对外提供原始数据，或者以拷贝、截屏等方式将原始数据带离运营平台。']);
  });
  it('a prohibition lifted by consent, or one binding the grantor, still fires', () => {
    expectRaised('sub_authorization', ['乙方不得擅自转授权，但经甲方书面同意的，可以将部分场景的运营权转让给其控股子公司。']);
    expectRaised('exclusivity', ['甲方承诺在协议期内不再向其他任何主体授权本场景数据。']);
  });
});

describe('a sentence that sets no rule raises nothing, by any path', () => {
  it('a check and its sanction, a policy document’s words, a past fact stay quiet', () => {
    expectQuiet('raw_data_export', [
      '甲方有权对乙方交付的数据产品进行抽查，发现产品可以还原出个人身份的，应当责令乙方下架整改。',
      '二、编制依据 《关于加快公共数据资源开发利用的意见》提出共享、开放、授权运营三种方式，为本市工作提供了依据。',
    ]);
    expectQuiet('exclusivity', ['2019年，市文旅局曾授予某公司景区票务数据独家经营权，该协议已于2024年届满终止。']);
  });
  it('a penalty record as data, the text’s own rule after a citation or a past fact, still fire', () => {
    expectRaised('raw_data_export', ['信用查询接口返回企业的全部原始登记字段和行政处罚明细记录，按次计费。']);
    expectRaised('raw_data_export', ['《意见》提出有序开放公共数据，本协议约定乙方可以将原始数据导出至乙方自有平台。']);
    expectRaised('exclusivity', ['2019年甲方曾与某公司签订数据合作协议，本协议约定乙方享有独家经营权。']);
  });
});

describe('raw data: restoring is restoring the records', () => {
  it('a service restored after an outage stays quiet', () => {
    expectQuiet('raw_data_export', ['停电造成监测数据中断超过24小时的，由区水务局督促供水企业限时恢复。'], { kind: 'plan' });
  });
  it('another party restoring identities still fires', () => {
    expectRaised('raw_data_export', ['数据使用方可以利用乙方提供的对照表还原出个人身份信息。']);
  });
});

describe('term: the period of another matter', () => {
  it('the plan’s own force and another contract’s span stay quiet', () => {
    expectQuiet('term_over_3y', ['本方案自印发之日起施行，有效期五年，由县数据局负责解释。'], { kind: 'plan' });
    expectQuiet('term_over_3y', ['2018年，市交通局曾与某科技公司签订为期十年的智慧停车特许经营合同，该合同与本次授权无关。']);
  });
  it('the agreement’s own validity and a term of the agreement still fire', () => {
    expectRaised('term_over_3y', ['本协议有效期五年，自双方签字盖章之日起生效。']);
    expectRaised('term_over_3y', ['甲乙双方签订为期五年的授权运营协议。']);
  });
});

describe('exclusivity: what is fought, denied, only a facility, or one operator selected', () => {
  it('monopoly fought, a right denied, a facility of the operator’s own stay quiet', () => {
    expectQuiet('exclusivity', [
      '市场监管部门依法查处数据交易中的独家交易和排他性条款等违法行为。',
      '乙方对平台的技术投入，不因此而形成乙方对公共数据的独占权利。',
      '甲方为乙方配备专属的数据治理工作台和测试账号，相关资源归甲方所有。',
    ]);
    expectQuiet('exclusivity', ['本场景只选择一家运营机构，其他符合条件的企业仍可参与后续新场景的公开遴选。'], { kind: 'plan' });
  });
  it('a grant after a purpose of prevention, a right before a facility, still fire', () => {
    expectRaised('exclusivity', [
      '为防止重复建设，甲方不再向其他任何主体授权本场景数据。',
      '运营机构享有专属的数据开发权利和配套计算资源。',
      '本场景数据仅授权乙方一家开发利用。',
    ]);
  });
});

describe('authorization mode: who may open a scenario', () => {
  it('other market players free to compete for other scenarios stay quiet', () => {
    expectQuiet('authorization_mode', ['“设施渔业”场景确定一家运营机构，但其他企业仍可通过交易场所购买已上架产品，也可参与其他场景的遴选。'], { kind: 'plan' });
  });
  it('the operator opening other scenarios on a filing still fires', () => {
    expectRaised('authorization_mode', ['运营机构可以自行拓展其他应用场景，报市数据局备案后即可开展。'], { kind: 'plan' });
  });
});

describe('pricing: a payment service’s name, a ceiling kept', () => {
  it('a payment query named as a service, a price set under a named ceiling stay quiet', () => {
    expectQuiet('pricing', [
      '（二）水费缴纳便民查询，面向居民免费提供；（三）供水企业管网漏损分析，面向供水企业有偿提供。',
      '运营机构在不超过上限价格的范围内自主确定具体价格，并报县发展改革局备案。',
    ], { ruleset: 'national', kind: 'plan' });
  });
  it('a fee for that query charged to residents, a ceiling the operator sets itself, still fire', () => {
    expectRaised('pricing', ['公益类产品面向居民提供，居民缴纳热费查询服务费每次1元。', '乙方自行确定收费上限，并在上限以内自主定价。'], { ruleset: 'national', kind: 'plan' });
  });
});

describe('a list’s lead-in governs its items', () => {
  it('items under a prohibiting heading, risks listed after a risk lead-in stay quiet', () => {
    expectQuiet('sub_authorization', ['第十二条 乙方不得有下列行为\n（一）将授权运营资格转让或者出租给他人；\n（二）以入股方式变相转移授权。'], {
      doc: (t) => `某场景公共数据授权运营协议\n${t}`,
    });
    const risks = '（五）风险研判 本方案重点防范以下风险：运营机构变相转授权；通过批量查询导出原始数据；借助数据优势排除竞争。';
    expectQuiet('sub_authorization', [risks], { kind: 'plan' });
    expectQuiet('raw_data_export', [risks], { kind: 'plan' });
  });
  it('items under a lead-in that allows still fire', () => {
    expectRaised('sub_authorization', ['第十二条 乙方可以实施下列行为\n（一）将授权运营资格转让给其控股子公司；\n（二）以入股方式引入合作方共同运营。'], {
      doc: (t) => `某场景公共数据授权运营协议\n${t}`,
    });
  });
});

describe('what a clause asks, denies or forbids as a means', () => {
  it('a check’s question, a classification denied, a restriction forbidden as a condition stay quiet', () => {
    expectQuiet('raw_data_export', ['甲方对乙方申请出域的产品进行审查，审查内容包括是否含有个人信息以及能否被还原为原始明细。']);
    expectQuiet('authorization_mode', ['本协议所涉授权不构成对全市交通领域公共数据的整体授权。']);
    expectQuiet('exclusivity', ['乙方不得以独家合作、捆绑销售或者限定客户不得采购其他机构产品作为提供服务的条件。']);
  });
  it('the same words let happen still fire', () => {
    expectRaised('authorization_mode', ['本方案对全市交通领域公共数据实行整体授权。'], { kind: 'plan' });
    expectRaised('exclusivity', ['乙方可以与客户约定，客户不得采购其他机构的同类数据产品。']);
  });
});

describe('a consent written between two clauses leads the one after it', () => {
  it('the outsourcing it allows is no regrant', () => {
    expectQuiet('sub_authorization', ['乙方不得转授权，经甲方书面同意，可以将数据标注等辅助工作委托专业机构，受托机构不得接触原始数据。']);
  });
  it('the operating right it allows to move is', () => {
    expectRaised('sub_authorization', ['乙方不得转授权，经甲方书面同意，可以将部分场景的运营权转让给其控股子公司。']);
  });
});

describe('others’ practice and its problems state no term; paid services are not the public uses', () => {
  it('stays quiet', () => {
    expectQuiet('term_over_3y', ['从外地实践看，一些城市早期运营期限长达十五年，并出现数据垄断等问题，已被要求整改。'], { kind: 'plan' });
    expectQuiet('pricing', ['公益类产品免费提供；有偿服务的价格按照省有关价格政策另行确定。'], { ruleset: 'wenzhou', kind: 'plan' });
  });
  it('the text’s own term and a charge on public bodies still fire', () => {
    expectRaised('term_over_3y', ['本次授权运营期限为十五年，自协议签订之日起计算。'], { kind: 'plan' });
    expectRaised('pricing', ['公益类产品面向政府部门提供，政府部门按每次0.5元支付服务费。'], { ruleset: 'wenzhou', kind: 'plan' });
  });
});

describe('the title names the scenario a Hebei text never repeats', () => {
  const body = '第一条 乙方在授权运营平台内开发数据产品。\n第二条 本协议自签订之日起生效。';
  it('a title that names its scenario keeps the mode', () => {
    expectQuiet('authorization_mode', [body], { doc: (t) => `保定市供热能耗监测场景公共数据授权运营协议\n${t}` });
  });
  it('a title and a body that never name one raise it', () => {
    expectRaised('authorization_mode', [body], { doc: (t) => `保定市公共数据授权运营协议\n${t}` });
  });
});

describe('after the sealed banks were measured: what is guarded against, asked or said not to be set up', () => {
  it('a risk met by a measure, a long prevented phrase, a question clause of a check, an arrangement not set up stay quiet', () => {
    expectQuiet('exclusivity', [
      '针对运营机构可能借助数据积累形成垄断、排挤其他经营主体的风险，实施机构将加强事中事后监管。',
      '本方案着重防范运营机构凭借先发优势形成事实上的独家地位。',
    ], { kind: 'plan' });
    expectQuiet('raw_data_export', ['甲方组织安全审核，重点核查是否含有个人信息，是否可以通过可逆算法还原原始数据。']);
    expectQuiet('sub_authorization', ['据此，本方案未设置任何授权转移安排，运营始终由依法遴选确定的运营机构承担。'], { kind: 'plan' });
  });
  it('the same acts let happen still fire', () => {
    expectRaised('exclusivity', ['针对重复建设问题，甲方承诺不再向其他任何主体授权本场景数据。']);
    expectRaised('raw_data_export', ['甲方组织安全审核后，乙方可以通过可逆算法还原原始数据并交付客户。']);
  });
});
