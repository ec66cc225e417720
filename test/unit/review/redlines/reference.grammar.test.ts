import { describe } from 'vitest';
import { type Choice, readsGrammar, sample } from '../../../helpers/grammar';

/**
 * The thing a clause acts on, named in a sentence before and pointed back at ("甲方向乙方开放医保结算原始记录。上述记录经甲方
 * 同意，可以提供给保险公司"): drafters name the granted data or right once and then write 上述, 前述, 该等, 以上, 这些 or 此类
 * with a head noun. The clause is read on the thing named (shared/review/anaphora.ts). Written from how agreements are
 * drafted, not from a bank: the sentence that names it (a grant, a supply, an access, a list), what names it (raw data
 * under its names; the grant under its names), the pointer and its head, the modality (permissions and bans lifted by a
 * consent), the act, who receives or where, and where the pointer stands (topic, 将-fronted, 对-topic, passive).
 * Near misses over the same slots stay quiet: the pointed-back thing banned outright or kept in the platform, a nearer
 * sentence naming a product or results the pointer means, a pointer at a product, raw data named only as what may not
 * leave.
 */

// Each names the data where the law keeps it (in the platform), so the naming sentence is lawful on its own.
const NAMING = [
  (o: string) => `甲方在公共数据平台内向乙方开放${o}。`,
  (o: string) => `乙方可以通过公共数据平台调用${o}开展建模分析。`,
  (o: string) => `本协议授权乙方在运营专区内使用的数据为${o}。`,
  (o: string) => `甲方按季度将${o}加载至运营专区。`,
  (o: string) => `运营专区汇聚了${o}，涉及户籍、社保、婚姻等信息。`,
  (o: string) => `乙方可在平台内访问全市${o}。`,
] as const;
const RAW = [
  '原始数据', '原始记录', '企业登记原始数据', '原始明细数据', '个人信息明细', '不动产登记原始记录', '医保结算明细数据',
  '未经脱敏的原始业务数据',
] as const;
const POINTER = ['上述', '前述', '该等', '以上', '这些', '此类', '该类'] as const;
const RECORD_NOUN = ['数据', '记录', '信息', '明细数据', '资料'] as const;

/** Permissions, and bans lifted by a consent (a permission too). */
const MODS: Record<string, (w: string, v: string) => string> = {
  可以: (w, v) => `${w}可以${v}`,
  有权: (w, v) => `${w}有权${v}`,
  经同意后可: (w, v) => `经甲方书面同意后，${w}可以${v}`,
  视需要: (w, v) => `${w}可根据业务需要${v}`,
  未经不得: (w, v) => `未经甲方同意，${w}不得${v}`,
  报备案后: (w, v) => `${w}报甲方备案后可${v}`,
};
const ACTS = ['give:提供给', 'give:出售给', 'give:共享给', 'move:导出至', 'move:拷贝至', 'move:传输至'] as const;
const RECV = ['合作企业', '金融机构', '第三方', '保险公司', '数据需求方', '其关联公司'] as const;
const PLACE = ['乙方自有服务器', '本地', '平台以外的系统', '移动存储介质', '境外'] as const;

const SLOTS = { naming: NAMING.map((_, i) => String(i)), raw: RAW, ptr: POINTER, noun: RECORD_NOUN, mod: Object.keys(MODS), act: ACTS, recv: RECV, place: PLACE };
type C = Choice<typeof SLOTS>;

const named = (c: C) => NAMING[Number(c.naming)](c.raw);
const ref = (c: C) => `${c.ptr}${c.noun}`;
const to = (c: C) => (c.act.startsWith('move:') ? c.place : c.recv);
const verb = (c: C) => c.act.slice(5);

const SHAPES: Record<string, (c: C) => string> = {
  fronted: (c) => `${named(c)}${MODS[c.mod]('乙方', `将${ref(c)}${verb(c)}${to(c)}`)}。`,
  topic: (c) => `${named(c)}对${ref(c)}，${MODS[c.mod]('乙方', `${verb(c)}${to(c)}`)}。`,
  subject: (c) => `${named(c)}${ref(c)}，${MODS[c.mod]('乙方', `${verb(c)}${to(c)}`)}。`,
  passive: (c) => `${named(c)}${ref(c)}经甲方同意后可由乙方${verb(c)}${to(c)}。`,
};
export const breaches = sample({ ...SLOTS, shape: Object.keys(SHAPES) }, 160, 25).map((c) => SHAPES[c.shape](c));

const BANS = [
  (w: string, v: string) => `${w}不得${v}`,
  (w: string, v: string) => `严禁${w}${v}`,
  (w: string, v: string) => `${w}在任何情况下均不得${v}`,
  (w: string, v: string) => `禁止${w}以任何方式${v}`,
] as const;
const PRODUCT_AFTER = [
  '乙方在平台内对其加工，形成统计分析报告。',
  '乙方据此开发经脱敏处理的统计数据。',
  '乙方应当在运营专区内将其加工为不可逆的指标数据。',
] as const;

type N = Choice<typeof SLOTS & { ban: string[]; after: typeof PRODUCT_AFTER }>;
const NEAR: Record<string, (c: N) => string> = {
  ban: (c) => `${named(c)}${BANS[Number(c.ban)]('乙方', `将${ref(c)}${verb(c)}${to(c)}`)}。`,
  banTopic: (c) => `${named(c)}${ref(c)}，${BANS[Number(c.ban)]('乙方', `${verb(c)}${to(c)}`)}。`,
  inside: (c) => `${named(c)}${ref(c)}仅限在公共数据平台内使用，乙方可以在平台内对${ref(c)}进行加工分析。`,
  // A nearer sentence names what the pointer means: the results, which may go out.
  results: (c) => `${named(c)}乙方在平台内对其加工，形成统计指标。上述指标数据可以${verb(c)}${to(c)}。`,
  product: (c) => `${named(c)}${c.after}乙方可以将上述数据产品${verb(c)}${to(c)}。`,
  notRaw: (c) => `甲方向乙方提供经脱敏处理的汇总统计数据。乙方可以将${c.ptr}数据${verb(c)}${to(c)}。`,
  toGrantor: (c) => `${named(c)}协议终止后，乙方应当将${ref(c)}及其副本交还甲方。`,
};
const nearSlots = { ...SLOTS, ban: BANS.map((_, i) => String(i)), after: PRODUCT_AFTER, shape: Object.keys(NEAR) };
export const nearMisses = sample(nearSlots, 110, 8).map((c) => NEAR[c.shape](c as N));

// --- the grant pointed back at (转授权) ---------------------------------------------------------------------------

const GRANT_NAMING = [
  (g: string) => `甲方授予乙方本场景${g}。`,
  (g: string) => `乙方依本协议取得${g}。`,
  (g: string) => `甲方同意将本场景的${g}授予乙方，期限三年。`,
  (g: string) => `乙方享有本协议约定的${g}。`,
] as const;
const GRANT = ['数据运营权', '授权运营权', '公共数据运营权', '数据资源使用权', '产品经营权'] as const;
const GRANT_PTR = ['上述权利', '前述权利', '该项权利', '该等权利', '上述运营权', '该授权', '上述授权'] as const;
const GRANT_ACTS = ['转授权给', '转让给', '再授权给', '授予'] as const;
const GRANT_RECV = ['第三方', '其关联公司', '合作企业', '其他市场主体', '下级运营单位'] as const;
const G_SLOTS = { naming: GRANT_NAMING.map((_, i) => String(i)), grant: GRANT, ptr: GRANT_PTR, mod: Object.keys(MODS), act: GRANT_ACTS, recv: GRANT_RECV };
type G = Choice<typeof G_SLOTS>;
const gNamed = (c: G) => GRANT_NAMING[Number(c.naming)](c.grant);
const G_SHAPES: Record<string, (c: G) => string> = {
  fronted: (c) => `${gNamed(c)}${MODS[c.mod]('乙方', `将${c.ptr}${c.act}${c.recv}`)}。`,
  subject: (c) => `${gNamed(c)}${c.ptr}，${MODS[c.mod]('乙方', `${c.act}${c.recv}`)}。`,
  passive: (c) => `${gNamed(c)}${c.ptr}经甲方书面同意后可由乙方${c.act}${c.recv}。`,
};
export const grantBreaches = sample({ ...G_SLOTS, shape: Object.keys(G_SHAPES) }, 90, 26).map((c) => G_SHAPES[c.shape](c));
type GN = Choice<typeof G_SLOTS & { ban: string[] }>;
const G_NEAR: Record<string, (c: GN) => string> = {
  ban: (c) => `${gNamed(c)}${BANS[Number(c.ban)]('乙方', `将${c.ptr}${c.act}${c.recv}`)}。`,
  banTopic: (c) => `${gNamed(c)}${c.ptr}，${BANS[Number(c.ban)]('乙方', `${c.act}${c.recv}`)}。`,
  personal: (c) => `${gNamed(c)}${c.ptr}由乙方自行行使，不得转授权、转让或者以其他方式交由${c.recv}行使。`,
  back: (c) => `${gNamed(c)}协议终止后，${c.ptr}自动归还甲方。`,
};
export const grantNearMisses = sample({ ...G_SLOTS, ban: BANS.map((_, i) => String(i)), shape: Object.keys(G_NEAR) }, 70, 9).map((c) => G_NEAR[c.shape](c as GN));

describe('a raw data set pointed back at (raw_data_export)', () => {
  readsGrammar('raw_data_export', { breaches, nearMisses });
});

describe('the grant pointed back at (sub_authorization)', () => {
  readsGrammar('sub_authorization', { breaches: grantBreaches, nearMisses: grantNearMisses });
});
