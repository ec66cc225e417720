import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';
import { expectQuiet, expectRaised } from '../../helpers/redlineCase';

/**
 * Classes read from the thirty-fourth set (sealed in session 27, opened in session 28), the thirty-seventh (a reading set)
 * and the lawful bank s28, on text written for this test in other sectors and wordings, with the near misses that must
 * stay quiet.
 */

describe('a data set named by its own name, handed over offline or as files, leaves the platform', () => {
  // "甲方可按月将危险废物转移联单和收集网点入库数据经脱敏处理后，以加密数据文件形式离线交付乙方": the data set was not
  // 授权数据 by name, and the fronted object waited in a time clause.
  it('fires whoever hands it over, to the operator or another party', () => {
    expectRaised('raw_data_export', [
      '甲方可按季度将渔船进出港登记数据以加密数据文件形式离线交付乙方。',
      '甲方每月将供水管网巡检数据经脱敏处理后，以数据文件形式离线交付乙方，由乙方在其自有机房中比对使用。',
      '数据提供单位可以将学生体检数据以Excel文件形式提供给合作企业。',
    ]);
  });
  it('stays quiet on results and reports as files, on data brought into the platform, and on a bar', () => {
    expectQuiet('raw_data_export', [
      '乙方可以将客流统计报告以PDF文件形式交付用户。',
      '甲方每日将渔船进出港登记数据以数据文件形式导入授权运营平台。',
      '数源单位将原始数据通过公共数据平台逐条推送至授权运营域，推送频率为每日一次。',
      '甲方不得将渔船进出港登记数据以数据文件形式离线交付乙方。',
    ]);
  });
  it('reads a manifest (转移联单) as a noun, not a transfer', () => {
    expectQuiet('sub_authorization', ['甲方按月向乙方提供危险废物转移联单统计结果，供乙方在专区内分析使用。']);
  });
});

describe('an account on the granted data opened for another party hands it the data', () => {
  // "将……开发任务分包给生态合作伙伴承担，并为其开通相应授权数据的使用账号": the account given in the clause after the move.
  it('fires on an account for the data opened for a partner or a subsidiary', () => {
    expectRaised('sub_authorization', [
      '乙方可以将数据清洗任务委托给合作单位完成，并为其开通授权数据的调用账号。',
      '运营机构可以为其控股子公司开通授权数据访问账户，用于开发面向金融机构的产品。',
    ]);
  });
  it('stays quiet on product accounts, users, and accounts kept for the operator', () => {
    expectQuiet('sub_authorization', [
      '乙方可以为合作单位开通数据产品的调用账号。',
      '乙方可以为数据使用方开通授权数据产品的查询账号。',
      '甲方为乙方开通授权数据的使用账号。',
    ]);
  });
  it('reads a name inside a product’s name as no party acting ("经营主体画像")', () => {
    expectQuiet('sub_authorization', ['运营机构可以将经营主体画像产品交付市场监管部门使用。']);
  });
});

describe('a data use right licensed to a company the operator holds shares in', () => {
  // "乙方可以将……产品对应的数据使用权限，许可其参股的……公司在主城都市区范围内使用".
  it('fires with the consent exception too', () => {
    expectRaised('sub_authorization', [
      '经甲方书面同意，乙方可以将本协议项下客流数据的使用权限，许可其参股的数字科技公司在全市范围内使用。',
      '乙方可以将授权数据的调用权限许可其控股的数据公司使用。',
    ], { ruleset: 'chongqing' });
  });
  it('stays quiet on a product licensed to users, and on a bar', () => {
    expectQuiet('sub_authorization', [
      '乙方可以许可其签约客户使用客流分析报告。',
      '乙方不得将授权数据的使用权限许可其参股的公司使用。',
    ], { ruleset: 'chongqing' });
  });
});

describe('prices: who sets them, and what is no price at all', () => {
  it('fires on products priced by the operator on costs and the market, with a mere filing', () => {
    expectRaised('pricing', [
      '产业发展类产品由运营机构综合考虑开发成本、市场供求和同类产品价格合理确定，报实施机构备案后执行。',
      '行业应用类服务由乙方参考同类服务价格和市场供求确定，报甲方备案后执行。',
    ]);
  });
  it('stays quiet on prices approved by the price authority, and on an operator chosen by competitive negotiation', () => {
    expectQuiet('pricing', [
      '产业发展类产品由运营机构综合考虑开发成本合理测算，报市发展改革委核定后执行。',
      '乙方经市公共资源交易中心竞争性谈判确定为本场景运营机构。',
      '乙方通过竞争性磋商确定为运营机构，双方经平等协商订立本协议。',
    ]);
  });
  it('fires on public users charged a fee bounded by cost, not on a charge forbidden beyond the ceiling', () => {
    expectRaised('pricing', ['乙方可以向使用公益类产品的单位按照不高于成本的标准收取运行维护费用。'], { ruleset: 'national' });
    expectQuiet('pricing', [
      '乙方不得超出政府指导价上限向公益用户收费。',
      '乙方不得将数据产品以低于成本的价格倾销，或者以高于政府指导价上限的价格销售。',
    ], { ruleset: 'national' });
  });
  it('reads a charge negated by its manner list, or denied as a ground, as no charge', () => {
    expectQuiet('pricing', [
      '面向区县党政机关的防汛看板一律无偿提供，不以技术服务费、平台使用费等任何名义收取费用。',
      '市财政对公益性场景的运维给予补助，补助资金不作为运营机构向公益用户收费的依据。',
    ], { ruleset: 'chongqing' });
  });
  it('reads a body that coordinates, and a charge listed among what is checked, as charging nobody', () => {
    expectQuiet('pricing', [
      '专区资源不足时，由区大数据发展中心协调政务云扩容，费用按政务云服务标准结算。',
      '区数据局每半年对运营机构开展一次检查，重点检查数据使用范围、产品审核记录、收费执行和安全日志。',
    ], { ruleset: 'national' });
  });
  it('reads 行业服务类 as a market use under a heading that serves public bodies free', () => {
    const text = [
      '某区港口引航公共数据授权运营协议',
      '第一条 授权范围',
      '甲方授权乙方运营港口引航公共数据，授权期限为三年。',
      '第二条 公共服务类产品向政府部门无偿提供',
      '行业服务类产品实行政府指导价管理，乙方按照经营成本、准许利润和税金测算价格方案，报区发展和改革局核定后执行。',
    ].join('\n');
    expect(reviewDocument(docFromText(text), bundledRuleset('hebei'), 'agreement').flags.map((f) => f.id)).not.toContain('pricing');
  });
});

describe('words of a red line named as a thing checked, recorded, breached or befallen', () => {
  it('stays quiet on lists of what is inspected or reported, and on violations monitored', () => {
    expectQuiet('sub_authorization', [
      '市数据局每年对运营机构开展专项检查，重点检查收费执行情况、转授权禁止性要求落实情况和公平竞争承诺履行情况。',
      '省数据局对运营机构的转让、出租、质押授权等违规行为开展常态化监测，一经发现，依法收回授权。',
    ], { ruleset: 'chongqing', kind: 'plan' });
    expectQuiet('exclusivity', ['乙方应每半年向甲方书面报告一次独家合作、排他协议的排查情况。'], { ruleset: 'national' });
  });
  it('stays quiet on an incident and what must be done about it', () => {
    expectQuiet('raw_data_export', [
      '发生原始数据泄露或者疑似被批量导出的，运营机构应当立即切断相关访问通道，并在1小时内报告。',
      '出现授权数据被非法下载的安全事件的，乙方应当立即启动应急预案。',
    ]);
  });
  it('stays quiet on a definition written after a semicolon', () => {
    expectQuiet('raw_data_export', [
      '本协议所称“原始数据”，是指数源单位归集至公共数据平台、未经加工的逐条记录；所称“数据副本”，是指原始数据在任何介质上形成的全部或部分复制件。',
    ]);
  });
  it('reads "随……而" as the manner a negated move is not made in', () => {
    expectQuiet('sub_authorization', ['乙方实际控制人发生变更的，应当提前报告甲方，授权不随股权变更而转移。']);
  });
});

describe('re-development of delivered products', () => {
  it('stays quiet where a ban is followed by whom the re-development falls to', () => {
    expectQuiet('exclusivity', [
      '乙方向交通、港航部门交付数据产品后，不得参与该产品的再开发和再利用，相关二次开发由交付对象另行组织。',
      '乙方不得参与已交付产品的二次开发，二次开发由使用单位自行组织实施。',
    ], { ruleset: 'national' });
  });
  it('fires on the operator upgrading a list of what it delivered', () => {
    expectRaised('exclusivity', [
      '运营单位向各部门交付的看板、模型和系统，其后续功能完善、版本升级由运营单位承担。',
      '乙方交付给街道的预警看板和分析工具，其后续迭代升级由乙方负责。',
    ], { ruleset: 'wenzhou' });
  });
});

describe('a renewal by one more term of the grant', () => {
  it('fires on "自动延续一个授权期限" with nobody deciding', () => {
    expectRaised('term_over_3y', [
      '本协议授权期限为三年。期限届满前三个月内，双方均未书面提出终止的，本协议自动延续一个授权期限。',
      '运营期为三年，期满未提出异议的，自动顺延一个运营期限。',
    ]);
  });
  it('stays quiet where the next term is decided again', () => {
    expectQuiet('term_over_3y', ['本协议授权期限为三年。期满需要延续一个授权期限的，应当重新报市政府审批。']);
  });
});

describe('a branch the operator set up runs the operator’s own work', () => {
  it('stays quiet on the provincial operator’s branch centre taking on the operation', () => {
    expectQuiet('sub_authorization', ['本方案属分领域授权，由省级授权运营主体在新区设立的运营分中心承担运营工作。'], { ruleset: 'guizhou', kind: 'plan' });
  });
  it('fires on a partner taking on the operation’s work', () => {
    expectRaised('sub_authorization', ['由合作单位按分工承担算力数据的运营工作，并按约定比例分享运营收益。'], { ruleset: 'guizhou', kind: 'plan' });
  });
});

describe('items under unexpected headings', () => {
  const items = (text: string, ruleset: string, kind: 'plan' | 'agreement') =>
    Object.fromEntries(reviewDocument(docFromText(text), bundledRuleset(ruleset), kind).items.map((i) => [i.id, i.status]));
  it('finds dispute resolution said without 争议, under 其他', () => {
    const text = [
      '某县渔港公共数据授权运营协议',
      '一、授权范围',
      '甲方授权乙方运营渔港公共数据。',
      '二、其他',
      '本协议履行中发生分歧的，双方协商解决；协商不成的，依法向某县人民法院起诉。',
    ].join('\n');
    for (const rs of ['national', 'hebei', 'chongqing']) expect(items(text, rs, 'agreement')['agr.disputes'], rs).not.toBe('missing');
  });
  it('reads a background section as the necessity study, and a product’s suitability assessment as no supervision', () => {
    const text = [
      '某市温泉康养公共数据授权运营实施方案',
      '一、背景与目标',
      '温泉企业和医疗机构对客源预测、水质监测的数据服务需求迫切，据调研年需求规模约800万元。风险研判：涉及个人信息，须全过程管理。预计实施后可带动康养消费，成效明显。',
      '二、数据产品',
      '1.温泉选址和环境适宜性评估',
      '综合地热、水质和交通条件，对拟建项目开展适宜性评分，以评估报告形式提供。',
    ].join('\n');
    const got = items(text, 'hebei', 'plan');
    expect(got['plan.feasibility']).not.toBe('missing');
    expect(got['plan.supervision']).toBe('missing');
  });
});

describe('a reply letter and its category mark', () => {
  it('keeps a category line ("B类") out of the title and reads the reply as no plan', () => {
    const text = [
      '某市数据局',
      '某数函〔2027〕9号',
      'B类',
      '关于市政协十四届二次会议第0217号提案的答复',
      '张委员：',
      '您提出的《关于推进气象数据授权运营的建议》收悉。现答复如下：',
      '一、关于授权方式。我们拟按场景分别授权，方案审议通过后按规定报省数据局备案。',
    ].join('\n');
    const doc = docFromText(text);
    expect(doc.title).toBe('关于市政协十四届二次会议第0217号提案的答复');
    const r = reviewDocument(doc, bundledRuleset('hebei'), 'plan');
    expect(r.flags).toEqual([]);
    expect(r.unlike).toMatch(/看起来不像/);
  });
});

describe('later classes of the thirty-eighth set and the s28 banks', () => {
  it('reads a whole database handed over, records sent one by one, kept on a party’s side, or carried in results', () => {
    expectRaised('raw_data_export', [
      '实施机构可在授权启动阶段，将不动产登记库整库移交运营机构，由运营机构在其自有机房内完成治理。',
      '船舶AIS轨迹数据可按航次逐条推送至合作保险机构。',
      '允许医保结算明细数据在运营机构侧落地存储，运营机构应采取加密措施。',
      '结果数据可以包含以个人为单位的逐条记录，但身份证号码应当做掩码处理。',
      '运营机构每日可经安全网关向外传出不超过伍万条的入住原始记录。',
      '由数据提供单位以光盘拷贝方式向运营机构提供燃气用户、安检记录历史数据。',
    ], { ruleset: 'qinhuangdao' });
  });
  it('stays quiet on data opened to a partner inside the zone, and on consent obtained', () => {
    expectQuiet('raw_data_export', [
      '相应授权数据在专区内一并向承接单位开放使用，运营机构对承接单位的行为承担连带责任。',
      '苗圃登记信息中的经营者姓名、身份证号码在进入专区前进行去标识化处理，确需使用的，应当取得个人同意。',
    ]);
  });
  it('reads a floor on the term with no ceiling, a term in quarters, and a yearly roll nobody decides', () => {
    expectRaised('term_over_3y', [
      '授权运营期限原则上不少于三年，具体以实施机构书面通知终止之日为准。',
      '授权期限为十四个季度。',
      '本协议采取“1+1+1+1”年度滚动方式执行，每一履约年度考核合格的，自动进入下一履约年度，无需重新报批。',
      '本项目授权运营期限由建设期和运营期两部分组成，其中建设期十二个月，运营期三十六个月，两期连续计算。',
    ]);
    expectQuiet('term_over_3y', [
      '授权运营期限不少于两年、不超过三年。',
      '授权期限为十二个季度。',
      '本协议有效期一年，每一履约年度考核合格的，经甲方重新审批后进入下一履约年度。',
      '授权运营期限由建设期和运营期组成，建设期六个月，运营期三十个月。',
      '调研发现，省外部分城市将授权期限设定为五年至十年。本方案将授权期限确定为两年。',
    ]);
  });
  it('reads a second-tier grant over a list of parties, and a company the operator set up taking on the operation', () => {
    expectRaised('sub_authorization', [
      '运营机构可以在本方案确定的数据范围内，对洞头、乐清、瑞安、平阳等县域港航数据服务商进行二级授权。',
      '该服务由乙方与某文创发展有限公司共同出资设立的某文创数据运营有限公司具体承接运营。',
    ], { ruleset: 'chongqing' });
  });
  it('reads a public payer named after the charge as the public user charged', () => {
    expectRaised('pricing', ['住房保障资格核查服务按实际核查次数每次0.3元向使用单位收取技术服务成本费，由各街道、镇从社区工作经费中列支。'], { ruleset: 'chongqing' });
    expectQuiet('pricing', ['产业类产品按次向使用单位收取服务费，由使用企业按月结算。'], { ruleset: 'chongqing' });
  });
  it('reads the grantor reworking what it received as no re-development by the operator', () => {
    expectQuiet('exclusivity', ['乙方交付甲方的公共服务类产品，甲方有权自行或者委托他人进行升级改造。'], { ruleset: 'guizhou' });
  });
  it('takes a news headline reporting a launch as the title of a text about a plan', () => {
    const doc = docFromText(['某市农资质量追溯公共数据授权运营正式启动', '首批6款数据产品上线', '某日报讯（记者 王某）7月16日上午，某市农资质量追溯公共数据授权运营启动仪式举行。市数据局与某公司现场签订授权运营协议，协议签订后将报省数据局备案。'].join('\n'));
    expect(doc.title).toBe('某市农资质量追溯公共数据授权运营正式启动');
    expect(reviewDocument(doc, bundledRuleset('hebei'), 'plan').flags).toEqual([]);
  });
  it('finds an untitled article’s list mention of 评估 no evaluation, and its subject before a list no mention', () => {
    const items = (text: string) => Object.fromEntries(reviewDocument(docFromText(text), bundledRuleset('national'), 'agreement').items.map((i) => [i.id, i.status]));
    const got = items([
      '某县榨菜公共数据授权运营协议',
      '第一条',
      '授权范围为市场监管、农业农村、供销、气象四个领域共计二十个数据目录。',
      '第二条',
      '乙方交付的产品原则上以统计指标、指数、评估等级、核验结果和分析报告形式提供。',
    ].join('\n'));
    expect(got['agr.scope']).not.toBe('missing');
    expect(got['agr.evaluation']).toBe('missing');
  });
});
