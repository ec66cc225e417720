import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { documentGenre } from '../../../shared/review/genre';
import { readDocument } from '../../../shared/review/sections';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';

/**
 * A 工作要点, a 任务清单 or a 任务分工 lists tasks and who does them; it is not a plan even when it is about public data
 * alone and names authorised operation in every part (编制实施方案, 运营机构选择, 协议备案, 政府指导价). Its type says so,
 * in its title or in the sentence that issues it. Such a text gets the not-a-plan warning, every item missing and no
 * red line: a filing rule it mentions as a task ("协议签订后按规定时限报…备案") is nobody's clause. A plan with a 重点任务
 * part and a 任务分工 table stays a plan.
 */
const txt = (lines: string[]) => docFromText(lines.join('\n'), 'p.txt');
const review = (lines: string[], rs = 'hebei', kind: 'plan' | 'agreement' = 'plan') => reviewDocument(txt(lines), bundledRuleset(rs), kind);
const genre = (lines: string[]) => documentGenre(readDocument(txt(lines)));
const notPlan = (r: ReturnType<typeof review>) => r.warnings.some((w) => w.includes('看起来不像'));

/** Tasks on public data only: every part speaks of authorised operation, so the share of parts does not tell. */
const TASKS = [
  '一、夯实授权运营数据基础',
  '1．组织各部门更新拟授权运营的公共数据资源目录，年底前目录挂接率达到95%以上。',
  '2．6月底前完成第一批授权运营数据资源登记。',
  '二、规范授权运营管理',
  '3．指导市交通局、市医保局围绕出行服务、商保快赔等场景开展需求论证，成熟一个编制一个实施方案。',
  '4．研究制定授权运营协议示范文本，明确授权期限、产品清单和退出条件，协议签订后按规定时限报省级数据主管部门备案。',
  '5．配合市发展改革委开展运营服务费政府指导价测算。',
  '三、培育授权运营产品',
  '6．支持运营机构通过数据交易场所挂牌数据产品，全年新增产品不少于20个。',
  '四、强化授权运营安全',
  '7．授权运营平台实行全流程日志审计，年内组织一次授权运营数据安全应急演练。',
  '五、工作要求',
  '各单位每季度末将授权运营工作进展报送市数据局。',
];

describe('a work programme on operation alone is not a plan', () => {
  it('by the type its title names: 工作要点, 重点任务清单, 任务分工方案, 任务分工表', () => {
    for (const title of [
      '某市2027年公共数据授权运营工作要点',
      '某县2027年公共数据资源开发利用重点任务清单',
      '《某市公共数据授权运营实施方案》重点任务分工方案',
      '某区公共数据授权运营工作任务分工表',
    ]) {
      for (const rs of ['hebei', 'chongqing']) {
        const r = review([title, '为做好今年公共数据授权运营工作，制定如下要点。', ...TASKS], rs);
        expect(notPlan(r), `${title} ${rs}`).toBe(true);
        expect(r.items.every((i) => i.status === 'missing'), title).toBe(true);
        // "协议签订后按规定时限报…备案" is a task here, not a clause: no filing_deadline, no other red line.
        expect(r.flags.map((f) => f.id), title).toEqual([]);
      }
    }
  });

  it('reviewed as an agreement too', () => {
    const r = review(['某市2027年公共数据授权运营工作要点', ...TASKS], 'hebei', 'agreement');
    expect(notPlan(r)).toBe(true);
    expect(r.flags).toEqual([]);
  });

  it('by the sentence that issues it when no title was found', () => {
    const g = genre([
      '各县（市、区）数据局，市直有关部门：',
      '为加快推进我市公共数据授权运营，现将2027年工作要点印发给你们，请结合实际认真抓好落实。',
      ...TASKS,
    ]);
    expect(g.type).toBe('other');
    expect(g.why).toContain('2027年工作要点');
  });
});

describe('near misses: plans stay plans', () => {
  const PLAN = [
    '某市交通出行领域公共数据授权运营实施方案',
    '为推进交通出行公共数据有序开发利用，制定本方案。',
    '一、授权运营名称',
    '本次授权运营事项名称为某市交通出行公共数据授权运营。',
    '二、运营机构选择条件',
    '运营机构应具备资金、管理、技术、服务和安全能力，通过公开招标方式选择。',
    '三、授权数据范围',
    '纳入授权运营的数据包括公交刷卡、停车泊位数据，每日更新。',
    '四、重点任务',
    '（一）建设运营平台。（二）开发出行服务产品。',
    '五、任务分工',
    '| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |',
    '| --- | --- | --- | --- | --- |',
    '| 1 | 运营平台建设 | 市交通局 | 市数据局 | 2027年6月 |',
    '六、授权期限',
    '授权期限为三年，协议签订后10个工作日内报省级数据主管部门备案。',
  ];
  it('a plan with a 重点任务 part and a 任务分工 table', () => {
    const g = genre(PLAN);
    expect(g.type).not.toBe('other');
    expect(notPlan(review(PLAN))).toBe(false);
  });

  it('a plan that carries out a 工作要点, issued by a notice naming the plan', () => {
    const lines = [
      '各区县人民政府：',
      '现将《某市交通出行领域公共数据授权运营实施方案》印发给你们，请认真贯彻落实。',
      ...PLAN.slice(1).map((l) => (l.startsWith('为推进') ? '按照《某市2027年数据工作要点》部署，制定本方案。' : l)),
    ];
    expect(genre(lines).type).not.toBe('other');
    expect(genre(PLAN.map((l, i) => (i === 1 ? '按照《某市2027年公共数据授权运营工作要点》任务分工，制定本方案。' : l))).type).not.toBe('other');
  });

  it('an agreement that names the task list it follows', () => {
    const agreement = [
      '某场景公共数据授权运营协议',
      '根据《某市2027年公共数据授权运营重点任务清单》，甲乙双方订立本协议。',
      '第一条 授权范围。甲方授权乙方在本场景内运营，数据资源范围及目录见附件。',
      '第二条 运营期限。本协议运营期限为三年。',
      '第三条 终止。协议终止的，乙方以不可逆方式销毁原始数据及其副本。',
      '第四条 备案。本协议签订后5个工作日内报数据管理部门备案。',
      '第五条 乙方应当按照甲方要求报送运营情况，乙方不得将授权转授他人。',
    ];
    expect(genre(agreement).type).toBe('agreement');
  });
});
