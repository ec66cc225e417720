import { describe, expect, it } from 'vitest';
import { asIs } from '../../../helpers/reviewCorpus';
import { raises } from '../../../helpers/redlineCase';
import { parseSentence } from '../../../../shared/review/clauseParse';

/**
 * Classes of the term and the authorisation mode read from the seventh bank's failures (session 12), on text written
 * for this test, each with near misses that must stay quiet.
 */
const fires = (redline: string, ruleset: string, kind: 'agreement' | 'plan', ...lines: string[]) =>
  raises(redline, [kind === 'plan' ? '某场景公共数据授权运营实施方案' : '某场景公共数据授权运营协议', ...lines].join('\n'), { ruleset, kind, doc: asIs });
const term = (kind: 'agreement' | 'plan', ...lines: string[]) => fires('term_over_3y', 'chongqing', kind, ...lines);
const mode = (kind: 'agreement' | 'plan', ...lines: string[]) => fires('authorization_mode', 'hebei', kind, ...lines);

describe('a renewal that follows a passed evaluation, with no one left to decide it', () => {
  it('adds the renewal to the initial term', () => {
    for (const c of [
      '第六条 合作期限为两年。合作期满经年度考评达标的，续约两年。',
      '第六条 首个授权期为三年，首个授权期满绩效评价优秀的，顺延一年。',
    ])
      expect(term('agreement', c), c).toBe(true);
  });
  it('stays quiet when the renewal is asked for, approved, or is a delay', () => {
    for (const c of [
      '第六条 合作期限为两年。合作期满经年度考评达标的，可申请续约一年。',
      '第六条 首个授权期为三年，首个授权期满绩效评价优秀的，经甲方批准可以续签一年，重新签订授权运营协议。',
      '第六条 授权期限为三年。因甲方原因导致平台延期交付的，顺延三个月。',
      '第六条 首期授权期为一年，期满经考核合格的，续期一年。',
    ])
      expect(term('agreement', c), c).toBe(false);
  });
});

describe('a renewal whose new decision is waived, the verb of the decision written before it', () => {
  it('adds a renewal that needs no new selection or review', () => {
    expect(term('plan', '运营期限为二年。运营期满，续期二年，续期无需重新组织运营单位比选。')).toBe(true);
  });
  it('stays quiet when the renewal needs a new selection', () => {
    expect(term('plan', '运营期限为二年。运营期满，续期二年，须重新组织运营单位比选。')).toBe(false);
  });
});

describe('a phase dated before the term starts, in which the operator already works', () => {
  it('adds the phase to the term', () => {
    expect(term('plan', '授权期限为三年，自2026年3月1日起计算；数据治理期（2025年9月1日至2026年2月28日）内，运营单位即获得数据接口调用权限，开展模型训练。')).toBe(true);
  });
  it('stays quiet when the phase lies within the term, or the operator only builds in it', () => {
    for (const c of [
      '授权期限为三年，自2026年3月1日起计算；数据治理期（2026年3月1日至2026年8月31日）内，运营单位即获得数据接口调用权限，开展模型训练。',
      '授权期限为三年，自2026年3月1日起计算；数据治理期（2025年9月1日至2026年2月28日）内，运营单位仅负责平台部署和安全测评。',
    ])
      expect(term('plan', c), c).toBe(false);
  });
  it('reads 同步 before another verb as an adverb, not a copy', () => {
    const [p] = parseSentence('运营单位同步取得数据调用权限');
    expect(p.act?.kind).toBe('succeed');
    expect(parseSentence('乙方应将数据同步至平台')[0].act?.kind).toBe('copy');
  });
});

describe('spans that are no term: an estimate’s horizon, years a sum of money runs over', () => {
  it('stays quiet on a financial forecast’s period and on money summed over the term’s years', () => {
    for (const c of [
      '第十条 财务预测期为八年，其中授权期三年，其余年份按续签情形估计。',
      '第十条 乙方在授权期限（三年）内每年向甲方支付运营分成不低于80万元，三年合计不低于240万元。',
    ])
      expect(term('agreement', c), c).toBe(false);
  });
  it('still sums phases', () => {
    expect(term('agreement', '第十条 试运营期一年，正式运营期三年，合计为本协议的授权期限。')).toBe(true);
  });
});

describe('scenarios left to the operator’s judgement', () => {
  it('fires when the scenario list ends in whatever the operator judges worth it', () => {
    expect(mode('agreement', '第三条 授权场景包括智慧停车、社区养老，以及运营单位认为有市场需求的其他场景。')).toBe(true);
  });
  it('stays quiet when the grantor judges, or a new scenario needs its own grant', () => {
    for (const c of [
      '第三条 授权场景包括智慧停车、社区养老。甲方认为有必要增加的场景，应另行组织论证并签订授权运营协议。',
      '第三条 授权场景包括智慧停车、社区养老。',
    ])
      expect(mode('agreement', c), c).toBe(false);
  });
});

describe('a scenario that is a field, and a scope widened to fields', () => {
  it('fires when the scenario granted is a whole field', () => {
    expect(mode('agreement', '第二条 本次授权的场景为“城市治理相关行业”。')).toBe(true);
    expect(mode('plan', '（三）分步实施。首年聚焦交通场景；次年起授权范围拓展至全区各行业政务数据，不再另行授权。')).toBe(true);
  });
  it('stays quiet on a use within a field, and on a widening that needs its own grant', () => {
    for (const [k, c] of [
      ['agreement', '第二条 本次授权的场景为“医疗领域的商业健康险快速理赔”。'],
      ['plan', '（三）分步实施。首年聚焦交通场景；确需将授权范围拓展至文旅领域的，应另行编制实施方案并组织遴选。'],
    ] as const)
      expect(mode(k, c), c).toBe(false);
  });
});

describe('several scenarios held at once, each granted on its own', () => {
  it('stays quiet when each scenario has its own agreement', () => {
    expect(mode('agreement', '第九条 乙方同时运营三个场景的，各场景应当分别签订授权运营协议，数据分别管理。')).toBe(false);
  });
  it('still fires when the scenarios are granted together, or fields are granted separately', () => {
    expect(mode('agreement', '第九条 甲方将三个应用场景一次性授予乙方。')).toBe(true);
    expect(mode('plan', '按照分行业授权方式，将教育、住建两个行业的公共数据分别授权给行业运营单位。')).toBe(true);
  });
});

// Classes read from the even-numbered failures, after the odd ones.
describe('each renewal’s span said with 每次, and a holdover said after the term', () => {
  it('adds renewals “每次两年”, and a grant held after expiry until an event', () => {
    expect(term('agreement', '第七条 授权期限为两年。期满后乙方享有续签权，续签以两次为限，每次两年，无需重新组织遴选。')).toBe(true);
    expect(term('agreement', '第七条 授权期限为两年。', '第八条 期满后双方未签订新协议的，乙方继续行使本协议约定的运营权，直至新协议生效之日止。')).toBe(true);
  });
  it('stays quiet on the next year, a capped holdover, and a duty that survives', () => {
    for (const c of [
      '第七条 授权期限为三年。乙方应于次年一月底前报送上一年度运营报告。',
      '第七条 授权期限为三年。期满后乙方继续履行本协议项下的保密义务，直至相关数据销毁之日止。',
      '第七条 授权期限为三年。期满后乙方继续运营，直至新运营机构接手之日止，最长不超过六个月。',
    ])
      expect(term('agreement', c), c).toBe(false);
  });
});

describe('a term said to cover phases dated by years', () => {
  it('runs from the first phase’s year to the last', () => {
    expect(term('plan', '分两个阶段推进：第一阶段（2026—2027年）完成平台建设；第二阶段（2028—2029年）全面推广。', '授权运营期限覆盖上述两个阶段。')).toBe(true);
  });
  it('stays quiet when the phases fit in three years, and on a background year', () => {
    expect(term('plan', '分两个阶段推进：第一阶段（2026年）完成平台建设；第二阶段（2027—2028年）全面推广。', '授权运营期限覆盖上述两个阶段。')).toBe(false);
    expect(term('plan', '2021年本市出台公共数据管理办法。分两个阶段推进：第一阶段（2026年）建设；第二阶段（2027—2028年）推广。', '授权运营期限覆盖上述两个阶段。')).toBe(false);
  });
});

describe('data open before or without a scenario', () => {
  it('fires on data used before the scenario list is fixed, scenarios found as it goes, a defined term meaning all data', () => {
    for (const [k, c] of [
      ['agreement', '第五条 场景目录经甲方批准前，乙方可以先行调用授权数据开展模型训练。'],
      ['plan', '（二）运营模式。由市人民政府授权运营机构整体运营全市政务数据，应用场景在实践中陆续确定。'],
      ['agreement', '第五条 乙方可以将授权数据用于其认定有商业价值的各类用途。'],
    ] as const)
      expect(mode(k, c), c).toBe(true);
    expect(mode('agreement', '第一条 本协议所称“平台数据”，是指甲方已归集的全部公共数据。', '第五条 乙方可以使用平台数据开展数据加工。')).toBe(true);
  });
  it('stays quiet when nothing may be used before the list is fixed, or the data is a scenario’s', () => {
    for (const c of [
      '第五条 场景目录经甲方批准前，乙方不得调用授权数据。',
      '第五条 乙方可以根据需要申请使用“普惠金融”场景清单所列数据。',
      '第五条 乙方不得将授权数据用于其认为有商业价值的其他用途。',
    ])
      expect(mode('agreement', c), c).toBe(false);
  });
});

describe('a whole grant named and rejected for its reason', () => {
  it('stays quiet when the whole grant is named only to be refused', () => {
    expect(mode('plan', '（二）可行性论证。鉴于全域数据打包授权模式目前不具备实施条件，本方案不采用打包授权，按场景逐一实施。')).toBe(false);
  });
});
