import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';

/**
 * The item, title and genre failure classes of the ninth held-out set (issue 10), each on text written for the test,
 * with near-miss negatives: a registry number beside the title; a title printed letter-spaced over two lines (PDF,
 * OCR); a notice of its own (not the notice around a plan); a contract of another kind (procurement) titled 合同.
 */
const txt = (lines: string[]) => docFromText(lines.join('\n'), 'p.txt');

const PARTIES = ['甲方：某市数据和政务服务局', '乙方：某市数据科技有限公司'];
const CLAUSES = ['第一条 授权范围', '甲方授权乙方在交通出行场景开展公共数据运营，数据资源目录见附件。', '第二条 授权期限', '本协议授权期限为三年。'];
const PROSE = '为推进公共数据有序开发利用，依据有关规定，结合本地实际，制定本方案。';
const PLAN = ['一、项目名称和实施机构', '项目名称为某领域公共数据授权运营，市数据局为实施机构。', '二、运营机构选择条件', '运营机构应具备资金、管理、技术、服务和安全能力。'];

describe('a registry number is never part of the title', () => {
  it('a number on its own line above the title, bare or labelled, is left out', () => {
    const cases: [string, string][] = [
      ['ZJK-SQ—2027—12', '张家口市文化旅游公共数据授权运营协议'],
      ['协议编号：QHD-SJ-2027-004', '秦皇岛市港口物流公共数据授权运营协议'],
      ['项目编号：CQS27B00105　合同编号：YC-2027-HT-01', '永川区公共数据授权运营协议'],
      ['No.HS2027-031', '衡水市医疗健康公共数据授权运营协议书'],
    ];
    for (const [number, title] of cases) {
      const doc = txt([number, title, ...PARTIES, ...CLAUSES]);
      expect(doc.title, number).toBe(title);
    }
  });

  it('a number run into the title’s own line, before or after it, is stripped', () => {
    expect(txt(['ZJK-SQ-2027-12 张家口市文化旅游公共数据授权运营协议', ...PARTIES, ...CLAUSES]).title).toBe('张家口市文化旅游公共数据授权运营协议');
    expect(txt(['合同编号：DZ-RQ-2027-003 定州市供水公共数据授权运营协议', ...PARTIES, ...CLAUSES]).title).toBe('定州市供水公共数据授权运营协议');
    expect(txt(['承德市气象公共数据授权运营协议 编号：CDSJ-2027-08', ...PARTIES, ...CLAUSES]).title).toBe('承德市气象公共数据授权运营协议');
  });

  it('near misses: a title that really holds digits keeps them; a number further down stays in the body', () => {
    for (const title of ['某区2026年公共数据授权运营实施方案', '某市5G网络公共数据授权运营实施方案', '某市“数据要素×”2026—2028年公共数据授权运营实施方案']) {
      expect(txt([title, PROSE, ...PLAN]).title, title).toBe(title);
    }
    const doc = txt(['某市交通运输公共数据授权运营协议', '协议编号：MS-2027-004', ...PARTIES, ...CLAUSES]);
    expect(doc.title).toBe('某市交通运输公共数据授权运营协议');
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('MS-2027-004'))).toBe(true);
  });
});

describe('a title printed letter-spaced over two lines is one title', () => {
  it('the type word spaced out on its own line joins the line above', () => {
    const cases: [string[], string][] = [
      [['承德市旅游交通公共数据授权运营', '实 施 方 案', '承德市数据和政务服务局', '2026 年 4 月'], '承德市旅游交通公共数据授权运营实施方案'],
      [['某县智慧农业领域公共数据授权运营', '实　施　方　案', '（征求意见稿）'], '某县智慧农业领域公共数据授权运营实施方案'],
      [['某市城市燃气公共数据', '授 权 运 营 协 议', ...PARTIES], '某市城市燃气公共数据授权运营协议'],
    ];
    for (const [head, title] of cases) {
      const body = title.endsWith('协议') ? CLAUSES : [PROSE, ...PLAN];
      expect(txt([...head, ...body]).title, head.join('/')).toBe(title);
    }
  });

  it('a whole title spaced out on one line reads as its words', () => {
    expect(txt(['某 市 医 疗 健 康 公 共 数 据 授 权 运 营 实 施 方 案', PROSE, ...PLAN]).title).toBe('某市医疗健康公共数据授权运营实施方案');
  });

  it('near miss: a spaced line that names no document (目 录) does not become the title', () => {
    expect(txt(['某市医疗健康公共数据授权运营实施方案', '目 录', PROSE, ...PLAN]).title).toBe('某市医疗健康公共数据授权运营实施方案');
  });
});

describe('a notice of its own is a text about authorised operation, not a plan', () => {
  const page = (headline: string) => [
    '某州人民政府',
    '当前位置：首页 > 政务公开 > 通知公告',
    headline,
    '信息来源：州大数据局　　发布时间：2026-02-01 09:00',
    '信息分类： 通知公告',
    '各县（市）人民政府，州直各部门：',
    '为加快公共数据资源开发利用，州大数据局决定面向社会公开征集公共数据授权运营应用场景需求。有关事项公告如下：',
    '一、征集范围',
    '围绕文化旅游、普惠金融、医疗健康等领域，征集需要使用公共数据的应用场景，场景应当需求明确。',
    '二、申报主体',
    '在本州依法登记注册的企事业单位均可申报，同一申报主体申报场景不超过3个。',
    '三、数据安全要求',
    '申报主体应当具备数据安全保护能力，落实数据安全管理制度和应急处置措施。',
    '四、监督管理',
    '州大数据局对申报材料进行审核，并对场景实施情况开展监督管理。',
  ];
  it('its headline is the title, and the review warns and finds nothing and raises no red line', () => {
    for (const headline of ['某州大数据局关于征集公共数据授权运营应用场景需求的公告', '某市数据局关于开展公共数据授权运营场景揭榜挂帅的通告', '关于征集公共数据应用场景需求的公告']) {
      const doc = txt(page(headline));
      expect(doc.title, headline).toBe(headline);
      const r = reviewDocument(doc, bundledRuleset('guizhou'), 'plan');
      expect(r.warnings.join(), headline).toContain('看起来不像');
      expect(r.items.filter((i) => i.status !== 'missing').map((i) => i.id), headline).toEqual([]);
      expect(r.flags, headline).toEqual([]);
    }
  });

  it('near miss: the notice around a plan (征求意见, or naming the plan) is wrapper, and the plan’s title is found', () => {
    for (const headline of ['某市数据局关于某市医疗健康公共数据授权运营实施方案公开征求意见的公告', '某市数据局关于公开征求意见的公告']) {
      const doc = txt(['某市人民政府', headline, '征集时间：2026年2月1日—2月15日', '联系电话：0000-1234567', '某市医疗健康公共数据授权运营实施方案', PROSE, ...PLAN]);
      expect(doc.title, headline).toBe('某市医疗健康公共数据授权运营实施方案');
    }
  });
});

describe('a contract of another kind (procurement) is not the agreement, and no red line is judged on it', () => {
  const contract = (title: string, buyer: string, seller: string) => [
    title,
    '项目编号：CQS27A00088',
    `${buyer}重庆市某区大数据应用发展管理局`,
    `${seller}某某云数科技有限公司`,
    '根据公开招标结果，双方就公共数据授权运营平台建设事宜订立本合同。',
    '一、项目内容',
    '乙方负责公共数据授权运营平台的设计、开发、部署和运维，包括数据开发沙箱、产品审核与交付门户。',
    '二、合同价款',
    '合同总价为人民币叁佰万元整，为固定总价。',
    '三、运维期',
    '平台终验合格之日起提供五年免费运维服务。',
    '四、知识产权与数据',
    '本项目形成的软件著作权归甲方所有。乙方可将非主体工作分包。乙方不得复制、留存、对外提供平台中的任何数据。',
    '五、违约责任',
    '乙方逾期交付的，每逾期一日按合同总价的0.5‰支付违约金。',
    '六、争议解决',
    '因本合同引起的争议，向甲方所在地人民法院提起诉讼。',
    '七、其他',
    '本合同一式六份，区财政局政府采购监管部门备案一份。',
  ];
  it('titled 项目合同, or with 采购人/供应商 as parties: warned, nothing found, no red line', () => {
    const cases: [string, string, string][] = [
      ['某区公共数据授权运营平台（二期）建设项目合同', '采购人（甲方）：', '供应商（乙方）：'],
      ['某区公共数据授权运营平台运维服务项目合同', '甲方：', '乙方：'],
      ['某区公共数据授权运营平台技术服务合同', '采购人：', '中标供应商：'],
    ];
    for (const [title, buyer, seller] of cases) {
      const r = reviewDocument(txt(contract(title, buyer, seller)), bundledRuleset('chongqing'), 'agreement');
      expect(r.warnings.join(), title).toContain('看起来不像');
      expect(r.items.filter((i) => i.status !== 'missing').map((i) => i.id), title).toEqual([]);
      expect(r.flags.map((f) => f.id), title).toEqual([]);
    }
  });

  it('near miss: an authorised-operation agreement that buys equipment in a clause is still judged as one', () => {
    const text = [
      '某区交通出行公共数据授权运营协议',
      '甲方：某区大数据应用发展管理局',
      '乙方：某某数据运营有限公司',
      '第一条 授权范围',
      '甲方授权乙方在交通出行场景开展公共数据授权运营，数据资源目录见附件。',
      '第二条 授权期限',
      '本协议授权运营期限为五年。',
      '第三条 资产',
      '乙方采购的软硬件设备归乙方所有，政府采购的平台设施归甲方所有。',
    ];
    const r = reviewDocument(txt(text), bundledRuleset('chongqing'), 'agreement');
    expect(r.warnings.join()).not.toContain('采购');
    expect(r.flags.map((f) => f.id)).toContain('term_over_3y');
  });
});

const item = (lines: string[], id: string, ruleset = 'hebei') => reviewDocument(txt(lines), bundledRuleset(ruleset), 'plan').items.find((i) => i.id === id)!;
const HEAD = ['某市文化旅游公共数据授权运营实施方案', PROSE];

describe('content under a heading drafters word their own way', () => {
  it('the operator under another name in a heading (运营单位, 运营企业, 运营服务商) heads the selection conditions', () => {
    // Not every aspect is there (no word on technology): the heading, not a full paragraph, makes the section.
    for (const heading of ['三、运营单位条件', '三、运营企业条件', '三、运营服务商条件']) {
      const f = item([...HEAD, heading, '1.注册资本不少于2000万元；2.有数据安全管理制度和专职安全人员；3.能提供本地化服务。'], 'plan.selection');
      expect(f.status, heading).not.toBe('missing');
    }
  });
  it('near miss: such a heading over nothing the item asks for is still missing', () => {
    expect(item([...HEAD, '三、运营单位条件', '具体办法另行制定。'], 'plan.selection').status).toBe('missing');
  });

  it('a subsection of its own name under 保障措施 holds what it says (核算 and 分配 under 资金保障)', () => {
    for (const sub of ['（三）资金保障', '（二）经费保障', '（四）财务管理']) {
      const text = [
        ...HEAD,
        '八、保障措施',
        '（一）加强组织领导',
        '实施机构建立工作专班，统筹推进授权运营工作。',
        sub,
        '运营机构应当单独设立本项目台账，对经营成本、服务收入分别核算。项目收益扣除成本和合理利润后，按3:7比例在实施机构和运营机构之间分配。',
      ];
      expect(item(text, 'plan.accounting').status, sub).not.toBe('missing');
    }
  });
  it('near miss: a 资金保障 subsection about funding only does not make the accounting', () => {
    const text = [...HEAD, '八、保障措施', '（一）加强组织领导', '实施机构建立工作专班。', '（三）资金保障', '区财政安排专项经费支持平台建设，列入年度预算。'];
    expect(item(text, 'plan.accounting').status).toBe('missing');
  });

  it('a heading that makes the parties its subject (各方干什么) heads their rights and duties', () => {
    for (const heading of ['七、各方干什么', '七、参与各方分工', '七、各方怎么配合']) {
      const text = [...HEAD, heading, '（一）', '市数据局负责统筹协调，组织运营机构遴选，签订授权运营协议。', '（二）', '数据提供部门负责按目录提供数据，有权查询数据使用情况。', '（三）', '运营机构负责产品开发和市场推广，依法取得合理收益。'];
      expect(item(text, 'plan.rights').status, heading).not.toBe('missing');
    }
  });
  it('near miss: "各方面" in a heading names no party', () => {
    expect(item([...HEAD, '七、强化各方面保障', '加强宣传引导，营造良好氛围。'], 'plan.rights').status).toBe('missing');
  });
});

describe('a wiki page or a plain copy: footnotes, 与/及 in headings, conditions set out under a colon', () => {
  const intro = (extra: string[]) => [
    '某市医疗健康公共数据授权运营实施方案',
    '1.概述 [编辑]',
    '项目名称：某市医疗健康公共数据授权运营项目。',
    '为什么做：全市每年产生门急诊记录约900万条，保险公司理赔核验慢，社会需求迫切；经测算市场规模约1800万元/年，预期可将理赔周期缩短一半，风险可控。',
    ...extra,
  ];
  it('a footnote (↑, ^) citing an expert opinion heads nothing: the feasibility is read where it is', () => {
    for (const note of ['1.↑ [[会议纪要/2026-01-28 专题会]]：专家论证意见', '1.^ 专家论证意见（2026年1月）', '2.↑ 《可行性论证报告》']) {
      // The page's footer follows the last footnote and falls under it.
      const f = item(intro(['9.参考资料 [编辑]', note, '---', '分类：[[分类:授权运营]] | [[分类:医疗健康]]', '此页面已被浏览 318 次。']), 'plan.feasibility', 'guizhou');
      expect(f.status, note).not.toBe('missing');
    }
  });
  it('near miss: a footnote alone, with nothing on feasibility in the text, does not make it', () => {
    const text = ['某市医疗健康公共数据授权运营实施方案', '1.概述 [编辑]', '项目名称：某市医疗健康公共数据授权运营项目。', '9.参考资料 [编辑]', '1.↑ 专家论证意见'];
    expect(item(text, 'plan.feasibility', 'guizhou').status).toBe('missing');
  });

  const products = (heading: string, rows: string[]) => [
    ...HEAD,
    heading,
    '首批计划上线的产品：',
    ['产品\t面向对象\t形式\t价格', ...rows].join('\n'),
  ];
  const review = (lines: string[]) => reviewDocument(docFromText(lines.join('\n').replace(/\t/g, ' | '), 'p.md'), bundledRuleset('guizhou'), 'plan');
  it('a heading 产品与服务 / 产品及服务 is the product list: found, and a list of one category raises the red line', () => {
    for (const heading of ['5.产品与服务', '五、产品及服务', '（五）数据产品与服务']) {
      const r = review(products(heading, ['健康险理赔核验服务\t保险公司\tAPI\t执行政府指导价', '区域疾病谱分析报告\t药企\t报告\t执行政府指导价']));
      expect(r.items.find((i) => i.id === 'plan.products')!.status, heading).not.toBe('missing');
      expect(r.flags.map((f) => f.id), heading).toContain('product_categories');
    }
  });
  it('near miss: the same heading over both categories raises no red line', () => {
    const r = review(products('5.产品与服务', ['基层医疗资源配置分析\t卫生健康部门（公共治理）\t报告\t免费', '健康险理赔核验服务\t保险公司（产业发展）\tAPI\t执行政府指导价']));
    expect(r.flags.map((f) => f.id)).not.toContain('product_categories');
  });

  it('a line that ends in a colon and says what the operator must meet is the selection conditions, with its list', () => {
    for (const lead of ['运营机构由市数据局通过公开招标确定，投标人需满足：', '申请单位应当具备：', '参选单位须同时符合下列条件：']) {
      const text = [...HEAD, '2.运营机构', lead, '注册资本不少于3000万元，具有健全的财务制度；', '设立数据合规部门，配备专职数据安全负责人；', '有三个以上医疗健康数据服务项目业绩。'];
      expect(item(text, 'plan.selection', 'guizhou').status, lead).not.toBe('missing');
    }
  });
  it('near miss: a colon line of the operator’s duties, or of what a data user must meet, is not the conditions', () => {
    for (const lead of ['运营机构应当遵守以下规定：', '数据使用方需满足：']) {
      const text = [...HEAD, '2.运营要求', lead, '在专区内开展开发；', '不得转售数据产品；', '每年报送运营情况。'];
      expect(item(text, 'plan.selection', 'guizhou').status, lead).toBe('missing');
    }
  });
});

describe('a heading that names a matter only in passing is not its section', () => {
  it('a product list the page broke into a heading names products, not supervision', () => {
    for (const line of ['（二）产业发展类:货车运力画像、物流企业经营评估、车险定价因子、', '（二）产业发展类：企业信用评价、园区监管看板、招商评估报告', '（三）行业发展类产品包括运力评估、', '（一）公共治理类:交通监管分析、应急评估报告，']) {
      const text = [...HEAD, '七、产品和服务清单', '（一）公共治理类：交通运行监测报告，供交通部门使用。', line, '以API接口、数据报告等形式提供，价格执行政府指导价。'];
      expect(item(text, 'plan.supervision').status, line).toBe('missing');
    }
  });
  it('near miss: a heading that is a title of its own (（二）监督评估) still heads supervision', () => {
    const text = [...HEAD, '九、保障', '（二）监督评估', '实施机构对运营机构开展日常监督，每年开展一次评估，结果作为续约依据。'];
    expect(item(text, 'plan.supervision').status).not.toBe('missing');
  });

  it('a heading that forbids something (不得导出…平台) is about the prohibition, not the platform', () => {
    for (const heading of ['第十一条 原始数据不得导出某市公共数据授权运营平台', '第十一条 禁止将数据带离运营平台', '第十一条 乙方人员不得在技术支撑平台外处理数据']) {
      const text = ['某市文旅公共数据授权运营协议', '甲方：某市数据局', '乙方：某数据公司', heading, '乙方加工数据形成的产品出域须经甲方审核，不得使用可逆模型还原原始数据。'];
      const f = reviewDocument(txt(text), bundledRuleset('hebei'), 'agreement').items.find((i) => i.id === 'agr.platform')!;
      expect(f.status, heading).toBe('missing');
    }
  });
  it('near miss: a heading that names the platform as its matter (技术支撑平台) heads it', () => {
    const text = ['某市文旅公共数据授权运营协议', '甲方：某市数据局', '乙方：某数据公司', '第十一条 技术支撑平台', '甲方负责建设运维运营平台，乙方在平台内开展数据加工。'];
    const f = reviewDocument(txt(text), bundledRuleset('hebei'), 'agreement').items.find((i) => i.id === 'agr.platform')!;
    expect(f.status).not.toBe('missing');
  });
});
