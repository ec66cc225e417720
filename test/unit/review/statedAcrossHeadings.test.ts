import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';

/**
 * Evidence credited across headings (issue 10, class 4): a sentence that clearly states an item counts for it even
 * under another item's heading; a passing mention in a list does not. Texts written for the test.
 */
function status(lines: string[], id: string) {
  const r = reviewDocument(docFromText(['某市文旅领域公共数据授权运营实施方案', ...lines].join('\n'), 'p.txt'), bundledRuleset('hebei'), 'plan');
  const f = r.items.find((i) => i.id === id);
  if (!f) throw new Error(`no item ${id}`);
  return f;
}

describe('a sentence that states an item counts under another heading', () => {
  it('an organ named as the 实施机构 under 职责分工 or 组织领导', () => {
    for (const s of ['某市政务服务和数据管理局是本次授权运营的实施机构，负责统筹推进。', '某区行政审批局作为实施机构，牵头组织实施。', '实施机构为某市大数据中心，负责遴选运营机构。']) {
      const f = status(['一、组织领导', s, '二、运营机构选择条件', '运营机构应具备资金、管理、技术、服务和安全能力。'], 'plan.agency');
      expect(f.status, s).toBe('present');
      expect(f.evidence[0]?.excerpt, s).toContain('实施机构');
    }
  });
  it('a passing mention of the 实施机构 does not name one', () => {
    const f = status(['一、运营机构选择条件', '由实施机构通过公开招标确定运营机构，运营机构应具备资金、管理、技术、服务和安全能力。'], 'plan.agency');
    expect(f.status).not.toBe('present');
  });
  it('the mode named by its own words inside the selection clause', () => {
    const f = status(['一、运营机构选择条件', '运营机构应具备资金、管理、技术、服务和安全能力，由实施机构按照依场景授权、一场景一授权原则公开遴选。'], 'plan.mode');
    expect(f.status).toBe('present');
    const listed = status(['一、建设目标', '探索整体授权、数据开放、场景创新等多种路径。'], 'plan.mode');
    expect(listed.status).toBe('missing');
  });
  it('a paragraph under 保障措施 that says all of security counts; one word about it does not', () => {
    const full = status(['一、保障措施', '一是数据安全，运营机构落实数据安全主体责任。二是个人信息保护，个人信息在采集端脱敏。三是应急处置，制定应急预案并定期演练。'], 'plan.security');
    expect(full.status).toBe('present');
    const thin = status(['一、保障措施', '实施机构加强监督评估，运营机构加强数据安全管理。'], 'plan.security');
    expect(thin.status).toBe('missing');
  });
  it('a report that states the mode in passing narrative is still not a plan, and its sentences are not plan content', () => {
    const text = ['关于2026年上半年数据工作情况的报告', '一、工作进展', '按照依场景授权原则，完成一个场景的授权。某市数据局是本次授权运营的实施机构。', '二、下步打算', '继续做好数据归集工作。'].join('\n');
    const r = reviewDocument(docFromText(text, 'r.txt'), bundledRuleset('hebei'), 'plan');
    // The title says what it is (a 报告 about the work); what it states is not the plan's content.
    expect(r.warnings.join('')).toContain('看起来不像实施方案（标题为“关于2026年上半年数据工作情况的报告”）');
    expect(r.items.every((i) => i.status === 'missing')).toBe(true);
    expect(r.items.find((i) => i.id === 'plan.mode')?.explanation).toContain('不是实施方案本身');
    // Without a title, the stating sentences still do not make it look like a plan: its parts (工作进展, 下步打算) are a
    // report's, and nothing in it is counted as content.
    const untitled = reviewDocument(docFromText(text.split('\n').slice(1).join('\n'), 'r.txt'), bundledRuleset('hebei'), 'plan');
    expect(untitled.warnings.join('')).toContain('看起来不像实施方案');
    expect(untitled.items.every((i) => i.status === 'missing')).toBe(true);
  });
});
