import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { termFixedIn } from '../../../shared/review/termStated';
import { asIs, bundledRuleset, docFromText } from '../../helpers/reviewCorpus';
import { expectQuiet, expectRaised, raises, type RedlineCase } from '../../helpers/redlineCase';

/**
 * Failure classes of the twelfth set and the fifth clause bank (issue 10, session 10), each on text written for the
 * test, with near misses. One describe block per fixer.
 */
const txt = (lines: string[]) => docFromText(lines.join('\n'), 'p.txt');
const itemOf = (lines: string[], kind: 'plan' | 'agreement', id: string, ruleset = 'hebei') =>
  reviewDocument(txt(lines), bundledRuleset(ruleset), kind).items.find((i) => i.id === id)!;

describe('fixG2: the grant’s term fixed in a sentence under a heading that names another matter', () => {
  it('an agreement: an article with a bracketed caption that gives the term by its dates, under 授权内容', () => {
    const f = itemOf(
      [
        '某县文旅公共数据授权运营协议',
        '甲方：某县数据局　乙方：某县文旅发展有限公司',
        '第一章　授权内容',
        '第一条【授权范围】甲方授权乙方在“智慧景区客流”场景中运营景区客流、文旅消费两类共9项数据，目录见附件。',
        '第二条【合作期】自2027年3月1日起至2029年2月28日止。',
        '第二章　违约责任',
        '第三条 乙方违反本协议约定的，应当支付违约金10万元。',
      ],
      'agreement',
      'agr.term',
    );
    expect(f.status).not.toBe('missing');
    expect(f.evidence[0]?.excerpt).toContain('2029年2月28日');
  });

  it('a plan: the term said with 为期 in its goals, in capital numerals, with no heading for it', () => {
    const f = itemOf(
      [
        '某市气象公共数据授权运营实施方案',
        '一、总体要求',
        '（一）目标任务',
        '本次授权运营自协议签订之日起开始，为期叁年。2027年6月底前上线首批产品，2028年起逐年扩大服务范围。',
        '二、保障措施',
        '运营机构落实数据分类分级、去标识化和应急预案等安全要求。',
      ],
      'plan',
      'plan.term_plan',
    );
    expect(f.status).toBe('partial');
    expect(f.missingParts).not.toContain('期限');
    expect(f.evidence[0]?.excerpt).toContain('为期叁年');
  });

  it('near miss: a text that only names the term, or gives another matter’s period, fixes no term', () => {
    const f = itemOf(
      [
        '某县文旅公共数据授权运营协议',
        '第一章　授权内容',
        '第一条 甲方授权乙方在“智慧景区客流”场景中运营景区客流、文旅消费两类共9项数据，目录见附件。',
        '第二章　违约责任',
        '乙方违反数据安全要求的，甲方责令整改，整改期限为30日；运营期间产生的日志，保存期限不少于六个月。',
        '第三章　变更和终止',
        '授权期满前三个月，乙方可以申请续约。根据《河北省公共数据授权运营管理办法（试行）》，授权运营期限原则上不超过3年。',
      ],
      'agreement',
      'agr.term',
    );
    expect(f.status).toBe('missing');
    for (const s of ['授权期满前三个月，乙方可以申请续约。', '整改期限为30日。', '运营期间产生的日志，保存期限不少于六个月。', '运营机构应当具有三年以上的运营经验。', '根据《河北省公共数据授权运营管理办法（试行）》，授权运营期限原则上不超过3年。']) {
      expect(termFixedIn(s), s).toBeUndefined();
    }
    for (const s of ['本协议的授权期间为叁年，从本协议生效之日起算。', '2027年1月1日至2029年12月31日为授权运营期。', '协议有效期两年。']) {
      expect(termFixedIn(s), s).toBe(s);
    }
  });
});

describe('fixG2: the feasibility argument headed by the state of things it starts from', () => {
  it('a plan’s 发展现状 with needs, market, expected effect and risks is its feasibility argument', () => {
    const f = itemOf(
      [
        '某市物流公共数据授权运营实施方案',
        '第一部分 发展现状',
        '全市有道路货运企业1200余家，企业反映运力调度和融资核验缺少可靠数据，应用需求迫切。据测算，运力画像、货主信用核验等服务的年需求约800万元。',
        '授权运营实施后，预计企业融资审批时间缩短30%。主要风险在于车辆轨迹和驾驶员个人信息泄露，通过平台内加工、结果审核加以防范。',
        '第二部分 运营机构选择条件',
        '运营机构应具备资金、管理、技术、服务和安全能力。',
      ],
      'plan',
      'plan.feasibility',
    );
    expect(f.status).toBe('partial');
    expect(f.evidence[0]?.excerpt).toContain('发展现状');
  });

  it('a numbered list under （二）基础条件 (three of the five aspects)', () => {
    const f = itemOf(
      [
        '某县茶叶公共数据授权运营实施方案',
        '一、总体要求',
        '（一）指导思想',
        '坚持原始数据不出域、数据可用不可见，推动茶叶公共数据有序开发利用。',
        '（二）基础条件',
        '1.需求旺盛。茶企、银行和保险机构对茶园画像、茶农信用评价的需求逐年增长。',
        '2.市场可观。经调研，全县茶产业数据服务的市场空间约3000万元。',
        '3.风险可控。授权数据在平台内加工，原始数据不出域，风险可控。',
        '二、运营机构选择条件',
        '运营机构应具备资金、管理、技术、服务和安全能力。',
      ],
      'plan',
      'plan.feasibility',
    );
    expect(f.status).toBe('partial');
    expect(f.evidence[0]?.excerpt).toContain('基础条件');
  });

  it('near miss: a 现状 heading that only describes the platform, and goals that name the aspects in passing, argue nothing', () => {
    const f = itemOf(
      [
        '某县茶叶公共数据授权运营实施方案',
        '一、总体目标',
        '力争到2028年形成一批数据产品，满足社会需求，扩大市场规模，取得预期成效，守住风险防控底线。',
        '二、平台建设现状',
        '全县已建成公共数据平台，汇聚茶园、气象、市场主体等数据12类。',
        '三、运营机构选择条件',
        '运营机构应具备资金、管理、技术、服务和安全能力。',
      ],
      'plan',
      'plan.feasibility',
    );
    expect(f.status).toBe('missing');
  });
});

// ---- fixT: term_over_3y and authorization_mode ----
const doc = (kind: 'plan' | 'agreement', lines: string[]) =>
  [kind === 'plan' ? '某县文旅场景公共数据授权运营实施方案' : '某县文旅场景公共数据授权运营协议', ...lines].join('\n');
const term = (lines: string[], kind: 'plan' | 'agreement' = 'agreement', ruleset = 'hebei') =>
  raises('term_over_3y', doc(kind, lines), { ruleset, kind, doc: asIs });
const mode = (lines: string[], kind: 'plan' | 'agreement' = 'agreement') => raises('authorization_mode', doc(kind, lines), { kind, doc: asIs });

describe('fixT: the term as what the operator holds without a new decision', () => {
  it('a renewal on a condition of fact counts, and a named year ("上一年度") is no span', () => {
    expect(term(['第六条 本协议期限为三年。期满时乙方上一年度考核结果为合格以上的，本协议自动顺延一年。'])).toBe(true);
    expect(term(['第六条 本协议期限为二年。期满时乙方前一年度考核结果为合格以上的，本协议自动顺延一年。'])).toBe(false);
  });
  it('a renewal of years and months is read whole', () => {
    expect(term(['第七条 授权期限为贰年。期满后自动续期壹年陆个月，不再另行审批。'])).toBe(true);
    expect(term(['第七条 授权期限为壹年陆个月。期满后自动续期壹年陆个月，不再另行审批。'])).toBe(false);
  });
  it('a clause hard-wrapped over two lines is read whole', () => {
    expect(term(['第五条 授权期限为两年。期满后乙方考核合格的，本协议自动延', '长两年，无需重新签订。'])).toBe(true);
    expect(term(['第五条 授权期限为两年。期满后乙方考核合格的，本协议自动延', '长一年，无需重新签订。'])).toBe(false);
  });
  it('an end measured from the effective date the document records', () => {
    expect(term(['第二条 本协议期限自生效之日起至2030年3月31日止。', '第十九条 本协议于2026年1月1日生效。'])).toBe(true);
    expect(term(['第二条 本协议期限自生效之日起至2028年12月31日止。', '第十九条 本协议生效日期：2026年1月1日。'])).toBe(false);
  });
  it('a period after the term in which the operator keeps operating adds to it', () => {
    expect(term(['第八条 运营期限为三年。期限届满后设一年的缓冲运营期，缓冲运营期内乙方继续开展全部授权运营业务。'])).toBe(true);
    expect(term(['第八条 运营期限为三年。期限届满后，甲方给予乙方不少于一年的延续服务期，期间乙方仍享有本协议项下运营权利。'])).toBe(true);
    expect(term(['第八条 运营期限为三年。期限届满后设六个月移交过渡期，过渡期内乙方仅配合甲方完成数据与系统移交，不得开展新的运营业务。'])).toBe(false);
  });
  it('a holdover until an event with no cap has no end', () => {
    expect(term(['第九条 运营期限为两年。', '第十条 授权期满而新的运营机构尚未确定的，本协议继续有效，直至新运营机构确定之日止。'])).toBe(true);
    expect(term(['第九条 运营期限为两年。', '第十条 授权期满而新的运营机构尚未确定的，本协议继续有效至新运营机构确定之日止，但最长不超过三个月。'])).toBe(false);
  });
  it('a term said to be long-term has no end', () => {
    expect(term(['三、授权期限 运营机构的授权运营期限为长期，每年开展一次评估。'], 'plan', 'chongqing')).toBe(true);
    expect(term(['三、运营目标 建立长期稳定的数据供给机制，本次授权运营期限为三年。'], 'plan', 'chongqing')).toBe(false);
  });
  it('a planning period is not the authorisation', () => {
    expect(term(['本省数字经济发展规划期为2021—2035年，本次授权运营期限为三年。'], 'plan')).toBe(false);
    expect(term(['“十五五”时期（2026—2030年）是数据要素市场化的关键期，本次授权运营期限为二年。'], 'plan')).toBe(false);
    expect(term(['本次授权运营期限为2026—2030年。'], 'plan')).toBe(true);
  });
});

describe('fixT: authorization_mode, what the grant is made of and who may add scenarios', () => {
  it('data granted as a platform collects it, or a whole catalogue, is no scenario', () => {
    expect(mode(['第四条 授权范围为市大数据中心已汇聚的公共数据及今后汇聚的数据。'])).toBe(true);
    expect(mode(['第三条 授权数据见附件二，附件二为全省政务数据资源目录全文。'])).toBe(true);
    expect(mode(['第四条 授权范围为“智慧停车”场景所需的、市大数据中心已汇聚的停车泊位数据。'])).toBe(false);
    expect(mode(['第三条 授权数据见附件二，附件二为“智慧停车”场景数据目录。'])).toBe(false);
  });
  it('a scenario the operator adds on a mere notice is no new grant', () => {
    expect(mode(['第五条 乙方可在附件一所列场景以外，书面告知甲方后开展新的应用场景。'])).toBe(true);
    expect(mode(['第五条 乙方拟在附件一所列场景以外开展新场景的，应当经甲方另行授权并签订补充协议。'])).toBe(false);
    expect(mode(['第五条 乙方可以在所列场景之外开展新场景，但须经甲方审批同意。'])).toBe(false);
  });
  it('a field held with any application, or all in a defined field deemed granted', () => {
    expect(mode(['运营机构对本市医疗、教育领域数据享有授权，可开发各类应用。'], 'plan')).toBe(true);
    expect(mode(['本方案所称“授权板块”指交通出行板块。', '运营机构在授权板块内开展的所有应用均视为已取得授权。'], 'plan')).toBe(true);
    expect(mode(['运营机构对本市“预约挂号”场景所需的医疗数据享有授权，仅可开发该场景的应用。'], 'plan')).toBe(false);
    expect(mode(['运营机构在授权场景内开展的应用，须逐一报甲方审核授权。'], 'plan')).toBe(false);
  });
  it('every department’s data on demand is no scenario', () => {
    expect(mode(['运营机构可以根据业务需要申请调用各委办局公共数据，做到应授尽授。'], 'plan')).toBe(true);
    expect(mode(['运营机构可以根据“供热监测”场景需要申请调用市住建局的供热数据。'], 'plan')).toBe(false);
  });
  it('modes compared and the scenario mode chosen set no other mode', () => {
    expect(mode(['经对比整体授权和依场景授权两种模式后，本方案选择依场景授权。'], 'plan')).toBe(false);
    expect(mode(['经对比整体授权和依场景授权两种模式后，本方案选择整体授权。'], 'plan')).toBe(true);
  });
});

describe('fixT: classes from the fifth bank’s even failures and the twelfth set', () => {
  it('a renewal by any word ("续延") on the same terms, and cycles held one after another', () => {
    expect(term(['运营期限确定为两年，期满可按原条件自动续延一次。'], 'plan')).toBe(true);
    expect(term(['运营期限确定为一年半，期满可按原条件自动续延一次。'], 'plan')).toBe(false);
    expect(term(['授权以两年为一个周期，连续授权两个周期，第二个周期无需重新遴选。'], 'plan', 'guizhou')).toBe(true);
    expect(term(['授权以两年为一个周期，连续授权两个周期，第二个周期须另行组织遴选。'], 'plan', 'guizhou')).toBe(false);
  });
  it('a surviving duty or another contract has its own period', () => {
    expect(term(['第二十条 协议终止后，乙方的保密责任继续有效，期限为终止之日起四年。'], 'agreement', 'chongqing')).toBe(false);
    expect(term(['第四条 乙方承担的平台建设合同期限为四年，与本协议无关；本协议授权运营期限为两年。'], 'agreement', 'wenzhou')).toBe(false);
    expect(term(['第四条 本协议授权运营期限为四年。'], 'agreement', 'wenzhou')).toBe(true);
  });
  it('a signing said with its seal, and a schedule that says when the agreement is signed', () => {
    expect(term(['第四条 授权运营期限自双方签字盖章之日起至2031年3月31日止。', '签订日期：2027年2月1日'])).toBe(true);
    expect(term(['第四条 授权运营期限自双方签字盖章之日起至2029年12月31日止。', '签订日期：2027年2月1日'])).toBe(false);
    expect(term(['（四）授权期限。授权运营期限自协议签订之日起至2031年6月30日止。', '（五）实施进度。2027年3月完成运营机构遴选和协议签订。'], 'plan')).toBe(true);
    expect(term(['（四）授权期限。授权运营期限自协议签订之日起至2029年12月31日止。', '（五）实施进度。2027年3月完成运营机构遴选和协议签订。'], 'plan')).toBe(false);
  });
  it('a grant handed over whole, a field as the unit, a row granting all data, one right across every scenario', () => {
    expect(mode(['第三条 甲方将本县公共数据开发利用权打包交由乙方行使。'])).toBe(true);
    expect(mode(['本次授权以交通运输行业为基本单元，行业内数据统一交由运营机构。'], 'plan')).toBe(true);
    expect(mode(['场景名称 | 数据范围', '智慧城市综合服务 | 全县公共数据'], 'plan')).toBe(true);
    expect(mode(['场景名称 | 数据范围', '景区客流预警 | 文旅局票务数据'], 'plan')).toBe(false);
    expect(mode(['第二条 甲方授予乙方运营资格，乙方在各类场景中通用。'])).toBe(true);
  });
  it('scenarios left open: a catch-all item, not limited to a scenario, added by the operator alone', () => {
    expect(mode(['第三条 授权场景包括：（一）景区客流预警；（二）其他经乙方论证可行的场景。'])).toBe(true);
    expect(mode(['第三条 授权场景包括：（一）景区客流预警；（二）游客满意度分析。其他场景须另行授权。'])).toBe(false);
    expect(mode(['第四条 乙方的运营活动不限于具体应用场景。'])).toBe(true);
    expect(mode(['第四条 乙方可根据市场情况自行添加应用场景。'])).toBe(true);
    expect(mode(['第四条 乙方新增应用场景的，应当报甲方另行授权。'])).toBe(false);
  });
});

// ---- fixX: exclusivity and pricing ----
const planText = (lines: string[]) => ['某县某领域公共数据授权运营实施方案', '一、授权运营名称', '某领域公共数据授权运营，依场景授权。', ...lines].join('\n');

describe('fixX: exclusivity read as who may deal with whom, and who develops what was delivered', () => {
  it('the grantor bound not to deal with other operators, whatever the dealing is called', () => {
    expectRaised('exclusivity', [
      '合作期内，甲方不与其他数据运营商就本领域的数据开发事宜开展洽谈。',
      '甲方承诺，在乙方运营期间不再同任何其他运营机构磋商本场景数据的运营安排。',
      '协议存续期间，授权方不另行对接第三方运营主体。',
    ]);
  });
  it('the operator refraining, or the grantor free to deal, shuts nobody out', () => {
    expectQuiet('exclusivity', [
      '乙方不与其他运营机构就本场景进行洽谈，以免利益冲突。',
      '甲方可以与其他运营机构就其他场景开展洽谈。',
      '甲方不与其他运营机构共享乙方提交的商业秘密。',
    ]);
  });
  it('a whole domain or city’s operation reserved to the operator', () => {
    expectRaised('exclusivity', [
      '甲方确认，全市医疗健康领域公共数据的运营业务全部由乙方负责。',
      '本区各行业的公共数据授权运营工作统一由乙方承担。',
    ]);
  });
  it('the operator doing its own work, or bearing costs, reserves nothing', () => {
    expectQuiet('exclusivity', [
      '本协议项下的运营工作均由乙方承担。',
      '本场景数据产品开发所需的费用均由乙方承担。',
      '本场景公共数据的安全管理责任均由乙方承担。',
    ]);
  });
  it('who re-develops a delivered product is named after the condition that asks for it', () => {
    expectRaised('exclusivity', [
      '已交付的数据产品需要进一步深度加工的，由乙方或其关联公司完成。',
      '交付后的模型如需再开发的，由运营机构指定的单位实施。',
    ]);
    expectQuiet('exclusivity', [
      '已交付的数据产品需要二次开发的，由开发利用机构自行承担，乙方不参与。',
      '交付后的模型如需再开发的，由依法取得资格的经营主体实施。',
    ]);
  });
  it('the operator’s group may act as a developer only on what has nothing to do with delivered products', () => {
    expectQuiet('exclusivity', [
      '乙方的控股子公司以经营主体身份申请使用数据的，仅限于与乙方已交付产品无关的需求，并经甲方审核。',
      '乙方关联公司作为开发利用主体参与的，其申请事项不得涉及乙方已交付的数据产品。',
    ]);
    expect(raises('exclusivity', '乙方关联公司可以作为开发利用主体，申请使用乙方已交付的数据产品开展加工。')).toBe(true);
  });
});

describe('fixX: pricing read as who sets the price and who pays', () => {
  it('a price the operator sets with a buyer, a venue or a market mechanism is no guided price', () => {
    expectRaised('pricing', [
      '数据产品的价格由乙方与需求方在交易平台通过竞价确定。',
      '本协议项下的服务按照运营机构与数据交易所商定的挂牌价执行。',
      '各类数据服务的价格通过公开拍卖形成。',
      '产品价格由乙方与使用单位议价形成。',
    ]);
  });
  it('a market price kept within the guided price, or a venue rule that is no price, stays quiet', () => {
    expectQuiet('pricing', [
      '产品价格在政府指导价范围内由乙方与需求方竞价形成。',
      '挂牌交易的规则由数据交易所制定，乙方应当遵守。',
      '产品价格执行价格主管部门核定的标准，挂牌展示时不得高于该标准。',
    ]);
  });
  it('public and market uses charged together charge the public one', () => {
    expect(raises('pricing', '运营机构对政务用户和企业用户均按照价目表收取费用。')).toBe(true);
    expect(raises('pricing', planText(['五、收益分配', '运营机构对公益类与经营类数据产品统一计费，收入按比例分成。']), { kind: 'plan', doc: asIs })).toBe(true);
  });
  it('public and market uses named together but charged apart, or not charged, stay quiet', () => {
    expectQuiet('pricing', [
      '对公共治理类产品免费提供，对产业发展类产品按价目表收费。',
      '运营机构对公共治理类和产业发展类产品分别制定服务规范。',
    ]);
  });
});

describe('fixX: exclusivity — buyers bound to the operator or kept from its competitors', () => {
  it('a developer must go through the operator, buy its other services, or keep off other platforms', () => {
    expectRaised('exclusivity', [
      '经营主体调用本场景数据产品的，须委托乙方指定的运维单位进行系统对接，不得另行选择其他运维单位。',
      '开发利用机构基于本场景数据形成的产品，只能经由乙方的销售渠道对外推广。',
      '数据使用方订购数据接口服务的，应当一并采购乙方提供的云存储服务。',
      '使用方取得的数据服务，未经乙方同意，不得接入其他数据交易平台或者与其他运营机构开展合作。',
      '本场景的数据接口仅向已与乙方签署长期采购协议的经营主体开放。',
    ], { ruleset: 'chongqing' });
  });
  it('a developer’s own duties, a security bar on data, or the operator’s own choices shut nobody out', () => {
    expectQuiet('exclusivity', [
      '开发利用机构不得向第三方提供其取得的原始数据。',
      '经营主体应当通过本协议约定的安全通道调用数据接口。',
      '乙方可以选择其他技术服务商完成平台运维。',
      '数据使用方可以自行选择云存储服务商。',
      '本场景的数据接口向依法登记的经营主体平等开放。',
    ], { ruleset: 'chongqing' });
  });
});

describe('fixX: pricing — every term of a price set by the operator, and who the user really is', () => {
  it('a markup, a float or a discount rate the operator fixes is a price it sets', () => {
    expectRaised('pricing', [
      '乙方可根据市场需求对服务价格适当上浮，上浮比例由乙方决定。',
      '产品价格可按季度调整，调整幅度由运营机构自行确定。',
    ]);
    expect(raises('pricing', '产品价格可按季度调整，调整幅度由价格主管部门核定。')).toBe(false);
  });
  it('a market party named as the maker of what a public user uses is not the user', () => {
    expect(raises('pricing', '街道办事处使用数据商加工的产品免费，调用乙方直接提供的接口服务的，按调用量付费。')).toBe(true);
    expect(raises('pricing', '行政机关使用开发利用机构再开发的产品，按次收费。')).toBe(true);
  });
  it('“other” products after public ones name the rest, charged at the guided price', () => {
    expectQuiet('pricing', [
      '面向县级部门的公益类产品无偿提供；其余产品执行政府指导价收费。',
      '公共治理类数据服务免费；其他服务按照省级指导价收费。',
    ]);
  });
});

// ---- fixP2: sub_authorization and raw_data_export ----
const P2: RedlineCase = { ruleset: 'chongqing', title: '某市交通出行场景公共数据授权运营协议' };

describe('fixP2: who ends up holding the grant (sub_authorization)', () => {
  it('another party taking the operator’s place performs the agreement: it takes the grant', () => {
    expectRaised('sub_authorization', [
      '乙方不再具备运营条件的，可以提名接替单位，接替单位与乙方完成交接后即继续履行本协议。',
      '乙方可以选定承接方，由承接方代为履行本协议。',
    ], P2);
    expectQuiet('sub_authorization', [
      // The operator itself goes on, a party helps it, or the law's approval comes first.
      '乙方应当继续履行本协议，直至甲方确定新的运营机构。',
      '乙方不再具备运营条件的，经甲方报市人民政府批准后，方可由接替单位继续履行本协议。',
    ], P2);
  });

  it('出让 and 让与 move the grant as 转让 does', () => {
    expectRaised('sub_authorization', ['乙方可以向合作企业出让本协议项下部分场景的授权运营权，所得价款归乙方。', '乙方可将其依本协议取得的运营权让与其控股子公司。'], P2);
    expectQuiet('sub_authorization', ['乙方不得出让本协议项下的授权运营权。', '乙方可以向开发利用机构出让其自主研发的软件著作权。'], P2);
  });

  it('a change of the operator’s control with the agreement kept in force passes the grant on notice', () => {
    expectRaised('sub_authorization', ['乙方被其他企业收购的，本协议继续有效，乙方应当在收购完成后五日内书面告知甲方。', '乙方控股股东发生变更的，授权不受影响。'], P2);
    expectQuiet('sub_authorization', [
      '乙方实际控制人发生变更的，应当事先报甲方审核并经市人民政府批准；未经批准的，本协议终止。',
      '乙方控股股东发生变更的，甲方有权解除本协议。',
      '乙方不得通过变更控股股东的方式转移授权。',
    ], P2);
  });

  it('another party running the data in the operator’s name runs the grant', () => {
    expectRaised('sub_authorization', ['乙方可以允许合作企业以乙方名义直接调用平台数据，对外提供数据服务。'], P2);
    expectQuiet('sub_authorization', ['合作企业可以调用乙方以乙方名义交付的数据产品。', '乙方的技术团队以乙方名义调用平台数据开展加工。'], P2);
  });

  it('a move that waits for the law’s approval is a procedure, however the comma falls', () => {
    expectQuiet('sub_authorization', [
      '乙方拟将运营权转让给其他企业的，应当报甲方审核，经市人民政府批准后方可实施；未经批准的，不得转让。',
      '经甲方审核并报市人民政府批准后，方可由其他企业承接本协议项下之运营权。',
    ], P2);
    expectRaised('sub_authorization', ['乙方拟将运营权转让给其他企业的，书面告知甲方后即可实施。'], P2);
  });
});

describe('fixP2: the grant handed on, the classes of the even passages and the twelfth set', () => {
  it('a scenario entrusted to a company that runs it in its own name, an operator at another level or sector', () => {
    expectRaised('sub_authorization', [
      '乙方可以将文旅场景委托其控股子公司以该子公司的名义开展运营，并报甲方备案。',
      '乙方可以将部分场景的运营工作委托市级运营公司承担。',
      '乙方可以将医疗领域数据的运营权分授给专业运营商。',
    ], P2);
    expectQuiet('sub_authorization', ['乙方不得将授权转让，或者以委托等方式交由其控股子公司行使。', '乙方可以委托技术服务商承担平台运维，服务商不接触授权数据。'], P2);
  });
  it('the grant named first and moved in a later clause, and the operator’s rights as a topic', () => {
    expectRaised('sub_authorization', ['乙方可以将其依本协议取得的运营权，以作价出资方式投入其参股公司。', '本协议项下乙方的权利，乙方可以指定其关联企业享有和行使。'], P2);
    expectQuiet('sub_authorization', ['本协议项下乙方的权利，由乙方自行行使，不得交由关联企业享有。'], P2);
  });
  it('a defined term that takes in other legal persons makes them act', () => {
    const text = '“乙方服务体系”指乙方及乙方指定的合作开发单位。乙方服务体系成员可以以自己的名义使用授权数据开发产品、对外提供服务。';
    expect(raises('sub_authorization', text, P2)).toBe(true);
  });
});

describe('fixP2: what leaves the platform (raw_data_export)', () => {
  it('records kept outside: a copy in the operator’s remote site, another party taking records into its own system', () => {
    expectRaised('raw_data_export', ['乙方可以在其异地数据中心留存授权数据的完整副本。', '合作银行经甲方审批，可以获取去除姓名后的客户交易明细记录，在本机构风控系统中留存。'], { ...P2, ruleset: 'hebei' });
    expectQuiet('raw_data_export', ['采用隐私计算方式联合建模的，原始数据保存在各自节点，仅交换加密参数。', '乙方应当在平台内留存操作日志。'], { ...P2, ruleset: 'hebei' });
  });
  it('the key that reverses a masked product, handed to its user', () => {
    expectRaised('raw_data_export', ['产品采用加密处理的，可以明细形式交付，加密密钥随产品提供给使用方。'], { ...P2, ruleset: 'hebei' });
    expectQuiet('raw_data_export', ['产品采用加密处理的，加密密钥由甲方保管，不得向使用方提供。', '产品以核验结果、统计结果等不可还原原始数据的形式交付。'], { ...P2, ruleset: 'hebei' });
  });

  it('a table row delivering a detail collection as files to another party lets raw data out', () => {
    const table = ['| 产品 | 交付方式 | 交付给 |', '| 货车通行评分 | 接口返回评分 | 保险公司 |', '| 货车通行明细表 | 数据文件离线交付 | 保险公司 |'].join('\n');
    expect(raises('raw_data_export', table)).toBe(true);
    const scores = ['| 产品 | 交付方式 | 交付给 |', '| 货车通行评分 | 接口返回评分 | 保险公司 |', '| 通行指数 | 数据文件离线交付 | 保险公司 |'].join('\n');
    expect(raises('raw_data_export', scores)).toBe(false);
  });

  it('a product that carries the records is them: its export lets raw data out', () => {
    expectRaised('raw_data_export', ['乙方研发的算法模型可以导出平台；模型中内嵌原始记录的，不影响导出。'], { ...P2, ruleset: 'hebei' });
    expectQuiet('raw_data_export', ['乙方研发的算法模型可以导出平台；模型中不得保留训练样本或者原始记录。', '乙方研发的算法模型经审核后可以导出平台。'], { ...P2, ruleset: 'hebei' });
  });

  it('data copied to a public cloud has left the platform, whatever the text deems it', () => {
    expectRaised('raw_data_export', ['乙方可以将平台数据传输至其租用的公有云进行分析，该公有云视为平台的延伸。'], { ...P2, ruleset: 'hebei' });
    expectQuiet('raw_data_export', ['乙方可以将平台数据同步至平台内的运营专区进行分析。', '乙方可以将分析结果同步至其公有云。'], { ...P2, ruleset: 'hebei' });
  });

  it('a verdict handed out is a result, and a shut function lets nothing out', () => {
    expectQuiet('raw_data_export', [
      '乙方交付的产品不得包含原始记录，比对在平台内完成，对外仅返回比对结论“是”或“否”。',
      '平台禁用原始数据下载功能，对数据产品的下载实行审核登记。',
    ], { ...P2, ruleset: 'hebei' });
    expectRaised('raw_data_export', ['平台向合作企业开通原始数据下载功能。'], { ...P2, ruleset: 'hebei' });
  });
});
