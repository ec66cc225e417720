import { describe } from 'vitest';
import { type Choice, readsGrammar, sample } from '../../../helpers/grammar';

/**
 * The raw-data red line's grammar (Hebei arts. 19, 24: 原始数据不出域; raw data, and products a reversible model or
 * algorithm can restore it from, are never exported from the platform), written from the law and from how drafters
 * write, not from a bank: who acts, the modality (a permission, a conditioned one, a ban with a consent or approval
 * exception, a duty that makes the act happen), the act (a move out of the platform or a hand-over to someone outside),
 * the object (raw data under its names and paraphrases), where it goes or who receives it, and the sentence's shape.
 * Every combination is a breach. The near-miss grammar over the same slots stays quiet: bans without exception, duties
 * to protect, definitions, quoted rules and background, the lawful object (products, results, statistics, models that
 * cannot restore), use inside the platform, data handed back to the grantor, the grantor's own lawful sharing, and
 * opinions reported and not adopted.
 */

const WHO = [
  '乙方', '运营机构', '运营单位', '被授权方', '授权运营单位', '某某数据集团有限公司', '乙方及其子公司', '运营方',
  '授权运营机构', '乙方的项目公司',
] as const;

/** How a drafter lets the act happen: `a` with the operator as subject, `p` with the object fronted (由 the operator). */
interface Mod { a: (who: string, vp: string) => string; p: (obj: string, who: string, vp: string) => string; neg?: boolean }
const MODS: Record<string, Mod> = {
  可以: { a: (w, v) => `${w}可以${v}`, p: (o, w, v) => `${o}可以由${w}${v}` },
  可: { a: (w, v) => `${w}可${v}`, p: (o, w, v) => `${o}可由${w}${v}` },
  有权: { a: (w, v) => `${w}有权${v}`, p: (o, w, v) => `${o}，${w}有权${v}` },
  允许: { a: (w, v) => `允许${w}${v}`, p: (o, w, v) => `${o}允许由${w}${v}` },
  准予: { a: (w, v) => `甲方准予${w}${v}`, p: (o, w, v) => `${o}经准予后可由${w}${v}` },
  得: { a: (w, v) => `${w}得${v}`, p: (o, w, v) => `${o}得由${w}${v}` },
  享有权利: { a: (w, v) => `${w}享有${v}的权利`, p: (o, w, v) => `对于${o}，${w}享有${v}的权利` },
  自行决定: { a: (w, v) => `${w}可根据业务需要自行决定是否${v}`, p: (o, w, v) => `${o}是否由${w}${v}，由${w}自行决定` },
  视需要: { a: (w, v) => `${w}视需要可${v}`, p: (o, w, v) => `${o}视需要可由${w}${v}` },
  经同意后可: { a: (w, v) => `经甲方书面同意后，${w}可${v}`, p: (o, w, v) => `${o}经甲方书面同意后可由${w}${v}` },
  报备案后: { a: (w, v) => `${w}报甲方备案后可${v}`, p: (o, w, v) => `${o}报甲方备案后可由${w}${v}` },
  前提下可: { a: (w, v) => `在确保数据安全的前提下，${w}可以${v}`, p: (o, w, v) => `在确保安全的前提下，${o}可由${w}${v}` },
  除外不得: { a: (w, v) => `除经甲方书面批准外，${w}不得${v}`, p: (o, w, v) => `除经甲方批准外，${o}不得由${w}${v}`, neg: true },
  未经不得: { a: (w, v) => `未经甲方同意，${w}不得${v}`, p: (o, w, v) => `${o}未经甲方同意不得由${w}${v}`, neg: true },
  原则上不得: {
    a: (w, v) => `${w}原则上不得${v}，确有需要的，经甲方批准后方可实施`,
    p: (o, w, v) => `${o}原则上不得由${w}${v}，确需的，报甲方审批同意后可以`,
    neg: true,
  },
  的应当同意: { a: (w, v) => `${w}${v}的，应当事先取得甲方书面同意`, p: (o, w, v) => `${o}由${w}${v}的，应当经甲方审批` },
  如需报批: { a: (w, v) => `${w}如需${v}，应当报甲方审批`, p: (o, w, v) => `${o}如需由${w}${v}，应当报甲方审批` },
  应当提供: { a: (w, v) => `${w}应当根据数据需求方的要求${v}`, p: (o, w, v) => `${o}应当由${w}按照需求方要求${v}` },
};

/** The act: a move out of the platform to a place, or a hand-over to a receiver. */
const ACTS = [
  'move:导出', 'move:下载', 'move:拷贝', 'move:复制', 'move:迁移', 'move:传输', 'move:转存', 'move:备份',
  'give:提供', 'give:出售', 'give:共享', 'give:交付', 'give:推送', 'give:开放', 'give:传输', 'give:披露',
] as const;

const OBJ = [
  '原始数据', '公共数据原始数据', '原始明细数据', '个人信息明细', '未经脱敏的原始记录', '授权范围内的公共数据',
  '源数据', '底层明细数据', '逐条业务记录', '企业登记原始记录', '全量原始数据', '原始数据库表',
  '能够通过可逆模型还原原始数据的数据产品', '可还原出个人身份信息的数据集',
] as const;

const PLACE = [
  '平台以外的系统', '本地', '乙方自有服务器', '境外', '公共数据平台以外的环境', '运营机构自建的数据中心', '移动存储介质',
  '互联网云存储',
] as const;

const RECV = [
  '第三方', '合作企业', '数据需求方', '客户', '外部机构', '其关联公司', '数据交易所', '社会公众', '下游开发商', '合作银行',
] as const;

const SLOTS = { who: WHO, mod: Object.keys(MODS), act: ACTS, obj: OBJ, place: PLACE, recv: RECV };
type C = Choice<typeof SLOTS>;

const verb = (c: C) => c.act.slice(5);
const isMove = (c: C) => c.act.startsWith('move:');
/** The act with its object fronted by 将, and without the object (for a topic or passive subject). */
const fronted = (c: C) => (isMove(c) ? `将${c.obj}${verb(c)}至${c.place}` : `将${c.obj}${verb(c)}给${c.recv}`);
const bare = (c: C) => (isMove(c) ? `${verb(c)}至${c.place}` : `${verb(c)}给${c.recv}`);
const plain = (c: C) => (isMove(c) ? `${verb(c)}${c.obj}至${c.place}` : `向${c.recv}${verb(c)}${c.obj}`);
/** The modalities a relative clause takes ("乙方可以提供给……的数据包括……"). */
const positive = ['可以', '可', '有权', '允许', '准予', '得', '视需要', '经同意后可', '报备案后'];
const posMod = (c: C) => (positive.includes(c.mod) ? MODS[c.mod] : MODS[positive[c.mod.length % positive.length]]);

/** The sentence's shapes. */
const SHAPES: Record<string, (c: C) => string> = {
  fronted: (c) => `${MODS[c.mod].a(c.who, fronted(c))}。`,
  plain: (c) => `${MODS[c.mod].a(c.who, plain(c))}。`,
  topic: (c) => `对于${c.obj}，${MODS[c.mod].a(c.who, bare(c))}。`,
  passive: (c) => `${MODS[c.mod].p(c.obj, c.who, bare(c))}。`,
  nextSentence: (c) =>
    `${c.who}可以根据业务需要${fronted(c)}。上述行为应当事先报甲方批准。`,
  definedBefore: (c) =>
    `甲方向${c.who}提供的${c.obj}（以下简称“基础数据”）存放于公共数据平台。${MODS[c.mod].a(c.who, isMove(c) ? `将基础数据${verb(c)}至${c.place}` : `将基础数据${verb(c)}给${c.recv}`)}。`,
  relative: (c) =>
    `${posMod(c).a(c.who, isMove(c) ? `${verb(c)}至${c.place}的数据包括${c.obj}和数据产品` : `${verb(c)}给${c.recv}的数据包括${c.obj}、数据产品等`)}。`,
  table: (c) =>
    `数据${verb(c)}：${c.who}${isMove(c) ? `可将${c.obj}${verb(c)}至${c.place}` : `可向${c.recv}${verb(c)}${c.obj}`}（经甲方审批）。`,
  list: (c) =>
    `${c.who}享有以下权利：（一）使用平台算力资源；（二）${isMove(c) ? `将${c.obj}${verb(c)}至${c.place}` : `向${c.recv}${verb(c)}${c.obj}`}；（三）获得运营收益。`,
};

const shapes = Object.keys(SHAPES);
export const breaches = sample({ ...SLOTS, shape: shapes }, 320, 24).map((c) => SHAPES[c.shape](c));

/** Combinations the reader cannot read without a one-off phrase; the test asserts exactly these fail. */
const KNOWN_UNREAD: string[] = [
  // A short name ("以下简称“基础数据”") given to the granted data (授权范围内的公共数据, class data, not raw): a short
  // name stands for raw or restorable data only; widening it to any data would make every short-named data set raw.
  '甲方向乙方及其子公司提供的授权范围内的公共数据（以下简称“基础数据”）存放于公共数据平台。乙方及其子公司可根据业务需要自行决定是否将基础数据提供给下游开发商。',
  '甲方向运营方提供的授权范围内的公共数据（以下简称“基础数据”）存放于公共数据平台。运营方可将基础数据下载至境外。',
  '甲方向某某数据集团有限公司提供的授权范围内的公共数据（以下简称“基础数据”）存放于公共数据平台。允许某某数据集团有限公司将基础数据交付给合作企业。',
  '甲方向乙方提供的授权范围内的公共数据（以下简称“基础数据”）存放于公共数据平台。允许乙方将基础数据披露给外部机构。',
  // A relative clause whose list names the data by a restorable product (not by a raw noun).
  '某某数据集团有限公司得传输至本地的数据包括可还原出个人身份信息的数据集和数据产品。',
];
/** Near misses still fired: "乙方及其子公司" read as the group, another party (the 转授权 reader needs it so). */
const KNOWN_MISFIRED = ['乙方及其子公司应当采取技术措施，防止可还原出个人身份信息的数据集被迁移至乙方自有服务器。'];

// --- near misses over the same slots ---------------------------------------------------------------------------

const LAWFUL_OBJ = [
  '数据产品', '经脱敏处理的统计结果', '分析报告', '无法还原原始数据的模型参数', '聚合统计数据', '核验结果', '经审核的数据产品和服务',
  '指数类数据产品', '经甲方合规审核的数据服务', '不含个人信息的汇总数据', '经匿名化处理且无法复原的数据', '查询结果（是或否）',
] as const;

const BANS = [
  (w: string, v: string) => `${w}不得${v}`,
  (w: string, v: string) => `严禁${w}${v}`,
  (w: string, v: string) => `${w}在任何情况下均不得${v}`,
  (w: string, v: string) => `禁止${w}以任何方式${v}`,
  (w: string, v: string) => `${w}一律不得${v}`,
  (w: string, v: string) => `${w}不得擅自或者变相${v}`,
] as const;

type N = Choice<typeof SLOTS & { lobj: typeof LAWFUL_OBJ; ban: string[] }>;
const NEAR: Record<string, (c: N) => string> = {
  ban: (c) => `${BANS[Number(c.ban)](c.who, fronted(c))}。`,
  banPlain: (c) => `${BANS[Number(c.ban)](c.who, plain(c))}。`,
  protect: (c) => `${c.who}应当采取技术措施，防止${c.obj}被${verb(c)}至${c.place}。`,
  ensure: (c) => `${c.who}应当确保${c.obj}不出公共数据平台，不得向${c.recv}${verb(c)}。`,
  definition: (c) => `本协议所称原始数据${verb(c)}，是指${fronted(c)}的行为。`,
  quoted: (c) =>
    `《河北省公共数据授权运营管理办法（试行）》第二十四条规定，原始数据以及能够通过可逆模型或算法还原出原始数据的数据产品和服务，不得导出公共数据平台；${c.who}应当遵守。`,
  principle: (c) => `${c.who}应当按照“原始数据不出域、数据可用不可见”的要求开展运营，${c.obj}不出平台。`,
  lawfulObj: (c) => `${MODS[c.mod].neg ? MODS['可以'].a(c.who, isMove(c) ? `将${c.lobj}${verb(c)}至${c.place}` : `将${c.lobj}${verb(c)}给${c.recv}`) : MODS[c.mod].a(c.who, isMove(c) ? `将${c.lobj}${verb(c)}至${c.place}` : `向${c.recv}${verb(c)}${c.lobj}`)}。`,
  lawfulObjReviewed: (c) => `经甲方合规审核后，${c.who}可以向${c.recv}提供${c.lobj}，但不得包含${c.obj}。`,
  inside: (c) => `${c.who}可以在公共数据平台内对${c.obj}进行加工、分析和建模，${c.obj}不出平台。`,
  insidePrivacy: (c) => `${c.who}可以通过隐私计算方式调用${c.obj}，原始数据不离开公共数据平台。`,
  backToGrantor: (c) => `协议终止后，${c.who}应当将${c.obj}及其副本交还甲方，并以不可逆方式销毁平台内的留存数据。`,
  grantorShares: (c) => `甲方可以依法向其他政府部门共享${c.obj}。`,
  reported: (c) => `有意见提出，${c.who}可以${fronted(c)}，经研究，该意见未予采纳。`,
  risk: (c) => `运营中可能存在${c.obj}被违规${verb(c)}的风险，${c.who}应当建立应急处置机制。`,
};
const nearSlots = { ...SLOTS, lobj: LAWFUL_OBJ, ban: BANS.map((_, i) => String(i)), shape: Object.keys(NEAR) };
export const nearMisses = sample(nearSlots, 220, 7).map((c) => NEAR[c.shape](c as N));

describe('raw_data_export grammar', () => {
  readsGrammar('raw_data_export', { breaches, nearMisses, unread: KNOWN_UNREAD, misfired: KNOWN_MISFIRED });
});
