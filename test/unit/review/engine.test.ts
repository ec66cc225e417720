import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { readDocument } from '../../../shared/review/sections';
import { bundledRuleset, corpus, docFromText, readCorpusDoc } from '../../helpers/reviewCorpus';
import { toSimplifiedConverter } from '../../../main/docs/chinese';

const hebei = bundledRuleset('hebei');

/** A small Hebei agreement with one clause swapped in, so each red line is tested on its own. */
function agreement(extra: string, opts: { term?: string } = {}) {
  const text = [
    '测试授权运营协议',
    '第一条 授权范围。甲方在停车场景下授权乙方运营，数据资源范围及目录见附件。',
    `第二条 运营期限。${opts.term ?? '本协议运营期限为三年。'}`,
    '第三条 终止。协议终止的，乙方以不可逆方式销毁原始数据及其副本，日志留存不少于6个月。',
    '第四条 备案。本协议签订后10个工作日内报省数据管理部门备案。',
    `第五条 其他。${extra}`,
  ].join('\n');
  return reviewDocument(docFromText(text, 't.txt'), hebei, 'agreement');
}
const fired = (r: ReturnType<typeof agreement>) => r.flags.map((f) => f.id);

describe('the labelled corpus', () => {
  const docs = corpus();
  it('has at least 8 documents, plans and agreements', () => {
    expect(docs.length).toBeGreaterThanOrEqual(8);
    expect(new Set(docs.map((d) => d.kind))).toEqual(new Set(['plan', 'agreement']));
  });
  // Held-out documents are reported by `npm run bench -- review`, never tuned on, so not asserted here.
  // A seen document with a `knownFailure` is asserted as failing (it.fails): fixing the engine makes it pass, and then
  // the label's `knownFailure` must go.
  for (const d of docs.filter((x) => !x.heldOut)) {
    (d.knownFailure ? it.fails : it)(`${d.name}: every labelled red line fires, nothing else; missing items as labelled`, async () => {
      // Read as the app reads it (main/services/review/running.ts): traditional characters matched as simplified.
      const r = reviewDocument(await readCorpusDoc(d.file), bundledRuleset(d.ruleset), d.kind, { toSimplified: await toSimplifiedConverter() });
      expect(r.flags.map((f) => f.id).sort()).toEqual([...d.flags].sort());
      const missing = r.items.filter((i) => i.status === 'missing').map((i) => i.id);
      const wrong = missing.filter((x) => !d.missing.includes(x)).length + d.missing.filter((x) => !missing.includes(x)).length;
      expect(wrong, `missing ${missing.join(',')}`).toBeLessThanOrEqual(1);
      expect(r.warnings.some((w) => w.includes('看起来不像'))).toBe(!!d.notAPlan);
      for (const f of r.flags) {
        expect(f.basis.length).toBeGreaterThan(0);
        if (!/未找到|未约定/.test(f.message)) expect(f.evidence.length).toBeGreaterThan(0);
      }
      for (const i of r.items.filter((x) => x.status !== 'missing')) expect(i.evidence[0].location).toBeTruthy();
    });
  }
});

describe('structure, not keywords', () => {
  it('"产品和服务清单必须报批" is not a product list', () => {
    const doc = docFromText('某实施方案\n一、总则\n产品和服务清单必须报批后方可对外提供。\n二、其他事项\n无。', 'p.txt');
    const item = reviewDocument(doc, hebei, 'plan').items.find((i) => i.id === 'plan.products')!;
    expect(item.status).toBe('missing');
    expect(item.lookedFor).toContain('产品和服务清单');
  });
  it('a product section covering both categories is present, with the heading and paragraph as evidence', () => {
    const doc = docFromText('某实施方案\n八、产品和服务清单\n（一）公共治理类：监测报告。\n（二）产业发展类：数据集，以API接口形式提供。', 'p.txt');
    const item = reviewDocument(doc, hebei, 'plan').items.find((i) => i.id === 'plan.products')!;
    expect(item.status).toBe('present');
    expect(item.evidence[0]).toMatchObject({ location: '章节标题', excerpt: '八、产品和服务清单' });
  });
  it('an untitled article is named by its first sentence', () => {
    const doc = docFromText('某实施方案\n第三条\n本方案由县数据局组织实施，县数据局为实施机构。\n第四条\n其他事项按有关规定执行。');
    const items = reviewDocument(doc, hebei, 'plan').items;
    expect(items.find((i) => i.id === 'plan.agency')!.status).toBe('present');
    expect(items.find((i) => i.id === 'plan.other')!.status).toBe('present');
  });
  it('an empty document still gives a report, all missing, and says it does not look like a plan', () => {
    const r = reviewDocument(docFromText('', 'empty.txt'), hebei, 'plan');
    expect(r.items).toHaveLength(13);
    expect(r.items.every((i) => i.status === 'missing')).toBe(true);
    expect(r.warnings.join()).toContain('不是实施方案');
  });
});

describe('red lines: each with positive and negative examples', () => {
  it('term over 3 years: 五年, 伍年, 48个月, a five-year date range fire; 三年, 36个月, 不超过3年, 期满前3个月内 do not', () => {
    for (const t of ['本协议运营期限为 5 年。', '运营期限为伍年。', '运营期限为48个月。', '授权期自2025年1月1日至2029年12月31日止。', '期限为三年半。']) {
      expect(fired(agreement('', { term: t })), t).toContain('term_over_3y');
    }
    for (const t of ['本协议运营期限为三年。', '运营期限为36个月。', '期限原则上不超过3年。', '期限自2025年1月1日至2027年12月31日。', '期限为叁年，期满前3个月内申请续签。']) {
      expect(fired(agreement('', { term: t })), t).not.toContain('term_over_3y');
    }
  });
  it('term over 3 years counts an automatic extension with the initial term, not a renewal that needs a new agreement', () => {
    for (const t of ['首轮运营期二年，到期后考核达标的自动延长一年半，不再另行签订协议。', '运营期限为三年。期满未提出异议的，自动续期一年。']) {
      expect(fired(agreement('', { term: t })), t).toContain('term_over_3y');
    }
    for (const t of ['首轮运营期二年，到期后考核达标的自动延长一年。', '运营期限为三年，期满需继续运营的，应重新申请，经批准后可延长两年。', '运营期限为三年，期满后可协商延长一年，另行签订协议。']) {
      expect(fired(agreement('', { term: t })), t).not.toContain('term_over_3y');
    }
  });
  it('a 第N部分 heading is not read as a clause: "第二部分 授权…" does not make "分授权"', () => {
    const text = ['测试运营协议', '第一部分　授权范围', '1. 甲方在停车场景下授权乙方运营，数据目录见附件。', '第二部分　授权期限', '本协议期限为三年。', '第三部分　终止', '协议终止的，乙方销毁原始数据，日志留存不少于6个月。'].join('\n');
    const r = reviewDocument(docFromText(text, 't.txt'), hebei, 'agreement');
    expect(r.flags.map((f) => f.id)).not.toContain('sub_authorization');
    // No word is read across a heading's numbering and its title, nor across two blocks.
    const read = readDocument(docFromText(text, 't.txt'));
    const heads = read.blocks.filter((b) => b.kind === 'heading');
    expect(heads.map((b) => read.text(b))).toContain('第二部分\u3000授权期限');
    expect(heads.some((b) => read.text(b).includes('分授权'))).toBe(false);
    expect(read.sections.map((x) => x.name)).toContain('授权期限');
  });
  it('转授权 fires when allowed, not when forbidden', () => {
    expect(fired(agreement('经甲方同意，乙方可将本协议项下的授权转让给其关联公司。'))).toContain('sub_authorization');
    expect(fired(agreement('乙方可转授权给第三方运营。'))).toContain('sub_authorization');
    expect(fired(agreement('乙方不得转授权。'))).not.toContain('sub_authorization');
    expect(fired(agreement('乙方依法获得的授权，非经批准，不得转移、转让。'))).not.toContain('sub_authorization');
    expect(fired(agreement('严禁将运营权转包或分包给他人。'))).not.toContain('sub_authorization');
    // A heading that names the matter is not a grant: the clause under it decides.
    const titled = reviewDocument(docFromText('测试协议\n第六条 转授权\n乙方不得转授权。\n第七条 独家运营\n本协议不设独家运营。'), hebei, 'agreement');
    expect(titled.flags.map((f) => f.id)).not.toContain('sub_authorization');
    expect(titled.flags.map((f) => f.id)).not.toContain('exclusivity');
  });
  it('raw data export fires when allowed, not for "原始数据不出域" or a prohibition', () => {
    expect(fired(agreement('乙方可向合作方交付原始数据。'))).toContain('raw_data_export');
    expect(fired(agreement('经审核后，原始数据可导出至乙方自有机房。'))).toContain('raw_data_export');
    // Found by a held-out document: the grant sits in the next clause.
    expect(fired(agreement('原始数据经脱敏处理后，乙方可导出至自有服务器进行加工。'))).toContain('raw_data_export');
    expect(fired(agreement('按照原始数据不出域、数据可用不可见的要求开展加工。'))).not.toContain('raw_data_export');
    expect(fired(agreement('原始数据以及能够通过可逆模型或算法还原出原始数据的产品，不得导出公共数据平台。'))).not.toContain('raw_data_export');
  });
  it('exclusivity, monopoly and re-development fire when granted, not when forbidden or for 反垄断', () => {
    expect(fired(agreement('乙方为本场景独家运营机构。'))).toContain('exclusivity');
    expect(fired(agreement('乙方可以参与已交付产品的再开发。'))).toContain('exclusivity');
    expect(fired(agreement('乙方不得从事垄断行为，不得直接或间接参与已交付产品的再开发。'))).not.toContain('exclusivity');
    expect(fired(agreement('乙方遵守反垄断法律法规。'))).not.toContain('exclusivity');
  });
  it('charging public-interest uses or pricing outside 政府指导价 fires; free public use and 政府指导价 do not', () => {
    expect(fired(agreement('用于公共治理、公益事业的，按市场价收费。'))).toContain('pricing');
    expect(fired(agreement('产品价格由乙方自主定价。'))).toContain('pricing');
    expect(fired(agreement('用于公共治理、公益事业的，有条件无偿使用；用于产业发展的，实行政府指导价。'))).not.toContain('pricing');
    expect(fired(agreement('公益用途不收取费用。'))).not.toContain('pricing');
  });
  it('no destruction on termination: fires when 销毁 is absent, when retention is allowed, or logs kept under 6 months', () => {
    const without = reviewDocument(docFromText('测试协议\n第一条 期限。运营期限为三年。\n第二条 终止。协议终止后双方结清费用。', 't.txt'), hebei, 'agreement');
    expect(without.flags.map((f) => f.id)).toContain('no_destruction');
    expect(fired(agreement('协议终止后乙方可保留原始数据副本一年。'))).toContain('no_destruction');
    expect(fired(agreement('销毁记录留存3个月。'))).toContain('no_destruction');
    // As a PDF text layer gives it, with spaces around the digits (found by the PDF run of the bench).
    expect(fired(agreement('相关日志留存 3 个月。'))).toContain('no_destruction');
    expect(fired(agreement('乙方不得保留原始数据及其副本。'))).not.toContain('no_destruction');
    // Destruction however it is written: deleted beyond recovery, wiped, erased.
    const ends = (clause: string) => fired(reviewDocument(docFromText(`测试协议\n第一条 期限。运营期限为三年。\n第二条 终止。${clause}`, 't.txt'), hebei, 'agreement'));
    for (const c of ['协议终止后十日内，乙方应当彻底清除所持有的授权数据及其备份。', '合作结束时，乙方以无法恢复的方式擦除运营环境中的全部数据。', '协议解除的，原始数据及副本由乙方即时删除，并出具删除证明。']) {
      expect(ends(c), c).not.toContain('no_destruction');
    }
    for (const c of ['协议终止后双方结清费用，乙方可删除自己的账户。', '协议终止后，乙方无需删除授权数据。']) {
      expect(ends(c), c).toContain('no_destruction');
    }
  });
  it('authorization mode (Hebei): 整体授权 fires, 依场景授权 does not; Guizhou accepts 整体授权', () => {
    expect(fired(agreement('本次采取整体授权方式。'))).toContain('authorization_mode');
    expect(fired(agreement('按照一场景一授权原则实施，不采取整体授权。'))).not.toContain('authorization_mode');
    const gz = reviewDocument(docFromText('测试协议\n第一条 模式。本次采取整体授权为主的模式。', 't.txt'), bundledRuleset('guizhou'), 'agreement');
    expect(gz.flags.map((f) => f.id)).not.toContain('authorization_mode');
  });
  it('备案 deadline: Hebei accepts 10 working days; a missing or longer deadline fires; Chongqing needs 5', () => {
    expect(fired(agreement(''))).not.toContain('filing_deadline');
    const noDeadline = reviewDocument(docFromText('测试协议\n第一条 其他。本协议签订后报省数据管理部门备案。', 't.txt'), hebei, 'agreement');
    expect(noDeadline.flags.find((f) => f.id === 'filing_deadline')?.message).toContain('未写明');
    const late = reviewDocument(docFromText('测试协议\n第一条 其他。签订后20个工作日内备案。', 't.txt'), hebei, 'agreement');
    expect(late.flags.find((f) => f.id === 'filing_deadline')?.message).toContain('20个工作日');
    const cq = reviewDocument(docFromText('测试协议\n第一条 其他。签订后10个工作日内备案。', 't.txt'), bundledRuleset('chongqing'), 'agreement');
    expect(cq.flags.map((f) => f.id)).toContain('filing_deadline');
  });
  it('product list with one category fires; with both it does not', () => {
    const one = docFromText('某方案\n七、产品和服务清单\n（一）公益事业类：预警服务。', 'p.txt');
    expect(reviewDocument(one, hebei, 'plan').flags.map((f) => f.id)).toContain('product_categories');
    const both = docFromText('某方案\n七、产品和服务清单\n（一）公益事业类：预警服务。\n（二）产业发展类：数据集。', 'p.txt');
    expect(reviewDocument(both, hebei, 'plan').flags.map((f) => f.id)).not.toContain('product_categories');
  });
});
