import { describe, expect, it } from 'vitest';
import { misreadYielding, sample, type Choice } from '../../../helpers/grammar';

/**
 * The term red line's grammar (Chongqing 16(二), Hebei 17(二): the authorization term is at most three years), written
 * from the rules and from how drafters state a term, not from a bank: the term's name, how the duration is written
 * (digits, 小写, 大写, months, days, 周年, 半), the sentence's shape (a stated duration, a from–to span of dates, an end
 * date after a dated signing, phases summed, renewal that follows by itself or without re-approval, a term counted from
 * an event after the grant already runs, the term as an attribute of the right), and its near misses over the same
 * slots (three years or less in every form, other periods of the contract or a product, renewal re-approved, the rule
 * quoted).
 */

// ---- number forms ----
const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const BIG = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
/** n (< 100) in Chinese numerals: 小写 or 大写. */
function cn(n: number, big = false): string {
  if (n >= 100) return cnBig(n);
  const d = big ? BIG : SMALL;
  const ten = big ? '拾' : '十';
  if (n < 10) return d[n];
  const t = Math.floor(n / 10);
  const u = n % 10;
  return `${t === 1 ? '' : d[t]}${ten}${u ? d[u] : ''}`;
}
/** n in Chinese for thousands/hundreds (days): 一千五百, 一千零九十五. */
function cnBig(n: number): string {
  if (n < 100) return cn(n);
  const th = Math.floor(n / 1000);
  const h = Math.floor((n % 1000) / 100);
  const rest = n % 100;
  let s = '';
  if (th) s += `${SMALL[th]}千`;
  if (h) s += `${SMALL[h]}百`;
  else if (th && rest) s += '零';
  if (rest) s += rest < 10 ? (h || th ? '零' : '') + SMALL[rest] : rest < 20 && (h || th) ? `一${cn(rest)}` : cn(rest);
  return s;
}

/** A duration in years (may be x.5) written every way a drafter writes it. */
function yearForms(y: number): string[] {
  const whole = Math.floor(y);
  const half = y !== whole;
  const out: string[] = [];
  if (half) {
    out.push(`${y}年`, `${cn(whole)}年半`, `${y * 12}个月`, `${cn(y * 12)}个月`);
  } else {
    out.push(`${y}年`, `${cn(y)}年`, `${cn(y, true)}年`, `${y}周年`, `${y * 12}个月`, `${cn(y * 12)}个月`, `${y}（${cn(y)}）年`);
    if (y === 2) out.push('两年');
    if (y <= 4) out.push(`${y * 365}日`, `${cnBig(y * 365)}天`);
  }
  return out;
}
const LONG_DURATIONS = [...yearForms(4), ...yearForms(5), ...yearForms(3.5), ...yearForms(10), '六年', '8年', '拾年', '二十年', '三十七个月', '40个月', '1200日', '1100天'];
const SHORT_DURATIONS = [...yearForms(3), ...yearForms(2), ...yearForms(1), ...yearForms(2.5), '三十个月', '18个月', '一年半', '三十六个月', '三十五个月', '1000日'];

// ---- date forms ----
type Ymd = [number, number, number];
const DATE_FORMS: ((d: Ymd) => string)[] = [
  ([y, m, d]) => `${y}年${m}月${d}日`,
  ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ([y, m, d]) => `${y}.${m}.${d}`,
  ([y, m, d]) => `${y}/${m}/${d}`,
  ([y, m]) => `${y}年${m}月`,
];
const LONG_SPANS: [Ymd, Ymd][] = [
  [[2026, 1, 1], [2030, 12, 31]],
  [[2025, 7, 1], [2029, 6, 30]],
  [[2026, 3, 1], [2031, 2, 28]],
  [[2025, 10, 1], [2035, 9, 30]],
  [[2026, 1, 1], [2029, 6, 30]],
  [[2024, 12, 1], [2028, 11, 30]],
];
const SHORT_SPANS: [Ymd, Ymd][] = [
  [[2026, 1, 1], [2028, 12, 31]],
  [[2025, 7, 1], [2028, 6, 30]],
  [[2026, 3, 1], [2027, 2, 28]],
  [[2025, 10, 1], [2027, 9, 30]],
  [[2026, 1, 1], [2028, 6, 30]],
  [[2024, 12, 1], [2026, 11, 30]],
];
const SPAN_SHAPES: ((a: string, b: string) => string)[] = [
  (a, b) => `自${a}起至${b}止`,
  (a, b) => `为${a}至${b}`,
  (a, b) => `：${a}—${b}`,
  (a, b) => `为${a}~${b}`,
  (a, b) => `从${a}开始，到${b}结束`,
  (a, b) => `自${a}至${b}`,
  (a, b) => `为${a}起至${b}`,
];

// ---- the term's name, its copula, its start ----
const TERM_NOUNS = ['授权运营期限', '授权期限', '运营期限', '本协议有效期', '授权有效期', '授权运营期', '协议期限', '本次授权的期限', '乙方的授权运营期限', '运营服务期限', '授权运营有效期'];
const COPULAS = ['为', '是', '：', '定为', '共', '确定为', '暂定为', '设定为', '为期'];
const STARTS = ['', '，自本协议签订之日起计算', '，自协议生效之日起算', '，自甲乙双方签字盖章之日起计算', '，期满后本协议自行终止', '，自授权运营协议签订之日起生效', '（自签订之日起）'];
const WHO = ['乙方', '运营机构', '运营单位', '被授权方', '授权运营单位', '某某数据集团有限公司', '乙方及其子公司'];

// ---- documents: the sentence is the agreement's term article, or the plan's term item ----
const DESTROY = '协议终止的，乙方以不可逆方式销毁原始数据及其副本，日志留存不少于6个月。';
const agreement = (s: string) =>
  ['某场景公共数据授权运营协议', '第一条 授权范围。甲方授权乙方在本场景内运营，数据资源范围及目录见附件。', `第二条 运营期限。${s}`, `第三条 终止。${DESTROY}`, '第四条 备案。本协议签订后5个工作日内报数据管理部门备案。'].join('\n');
const agreementOther = (s: string) =>
  ['某场景公共数据授权运营协议', '第一条 授权范围。甲方授权乙方在本场景内运营，数据资源范围及目录见附件。', '第二条 运营期限。本协议授权运营期限为三年，自签订之日起计算。', `第三条 终止。${DESTROY}`, `第四条 其他。${s}`].join('\n');
const plan = (s: string) =>
  ['某市公共数据授权运营实施方案', '一、授权运营名称：某市交通公共数据授权运营。', '二、实施机构：市数据局。', `三、授权期限。${s}`, '四、退出机制。授权期满或终止的，运营机构销毁原始数据及副本。'].join('\n');
const term = (texts: string[], fires: boolean, wrap: (s: string) => string = agreement) =>
  misreadYielding('term_over_3y', texts, fires, { doc: wrap, kind: wrap === plan ? 'plan' : 'agreement' });

// ---- shapes ----
const STATED = { noun: TERM_NOUNS, cop: COPULAS, dur: LONG_DURATIONS, start: STARTS };
const stated = (c: Choice<typeof STATED>) => `${c.noun}${c.cop}${c.dur}${c.start}。`;
/** The term as an attribute of the grant or the right. */
const ATTRIBUTE = { who: WHO, dur: LONG_DURATIONS, shape: ['a', 'b', 'c', 'd', 'e', 'f'] };
const attribute = (c: Choice<typeof ATTRIBUTE>) =>
  ({
    a: `甲方授权${c.who}在${c.dur}内开展本场景公共数据授权运营。`,
    b: `${c.who}享有为期${c.dur}的授权运营权。`,
    c: `甲方授予${c.who}${c.dur}的公共数据运营权，自本协议签订之日起计算。`,
    d: `本次授权运营的期限，${c.who}与甲方约定为${c.dur}。`,
    e: `${c.who}自本协议签订之日起${c.dur}内享有本协议约定的运营权利。`,
    f: `授权运营期限（${c.dur}）届满后，本协议终止，${c.who}停止运营。`,
  })[c.shape]!;
const SPAN = { noun: TERM_NOUNS, span: LONG_SPANS.map((_, i) => String(i)), form: DATE_FORMS.map((_, i) => String(i)), shape: SPAN_SHAPES.map((_, i) => String(i)) };
const span = (spans: [Ymd, Ymd][]) => (c: Choice<typeof SPAN>) => {
  const [a, b] = spans[Number(c.span)];
  const f = DATE_FORMS[Number(c.form)];
  return `${c.noun}${SPAN_SHAPES[Number(c.shape)](f(a), f(b))}。`;
};
/** An end date after a dated signing or a dated start. */
const END = { noun: TERM_NOUNS, span: LONG_SPANS.map((_, i) => String(i)), form: ['0', '1', '2', '4'], shape: ['a', 'b', 'c', 'd'] };
const endDate = (spans: [Ymd, Ymd][]) => (c: Choice<typeof END>) => {
  const [a, b] = spans[Number(c.span)];
  const f = DATE_FORMS[Number(c.form)];
  return {
    a: `本协议于${f(a)}签订并生效，${c.noun}至${f(b)}届满。`,
    b: `本协议自${f(a)}起生效，${c.noun}截至${f(b)}。`,
    c: `${c.noun}自${f(a)}开始计算，到${f(b)}止。`,
    d: `本协议签订日期：${f(a)}。${c.noun}：至${f(b)}。`,
  }[c.shape]!;
};
/** Phases the grant runs through, each within three years, summed past three. */
const PHASE_PAIRS: [string, string][] = [
  ['建设期一年', '运营期三年'],
  ['试运营期6个月', '正式运营期三年'],
  ['建设期12个月', '运营期36个月'],
  ['筹备期一年', '运营期叁年'],
  ['建设期两年', '运营期两年'],
  ['试运行期一年', '正式运营期3年'],
  ['第一阶段二年', '第二阶段二年'],
];
const PHASES = { noun: TERM_NOUNS, pair: PHASE_PAIRS.map((_, i) => String(i)), shape: ['a', 'b', 'c', 'd', 'e'] };
const phases = (pairs: [string, string][]) => (c: Choice<typeof PHASES>) => {
  const [p, q] = pairs[Number(c.pair)];
  return {
    a: `${c.noun}包括${p}和${q}。`,
    b: `${c.noun}分为${p}、${q}两个阶段。`,
    c: `${c.noun}由${p}与${q}组成，两者合并计算。`,
    d: `${c.noun}为${p}加${q}。`,
    e: `${c.noun}：${p}；${q}。上述期间均属授权运营期限。`,
  }[c.shape]!;
};
/** Renewal that follows by itself, or without any re-approval. */
const RENEW = {
  noun: TERM_NOUNS,
  // Three years first, so any renewal runs past them (two years and one more is three, not over).
  first: ['三年', '3年', '叁年', '三十六个月', '36个月'],
  how: [
    '期满后自动续期{n}',
    '期满前双方均未提出书面异议的，本协议自动延长{n}',
    '期满后自动顺延{n}，顺延次数不限',
    '期满前甲方未书面通知终止的，授权自动续展{n}',
    '期满后乙方可直接续期{n}，无需重新审批',
    '期满后自动续签，每次续签{n}',
    '期满后乙方享有续约权，续约{n}无需重新履行审批程序',
    '期满时如双方无异议，本协议有效期自动延续{n}',
    '到期后如甲方未提出终止，则自动续期{n}，依此类推',
    '期满后经双方协商一致即可续签{n}，无需另行报批',
  ],
  n: ['一年', '三年', '1年', '两年', '同等期限'],
};
const renew = (c: Choice<typeof RENEW>) => `${c.noun}为${c.first}，${c.how.replace('{n}', c.n)}。`;
/** A term counted from a later event while the grant already runs from signing. */
const LATER = {
  noun: TERM_NOUNS,
  first: ['三年', '3年', '叁年', '36个月', '三十六个月'],
  event: ['平台正式上线', '首个数据产品上架', '项目竣工验收合格', '运营平台建成投用', '试运营结束', '建设期届满', '数据产品通过合规审核'],
  runs: [
    '本协议自签订之日起生效，乙方即可开展运营；',
    '乙方自本协议签订之日起即可使用授权数据开展产品开发；',
    '本协议签订后乙方即享有授权运营权；',
    '自签订之日起乙方可调用授权数据进行建设和试运营；',
  ],
};
const later = (c: Choice<typeof LATER>) => `${c.runs}${c.noun}${c.first}，自${c.event}之日起计算。`;

// ---- near misses ----
/** Other periods of the contract or a product, at five years or more. */
const OTHER = {
  what: [
    '乙方的保密义务期限为{d}，自本协议终止之日起计算',
    '数据产品质保期为{d}',
    '运营日志和交易记录的保存期限不少于{d}',
    '乙方应将相关档案保存{d}以上',
    '平台软硬件设备的折旧年限为{d}',
    '乙方采购的服务器维保服务期为{d}',
    '本协议终止后{d}内，乙方仍应履行保密义务',
    '数据安全审计记录至少保留{d}',
    '甲方与平台建设单位签订的建设合同合作期为{d}，与本授权无关',
    '运营机构应建立数据产品目录，产品证书有效期为{d}',
    '知识产权许可期限为{d}，限于乙方自行开发的软件',
  ],
  d: LONG_DURATIONS,
};
const other = (c: Choice<typeof OTHER>) => `${c.what.replace('{d}', c.d)}。`;
/** Renewal that needs re-approval or re-assessment. */
const RENEW_OK = {
  noun: TERM_NOUNS,
  first: SHORT_DURATIONS.slice(0, 12),
  how: [
    '期满需续期的，乙方应在期满前3个月向甲方提出申请，经重新评估并报本级人民政府批准后续签，每次续期不超过三年',
    '期满后本协议自动终止，不自动续期',
    '期满后拟继续运营的，须按规定重新履行授权程序',
    '到期后是否续约，由甲方根据运营成效评价结果重新审批确定',
    '期满前三个月内乙方可申请续期，经甲方重新评估合格并报批后方可续签',
    '期满后不得自动续约',
  ],
};
const renewOk = (c: Choice<typeof RENEW_OK>) => `${c.noun}为${c.first}，${c.how}。`;
/** The rule quoted, a ban, a ceiling. */
const RULE = {
  noun: TERM_NOUNS,
  how: [
    '按照《河北省公共数据授权运营管理办法》，{noun}最长不超过三年',
    '{noun}一般不超过3年',
    '{noun}不得超过三年',
    '{noun}原则上不超过叁年，期满可依规申请续期',
    '本协议的{noun}最长不得超过三十六个月',
    '依据有关规定，{noun}不超过三年，不得约定五年以上的期限',
  ],
};
const rule = (c: Choice<typeof RULE>) => `${c.how.replace('{noun}', c.noun)}。`;

const SHORT_PHASES: [string, string][] = [
  ['建设期半年', '运营期两年'],
  ['试运营期6个月', '正式运营期两年半'],
  ['建设期12个月', '运营期24个月'],
  ['筹备期一年', '运营期贰年'],
  ['建设期一年', '运营期两年'],
  ['试运行期一年', '正式运营期2年'],
  ['第一阶段一年', '第二阶段二年'],
];

// One test per shape, so a worker answers the runner between them (a long synchronous run times its RPC out).
const breaches: [string, string[]][] = [
  ['a stated duration', sample(STATED, 110, 1).map(stated)],
  ['the term as an attribute of the right', sample(ATTRIBUTE, 40, 2).map(attribute)],
  ['a from–to span of dates', sample(SPAN, 50, 3).map(span(LONG_SPANS))],
  ['an end date after a dated signing', sample(END, 25, 4).map(endDate(LONG_SPANS))],
  ['phases summed', sample(PHASES, 30, 5).map(phases(PHASE_PAIRS))],
  ['renewal without re-approval', sample(RENEW, 35, 6).map(renew)],
  ['a term counted from a later event', sample(LATER, 25, 7).map(later)],
];
const nearMisses: [string, string[]][] = [
  ['a stated duration of three years or less', sample({ ...STATED, dur: SHORT_DURATIONS }, 60, 11).map(stated)],
  ['the right held for three years or less', sample({ ...ATTRIBUTE, dur: SHORT_DURATIONS }, 20, 12).map(attribute)],
  ['a span of dates within three years', sample(SPAN, 30, 13).map(span(SHORT_SPANS))],
  ['an end date within three years of the signing', sample(END, 15, 14).map(endDate(SHORT_SPANS))],
  ['phases summing to three years or less', sample(PHASES, 20, 15).map(phases(SHORT_PHASES))],
  ['renewal re-approved or barred', sample(RENEW_OK, 30, 16).map(renewOk)],
  ['the rule quoted', sample(RULE, 20, 17).map(rule)],
];
const otherPeriods = sample(OTHER, 40, 18).map(other);

// Read wrong by the engine today, each for a reason a mechanism does not reach (the test asserts exactly these fail).
const KNOWN_UNREAD: string[] = [];

describe('term_over_3y grammar: breaches', () => {
  for (const [shape, texts] of breaches) {
    it(`fires on ${shape} over three years`, async () => {
      expect((await term(texts, true)).filter((t) => !KNOWN_UNREAD.includes(t))).toEqual([]);
    });
  }
  it('fires on a term over three years in a plan', async () => {
    expect(await term(sample(STATED, 30, 21).map(stated), true, plan)).toEqual([]);
  });
  it('known unread combinations stay listed only while read wrong', async () => {
    expect(await term(KNOWN_UNREAD, true)).toEqual(KNOWN_UNREAD);
  });
});

describe('term_over_3y grammar: near misses', () => {
  for (const [shape, texts] of nearMisses) {
    it(`stays quiet on ${shape}`, async () => {
      expect(await term(texts, false)).toEqual([]);
    });
  }
  it("stays quiet on a contract's or a product's other periods beside a lawful term", async () => {
    expect(await term(otherPeriods, false, agreementOther)).toEqual([]);
  });
});
