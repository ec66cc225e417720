import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { documentGenre } from '../../../shared/review/genre';
import { readDocument } from '../../../shared/review/sections';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';

/**
 * A report of what was done — a work summary (总结), a 汇报, a 情况报告 — is not a plan, however many of a plan's words it
 * uses (实施方案, 可行性论证, 授权期限3年, 收益分配, 年度评估): its title says so ("…工作总结和…工作思路"), or its parts do
 * (what was done, what went wrong, what comes next). A plan that mentions summing up ("工作总结", "总结经验") stays a plan.
 */
const txt = (lines: string[]) => docFromText(lines.join('\n'), 'p.txt');
const plan = (lines: string[]) => reviewDocument(txt(lines), bundledRuleset('national'), 'plan');
const found = (r: ReturnType<typeof reviewDocument>) => r.items.filter((i) => i.status !== 'missing').map((i) => i.id);
const genre = (lines: string[]) => documentGenre(readDocument(txt(lines))).type;

const DONE = [
  '（一）授权运营试点稳步推进',
  '牵头起草《某县公共数据授权运营实施方案》，经县政府常务会议审议通过；组织专家完成可行性论证2次，通过公开招标确定运营机构1家，授权期限为3年。',
  '试点上线数据产品和服务8项，其中公共治理类3项、产业发展类5项，服务企业300余家。',
  '（二）数据安全保障不断加强',
  '开展数据安全检查2轮，整改问题17个；组织应急演练1次，未发生数据安全事件。',
];
const PROBLEMS = ['一是部分部门数据更新不及时；二是收益分配机制尚在探索，运营机构成本核算不够规范。'];
const NEXT = ['1.', '推进授权运营扩面，新增交通出行授权场景，严格落实“一场景一授权”。', '2.', '开展年度运营评估，评估结果作为续约依据。'];
const INTRO = '2027年，县数据资源局围绕数据要素市场化配置改革，统筹推进公共数据开发利用，各项工作取得积极成效。';

describe('a report of what was done is warned as not a plan, nothing found in it', () => {
  it('titled as a summary joined to next year’s intentions', () => {
    for (const title of ['某县数据资源局2027年工作总结和2028年工作思路', '某县数据资源局2027年工作汇报暨2028年工作打算', '某县公共数据授权运营工作情况报告及下一步工作计划']) {
      const r = plan([title, `${INTRO}现将有关情况总结如下。`, '一、主要工作成效', ...DONE, '二、存在的问题', ...PROBLEMS, '三、下一步工作安排', ...NEXT, '某县数据资源局', '2028年1月6日']);
      expect(r.warnings.join(), title).toContain('看起来不像');
      expect(found(r), title).toEqual([]);
    }
  });
  it('titled by no type, told by its parts: what was done, what went wrong, what comes next', () => {
    const parts = [['一、工作开展情况', '二、存在的问题'], ['一、主要工作进展', '二、2028年工作打算'], ['一、存在的主要问题', '二、下一步工作思路']];
    for (const [a, b] of parts) expect(genre(['某县公共数据授权运营工作', INTRO, a, ...DONE, b, ...NEXT]), `${a} ${b}`).toBe('other');
  });
});

describe('near misses: a plan that speaks of summing up stays a plan', () => {
  const PLAN = ['某县交通出行公共数据授权运营实施方案', '为推进交通出行公共数据有序开发利用，认真总结经验，依据有关规定，结合本县实际，制定本方案。',
    '一、授权运营名称', '某县交通出行公共数据授权运营。', '二、必要性和可行性', '（一）存在问题', '交通出行数据分散在多个部门，更新不及时，社会化利用不足。',
    '（二）可行性', '前期试点已形成工作总结，具备开展授权运营的数据基础和技术条件。', '三、运营安排', '运营机构应当每年向实施机构提交年度工作总结和下一年度工作计划。',
    '四、监督管理', '实施机构每年组织运营评估，及时总结经验，评估结果作为续约依据。'];
  it('words of summing up and a 存在问题 under its necessity', () => {
    // (a plan this short may be warned for the few items it has, never for its genre)
    expect(plan(PLAN).warnings.join()).not.toMatch(/看起来不像实施方案（/);
    expect(genre(PLAN)).toBe('plan');
  });
  it('a plan about summing up and spreading experience ends in its own type', () => {
    expect(genre(['某县公共数据授权运营试点经验总结和推广工作方案', ...PLAN.slice(1)])).toBe('plan');
  });
  it('untitled, one report-like part among the plan’s own', () => {
    expect(genre(['某县公共数据授权运营', PLAN[1], '一、总体要求', '坚持安全可控，一场景一授权。', '二、主要任务', '建设运营平台。', '三、2028年工作安排', '完成平台验收。'])).not.toBe('other');
  });
  it('an agreement’s 成效评价 section is no report of results', () => {
    expect(genre(['某县公共数据授权运营', '第一条 授权内容', '甲方授权乙方运营交通出行数据。', '第九条 成效评价、续约和退出', '甲方每年对乙方运营成效进行评价。', '第十条 存在争议的处理', '协商解决。'])).not.toBe('other');
  });
});
