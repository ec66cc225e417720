import { clauseAt, clauses } from '../text';
import { isNegated } from '../clauses';
import { parseSentence } from '../clauseParse';
import { OPERATOR } from './actors';
import { EXCLUSIVE_RIGHT, OTHERS, dealer } from './dealers';

/**
 * The grantor keeping others from the data or the field: it promises not to release or grant the data to anyone else
 * (under the operator's veto or not), or turns others' applications away or over to the operator. The field is then
 * the operator's alone (Hebei art. 37); an application refused for a defect of its own is reviewed, not shut out.
 */

/**
 * The grantor, or a public body, promising not to give the data to anyone else (Hebei art. 37), read on the clause
 * parse: holder grantor/public, act a release or a grant (开放, 提供, 共享, 授权…), recipient another party named as
 * others (其他运营机构, 任何第三方), must-not — under the operator's consent or not ("未经乙方书面同意，不向……开放": the
 * operator's veto keeps it exclusive). What is withheld must be the data or the grant, not a secret.
 */
const WITHHELD_KIND = new Set(['release', 'regrant', 'entrust', 'transfer']);
// Or served "for" others: "甲方不为其他主体另行开放同类接口".
const NAMED_OTHERS = new RegExp(`(?:向|给|对|与|同|为)[^，。；]{0,4}?(?:${OTHERS.source})`);
const GUARDED = /个人(?:身份)?信息|隐私|敏感|密钥|原始数据|明细/;
const OTHERS_GIVEN = new RegExp(`^(?:给|予|至)[^，。；]{0,4}?(?:${OTHERS.source})`);
/**
 * A public body named by its organ ("市住房和城乡建设局不再向其他主体开放……数据接口") holds the data it withholds, when no
 * party the clause itself names comes after it (a holder read from an earlier clause, "为保障运营机构投入回收", is not this one's).
 */
const PUBLIC_ORGAN = /[市区县省州](?!场|块|域)[\u4e00-\u9fff]{1,10}?(?:局|委员会|人民政府)(?![\u4e00-\u9fff]{0,2}(?:企业|公司))/g;
function bodyNamedHere(before: string, holder: string | undefined): boolean {
  const organ = [...before.matchAll(PUBLIC_ORGAN)].at(-1);
  if (!organ || (holder && before.lastIndexOf(holder) > organ.index!)) return false;
  return !/(?:向|给|对|与|为|由|经|和|同)$/.test(before.slice(0, organ.index));
}
/**
 * The operator's objection stopping the grantor ("乙方在收到通知后三十日内提出异议的，甲方不得向该主体提供"): a veto on
 * its competitors, as its consent required is; "该主体" is then the other the sentence named.
 */
const OPERATOR_OBJECTS = new RegExp(`${OPERATOR}[^，。；]{0,20}?(?:提出|表示|提)(?:书面)?(?:异议|反对)(?:意见)?的[，,]\\s*$`);
/** A demand forbidden, the withholding its content ("乙方不得要求数源单位停止向其他主体共享……"): not a clause's own 约定. */
const DEMAND_FORBIDDEN = /(?:不得|禁止|严禁|不能|不应|无权|不允许|不准)[^。；]{0,8}?(?:要求|强制|强迫|迫使|诱导|胁迫|商请|提请|请求|指使)[^。；]{0,30}$/;
// The others may be named in the sentence before the one that stops the grant (`earlier`).
export function grantorWithholds(s: string, earlier = ''): boolean {
  if (!/不|禁止|严禁/.test(s) || !OTHERS.test(earlier + s)) return false;
  return parseSentence(s).some((p) => {
    if (!p.act || !WITHHELD_KIND.has(p.act.kind) || p.modality !== 'must-not' || p.defines) return false;
    if (p.holder?.party !== 'grantor' && p.holder?.party !== 'public' && !bodyNamedHere(p.text.slice(0, p.act.at), p.holder?.text)) return false;
    // The withholding is what another is forbidden to demand ("乙方不得要求数源单位停止向其他主体共享……数据"): none is imposed.
    if (DEMAND_FORBIDDEN.test(s.slice(0, p.start + p.act.at))) return false;
    const vetoed = OPERATOR_OBJECTS.test(s.slice(0, p.start)) && OTHERS.test(earlier + s.slice(0, p.start));
    // Under a veto the one barred may be named back ("甲方不得向该单位开放").
    const namedBack = vetoed && /(?:向|给|对|为)(?:该|此)/.test(p.text.slice(0, p.act.at));
    // "给其他运营主体": another operator, whatever the parse made of its head noun.
    const givenOthers = OTHERS_GIVEN.test(p.text.slice(p.act.at + p.act.verb.length));
    if (!namedBack && !givenOthers && (!p.recipient || !['other', 'group', 'public'].includes(p.recipient.party))) return false;
    // Named after the verb when the data is fronted by 将/把: "不将……数据开放给其他市场主体".
    if (!NAMED_OTHERS.test(p.text.slice(0, p.act.at)) && !givenOthers && !vetoed) return false;
    if (EXCLUSIVE_RIGHT.test(p.text.slice(p.act.at + p.act.verb.length))) return false;
    // An interface to the data is access to it ("不为其他主体开放同类接口").
    // Under a veto the data is the one the sentence before offered ("甲方向其他主体提供……同类的水利数据资源的").
    // Fronted by 将/把, the data stands before the verb ("不将……等数据开放给……").
    const fronted = /[将把][^，。；]*$/.test(p.text.slice(0, p.act.at));
    // A part of it kept safe ("不将……数据中的个人身份信息提供给……") guards the data, it keeps no one out of the field.
    if (fronted && GUARDED.test(p.text.slice(0, p.act.at))) return false;
    return p.object ? p.object.kind !== 'restorable' : /数据|目录|接口/.test(vetoed ? earlier + s : fronted ? p.text : p.text.slice(p.act.at));
  });
}

/**
 * Open data taken back for the operator's sake: withdrawn from the open platform or no longer open to the public once
 * granted ("上述数据自授权之日起仅面向运营机构提供，同步从市公共数据开放平台下架，不再向社会开放", "原开放接口自协议生效
 * 之日起关闭，社会公众改由乙方获取", "……期满后二十四个月内，气象领域公共数据不再通过开放平台或者其他授权方式向社会
 * 提供"). Everyone but the operator loses it. Data closed for what it is (隐私, 涉密, a stale set) or by the operator
 * itself is not this. Session 23.
 */
// Or kept off the open catalogue from the start ("甲方不将与乙方已上线数据产品同类的数据资源列入公共数据开放目录").
const WITHDRAWN = /不(?:将|把|再将)?[^，。；]{0,30}?(?:数据|数据资源|数据集)[^，。；]{0,4}?(?:列入|纳入|编入)[^，。；]{0,6}?开放(?:目录|清单|平台)|(?:从|在)[^，。；]{0,12}?开放(?:平台|目录|门户|网站)[^，。；]{0,4}?(?:下架|撤下|撤回|移除|删除|撤销)|(?:不再|停止|暂停|终止)(?:向社会|对社会|向公众|面向社会|对外)?(?:公众)?(?:免费|无条件|普遍)?(?:开放|公开)(?!平台|目录)|(?:不再|停止|暂停|终止)通过[^，。；]{0,24}?(?:开放平台|开放目录|开放|其他授权)[^，。；]{0,12}?(?:向社会|对社会|向公众|面向社会|对外)(?:公众)?(?:提供|开放|公开|供给)|(?:开放接口|开放服务)[^，。；]{0,12}?(?:关闭|停用|下线)/;
const FOR_THE_GRANT = new RegExp(`${OPERATOR}|授权之日|授权后|授权期|协议生效|签订后`);
const CLOSED_FOR_ITSELF = /个人|隐私|敏感|涉密|秘密|失效|过期|错误|有误|更正|安全风险|安全隐患|违法|违规|不再需要|停止更新/;
export function withdrawnFromOpen(s: string): boolean {
  const m = WITHDRAWN.exec(s);
  if (!m || !FOR_THE_GRANT.test(s) || CLOSED_FOR_ITSELF.test(s)) return false;
  const c = clauseAt(s, m.index);
  if (isNegated(c.text, m.index - c.start) && !/^(?:不再|停止|暂停|终止|不(?:将|把)?[^，。；]{0,30}?(?:列入|纳入|编入))/.test(m[0])) return false;
  // "不得……不再向社会开放": a prohibited withdrawal keeps the data open.
  if (/(?:不得|不应|不能|禁止|严禁|不影响|不改变)[^，。；]{0,12}$/.test(c.text.slice(0, m.index - c.start))) return false;
  // A purpose said first ("为保障运营机构前期投入回收，……") names whom it serves, not who deals.
  return dealer(s.replace(PURPOSE_FIRST, (p) => '\u3000'.repeat(p.length)), m.index) !== 'operator';
}
const PURPOSE_FIRST = /^[^，。；]{0,16}?为了?(?:保障|保护|确保|支持|维护|鼓励|促进|补偿)[^，。；]{2,30}[，,]/;

/**
 * The grantor closing a whole field to new grants for a time ("运营机构确定后，实施机构三年内不再就文物安全领域启动新的
 * 授权运营项目"): a field, not the one scenario granted, kept for the operator. A pause until a review ("评估完成前暂不启动")
 * is procedure, not protection, so a span of time or the operator's interest must be said. Session 23.
 */
const FIELD_CLOSED = /(?:不再|不得|不会|暂停|停止|不另行|不(?=就|在|对))(?:就|在|对)?[^，。；]{0,16}?(?:领域|行业|板块|全市|全县|全区|全省)[^，。；]{0,8}?(?:启动|开展|组织|实施|发起|受理|推进)(?:新的?|其他|同类|另外的)?(?:的)?(?:授权运营|授权)(?:项目|遴选|工作|申请|活动)?/;
const SPAN_OR_SAKE = new RegExp(`[一二两三四五六七八九十\\d]+年内|(?:授权|协议|运营|合同)(?:有效)?期(?:内|间)|期满前|(?:保障|保护|维护|确保)[^，。；]{0,6}?${OPERATOR}`);
export function fieldClosedToGrants(s: string): boolean {
  const m = FIELD_CLOSED.exec(s);
  if (!m || !SPAN_OR_SAKE.test(s) || /(?:前|之前|以前)[，,]/.test(s.slice(0, m.index))) return false;
  if (/^(?:不得)/.test(m[0]) && /未|前/.test(clauseAt(s, m.index).text)) return false;
  const who = dealer(s, m.index);
  return who === 'grantor' || who === 'public';
}

/**
 * Others' applications turned away by the grantor: not accepted, sent back, or redirected to the operator ("甲方不再受理
 * 其他开发利用机构的场景申请", "收到其他机构申请的，应当告知其与乙方合作开展"). The field is the operator's alone. An
 * application refused for a defect of its own ("材料不齐全的，予以退回") is reviewed, not shut out.
 */
const OTHERS_APPLYING = new RegExp(`(?:${OTHERS.source})[^。；]{0,30}?申请`);
const TURNED_AWAY = new RegExp(`不予(?:受理|批准|审批|接受)|(?:不再|不|拒绝|暂停|停止)(?:受理|接受)|退回|驳回|拒绝|(?:转交|转由|移交)${OPERATOR}|(?:告知|引导|要求|建议)其?(?:与|同|通过|经由|向|联系)${OPERATOR}`, 'g');
const OWN_DEFECT = /不符合|不具备|不满足|不齐|不全|不完整|未通过|虚假|逾期|缺失|违法|违规|补正/;

// Those turned away may be the operator's own group ("乙方的母公司、子公司及其他关联企业申请成为开发利用机构的，甲方不受理……"): that
// keeps the operator out, not others.
const GROUP_APPLYING = new RegExp(`${OPERATOR}的?[^。；]{0,20}?(?:关联|子公司|母公司|控股|参股)[^。；]{0,16}?申请`);

export function othersTurnedAway(s: string): boolean {
  if (!OTHERS_APPLYING.test(s) || OWN_DEFECT.test(s) || GROUP_APPLYING.test(s)) return false;
  TURNED_AWAY.lastIndex = 0;
  for (let m; (m = TURNED_AWAY.exec(s)); ) {
    const c = clauses(s).find((x) => m!.index >= x.start && m!.index < x.start + x.text.length);
    if (!c || isNegated(c.text, m.index - c.start)) continue;
    // The grantor or a public body turns applications away; the operator refusing is another reading. Applications
    // refused in the passive ("其他机构提出的同类场景申请不予受理") are refused by whoever receives them, not by the
    // operator an earlier clause named.
    // Or named in the condition the refusing clause follows ("其他机构就同类场景提出申请的，原则上不予受理").
    const prev = c.start > 0 ? clauseAt(s, c.start - 2).text : '';
    const asked = /申请[^，。；]{0,2}$/.test(c.text.slice(0, m.index - c.start)) || (OTHERS_APPLYING.test(prev) && /申请[^，。；]{0,4}的$/.test(prev));
    const passive = asked && !dealer(c.text, m.index - c.start);
    const who = passive ? 'grantor' : dealer(s, m.index);
    if (who === 'operator' || who === 'market') continue;
    return true;
  }
  return false;
}
