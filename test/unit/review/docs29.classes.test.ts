import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';
import { expectQuiet, expectRaised, type RedlineCase } from '../../helpers/redlineCase';

/**
 * Classes read from the twenty-ninth set's failures (session 25, after it was opened), on text written for this test in
 * other sectors and wordings, with the near misses that must stay quiet.
 */

describe('a licence of the right to develop and use the data is the grant passed on (Chongqing art. 18)', () => {
  // The 可 of 许可 is no modal: a clause with no modal of its own ("……，将……开发利用权许可……使用") was read as if 许可
  // were its may, and 使用 its act. The right named by what it lets one do with the data (开发利用权, 加工使用权) is the grant.
  it('fires when the operator licenses the right onward, its may in the clause before', () => {
    expectRaised('sub_authorization', [
      '运营机构在场景范围内，将医保结算数据的开发利用权许可健康管理机构使用。',
      '乙方在授权期内，将交通出行数据的加工使用权许可与其签订合作协议的地图服务商使用。',
      '为拓展应用，将气象观测数据的开发利用权许可下游数据商使用，乙方报甲方备案即可。',
      '乙方可以将文旅数据的开发使用权许可区县运营公司行使。',
    ]);
  });
  it('stays quiet on a licence that is a consent, a product licensed, a licence named in a list of data, a ban', () => {
    expectQuiet('sub_authorization', [
      '开发利用权由甲方依法授予，乙方不得以任何方式许可他人行使。',
      '乙方可以许可开发利用机构使用其交付的数据产品。',
      '取水许可和用水定额数据纳入授权范围，目录见附表。',
      '未经甲方书面许可，乙方不得将原始数据传输至运营平台以外。',
      '经甲方许可后，乙方可以在专区内向用户提供核验服务。',
    ]);
  });
  it('reads a ban lifted by the grantor\'s licence as lifted, as one lifted by its consent', () => {
    expectRaised('raw_data_export', ['未经甲方书面许可，乙方不得将原始数据传输至授权运营平台以外的任何系统。']);
  });
});

describe('a market price a product or a standard reports on is its subject, not a price set by the market', () => {
  // "辣椒价格指数编制参照《农产品批发市场价格指数编制规范》": what is referred to is how an index is compiled.
  it('stays quiet on indices, monitoring and trends referred to', () => {
    expectQuiet('pricing', [
      '生猪价格指数的编制参照《农产品批发市场价格指数编制规范》执行。',
      '住房租金监测产品参照住建部门的市场价格监测办法设计指标。',
      '能源数据产品参照同类市场价格走势开展分析。',
    ]);
  });
  it('fires on a price set by reference to the market or the operator\'s own quote', () => {
    expectRaised('pricing', [
      '产业类数据产品价格参照同类市场价格确定。',
      '乙方提供的数据服务参照市场价格收费。',
      '增值服务费用参照乙方对外报价执行。',
      '产业类产品参照同类产品价格确定。',
    ]);
  });
});

describe('a public body named as whose revenue it is, or paid to, is a payee, not a user charged', () => {
  // "授权运营收益中属于区级行政机关、事业单位的收入，按照规定上缴区级国库；运营机构按照核定价格取得合理收益".
  it('stays quiet on revenue that belongs or goes to a public body', () => {
    expectQuiet('pricing', [
      '运营收益中属于市卫生健康委的部分，按规定上缴市级国库；乙方按照核定价格取得收益。',
      '分成收入按季度划入县财政局；运营机构按照政府指导价收取服务费。',
      '收益分配中归属于区教育局等部门的收益上缴国库；其余部分由运营机构按核定价格取得。',
    ]);
  });
  it('fires on a public body that uses a product and pays for it', () => {
    expectRaised('pricing', [
      '区教育局使用的，按照核定价格支付服务费。',
      '属于区级行政机关使用的产品，按照产业类价格收费。',
      '市财政局调用上述产品的，按照核定价格结算。',
    ]);
  });
});

/** An agreement whose term article is `term` and whose article 5 is the clause under test. */
const termIs = (term: string): RedlineCase => ({
  doc: (text) =>
    [
      '某场景公共数据授权运营协议',
      '第一条 授权范围。甲方授权乙方在本场景内运营，数据资源范围及目录见附件。',
      `第二条 运营期限。${term}`,
      '第三条 终止。协议终止的，乙方以不可逆方式销毁原始数据及其副本，日志留存不少于6个月。',
      '第四条 备案。本协议签订后5个工作日内报数据管理部门备案。',
      `第五条 续期。${text}`,
    ].join('\n'),
});

describe('a renewal nobody decides again adds to a term said only by its longest, and a blank span is at least one unit', () => {
  // A model text: "本协议授权运营期限为____年（最长不超过三年）" and "……未书面提出终止……的，本协议期限自动延续____年" (Chongqing
  // art. 16(2)): the term may run to its cap, and the renewal adds a year at least, whatever is filled in.
  it('fires on an automatic renewal after a capped or blank term', () => {
    expectRaised('term_over_3y', ['期满前三个月双方均未书面提出终止的，本协议期限自动延续____年。'], termIs('本协议运营期限为____年（最长不超过三年）。'));
    expectRaised('term_over_3y', ['期满前乙方未提出异议的，视为同意续期，续期____个月。'], termIs('授权运营期限不超过三年。'));
    expectRaised('term_over_3y', ['期满考核合格的，续期一年。'], termIs('运营期限最长不超过3年，具体以授权书载明为准。'));
  });
  it('stays quiet on a renewal applied for and approved, another matter renewed, a date left blank, a duty after the term', () => {
    expectQuiet('term_over_3y', ['期满需要继续授权的，乙方应当在期满前三个月重新申请，经甲方批准后另行签订协议。'], termIs('本协议运营期限为____年（最长不超过三年）。'));
    expectQuiet('term_over_3y', ['数据产品的订阅服务期满自动续期____年。'], termIs('授权运营期限不超过三年。'));
    expectQuiet('term_over_3y', ['期满后需续期的，经甲方批准后续期____年。'], termIs('本协议运营期限为两年。'));
    expectQuiet('term_over_3y', ['本协议期满后，乙方应于____个月内完成数据移交。'], termIs('授权运营期限不超过三年。'));
  });
});

describe('a grant counted in stages, the stages named after the count, lasts their sum', () => {
  // "本次授权分两个阶段实施，每一阶段期限均不超过三年。建设培育期一年……；正式运营期三年，自建设培育期届满之日起计算": four
  // years held, whatever cap each stage is given (Hebei art. 17(2)).
  it('fires when the named stages sum past three years', () => {
    expectRaised('term_over_3y', ['无。'], termIs('授权运营分三个阶段推进：试点期六个月，推广期一年，全面运营期两年。'));
    expectRaised('term_over_3y', ['无。'], termIs('本次授权分两个阶段：孵化期为十八个月，自协议签订之日起算；运营期为两年，自孵化期满之日起算。'));
    expectRaised('term_over_3y', ['无。'], termIs('授权期限分两期实施，各期均不超过三年：首期建设期一年；二期运营期三年。'));
  });
  it('stays quiet on a term of its own, stages within three years, stages of work that is not the grant, stages granted apart', () => {
    expectQuiet('term_over_3y', ['无。'], termIs('授权运营期限三年，分两个阶段实施：建设期一年，运营期两年。'));
    expectQuiet('term_over_3y', ['无。'], termIs('本次授权分两个阶段实施：试运营期一年，正式运营期两年。'));
    expectQuiet('term_over_3y', ['项目建设分两个阶段实施：一期工程建设期一年，二期工程建设期三年。'], termIs('本协议运营期限为三年。'));
    expectQuiet('term_over_3y', ['平台升级分两个阶段：第一阶段六个月，第二阶段一年。'], termIs('授权运营期限为三年。'));
    expectQuiet('term_over_3y', ['无。'], termIs('本次授权分两个阶段：培育期一年，推广期三年，两个阶段分别签订授权运营协议。'));
  });
});

describe('a delivered product named at length or as a list is still what the operator re-develops (Chongqing art. 22)', () => {
  // "基于乙方交付的辣椒价格指数和产地溯源数据产品，共同开发……衍生产品": the object runs to its head noun, a list included.
  it('fires when the operator reworks a delivered product with a long name', () => {
    expectRaised('exclusivity', [
      '乙方可以与数据商组建联合实验室，基于乙方交付的客流热力图和景区舆情监测数据产品，共同开发旅游保险精算模型。',
      '运营机构可以在其已交付的企业信用评价和融资风险预警服务基础上开发增强版本。',
      '乙方可以将已交付医院的病种费用分析和基金运行监测模型加工为新的产品。',
    ]);
  });
  it('stays quiet when a developer re-develops it, the operator stays out, or only maintains it', () => {
    expectQuiet('exclusivity', [
      '开发利用机构可以基于乙方交付的客流热力图和景区舆情监测数据产品，自行开发旅游保险精算模型。',
      '乙方交付的客流热力图和景区舆情监测数据产品，由开发利用机构自行开展再开发，乙方不参与。',
      '乙方应当对其交付的企业信用评价和融资风险预警服务开展运维和故障修复。',
    ]);
  });
});

describe('others who need the data made to contract with the operator first are shut out (Chongqing art. 22)', () => {
  // "区内其他市场主体开展同类追溯服务需要使用本场景数据的，应当与运营机构签订合作协议后接入".
  it('fires when a contract with the operator is the gate to the data', () => {
    expectRaised('exclusivity', [
      '本市其他征信机构需要调用本场景公共数据的，应当事先与乙方签订数据合作协议。',
      '区域内其他物流企业获取寄递数据的，一律与运营机构签订合作合同后方可接入。',
      '任何第三方利用本领域数据的，须与运营方订立合作协议。',
    ]);
  });
  it('stays quiet on the operator\'s products bought, the grantor\'s own grant, a may, a contract waived', () => {
    expectQuiet('exclusivity', [
      '其他市场主体需要使用乙方数据产品的，应当与乙方签订服务合同。',
      '其他主体需要使用本场景数据的，应当向甲方申请，并与甲方签订授权运营协议。',
      '其他市场主体需要使用本场景数据的，可以与乙方签订合作协议。',
      '其他市场主体需要使用本场景数据的，无需与乙方签订任何协议。',
    ]);
  });
});

describe('a list of what the grant leaves out lets none of its items\' acts happen', () => {
  // "寄件人和收件人的姓名、电话、详细地址，快递运单明细，寄递企业报送的……经营数据，以及涉及国家秘密的数据，不纳入本次授权":
  // 报送的 describes an item excluded, nothing is released.
  it('stays quiet on records named to be excluded from the grant or the catalogue', () => {
    expectQuiet('raw_data_export', [
      '企业报送的纳税原始明细，税务部门交换的涉税信息，均不列入本次授权目录。',
      '患者姓名、联系电话，医疗机构报送的就诊原始记录，不属于本次开放范围。',
      '学生姓名、家长手机号码，学校报送的体检原始记录，以及涉及未成年人隐私的数据，不纳入本次授权。',
    ]);
  });
  it('fires when a clause before the exclusion lets the records out, or the exclusion is from a restriction', () => {
    expectRaised('raw_data_export', [
      '乙方可以将原始数据导出至自有服务器，相关日志不纳入本次授权范围。',
      '乙方向合作方提供的原始明细数据，不属于本次授权的限制范围。',
      '企业报送的原始数据，经甲方同意后可以导出至乙方服务器。',
    ]);
  });
});

const PLAN_HEAD = ['某区文化旅游公共数据授权运营实施方案', '为推进公共数据有序开发利用，依据有关规定，结合本地实际，制定本方案。'];
const planItem = (lines: string[], id: string) => reviewDocument(docFromText([...PLAN_HEAD, ...lines].join('\n'), 'p.txt'), bundledRuleset('hebei'), 'plan').items.find((i) => i.id === id)!;

describe('a matter deferred to a paper made later is not stated (Hebei art. 12(9))', () => {
  // "八、成本收入和收益" over only "成本收入核算和收益分配办法，由区数据和政务服务局会同区财政局另行研究制定": the plan names
  // the rule it lacks.
  it('is missing when its section only defers it', () => {
    for (const body of [
      '运营成本核算和收益分配办法，由县数据局会同县财政局另行研究制定。',
      '成本收入核算机制和收益分配机制，后续另行制定。',
      '收益分配方案由市财政局适时研究出台。',
    ]) expect(planItem(['八、核算和收益分配', body], 'plan.accounting').status, body).toBe('missing');
  });
  it('is not missing when the section states the rule and leaves only a detail for later', () => {
    for (const body of [
      '运营机构对授权运营业务单独建账、独立核算成本和收入；收益按照投入比例分配，具体比例另行明确。',
      '成本收入实行单独核算，收益分配按照《某区公共数据授权运营收益分配办法》执行。',
      '运营机构按年度核算经营成本和收入，净收益的10%作为数据资源使用费上缴区级国库，其余收益由运营机构分配，实施细则另行制定。',
    ]) expect(planItem(['八、核算和收益分配', body], 'plan.accounting').status, body).not.toBe('missing');
  });
});

describe('其他 before a noun picks out other things, not the other matters a plan settles (Hebei art. 12(13))', () => {
  // "本次授权仅限……场景，不涉及畜禽养殖环节的其他数据": no 附则 or 其他事项 anywhere.
  const BODY = ['一、总体要求', '本次授权仅限城市停车场景，不涉及道路交通执法的其他数据。'];
  it('is missing when 其他 only names other data, bodies or scenarios', () => {
    for (const line of ['运营机构不得向其他市场主体提供原始数据。', '其他区县可参照本方案开展授权运营。', '涉及其他场景的，另行申请授权。']) {
      expect(planItem([...BODY, '二、工作安排', line], 'plan.other').status, line).toBe('missing');
    }
  });
  it('is not missing when the text settles the other matters', () => {
    for (const line of ['其他未尽事宜，按照国家和省有关规定执行。', '本方案由区数据局负责解释，其他事项按协议约定执行。', '其它：本方案自印发之日起施行。']) {
      expect(planItem([...BODY, '二、工作安排', '区数据局统筹推进，各部门按职责分工落实。', line], 'plan.other').status, line).not.toBe('missing');
    }
  });
});
