import { clauses } from '../text';
import { isNegated } from '../clauses';
import { OPERATOR } from './actors';
import { EXCLUSIVE_RIGHT, IMPOSING_FORBIDDEN, OTHERS, RIVAL_KIND, dealer } from './dealers';
import { grantorWithholds } from './grantorWithholds';

/**
 * The grantor, or a public body, barred from dealing with anyone else over the matter (Hebei art. 37, Chongqing art.
 * 22) — whatever the dealing is called (接洽, 洽谈, 磋商, 对接, 签订, 授权, 委托, 引入…) — or allowed to only with the
 * operator's consent, or only once the operator declines (a first refusal): the operator's position is locked. A market
 * party counts only when kept from the operator's rivals; the operator refraining itself, or the grantor free to deal,
 * shuts nobody out. The grantor withholding the data itself is read in grantorWithholds.ts.
 */

const DEAL = /接洽|洽谈|磋商|商谈|谈判|对接|合作|签订|签署|订立|授权|授予|许可|委托|引入|增设|另设|新增|选定|选择|遴选|确定|采购|接入|上架|批准|审批|核准|准许|立项|协助|扶持|帮助/g;
/**
 * An approval refused to others counts as a dealing refused only for a like matter ("五年内不批准其他主体基于相同数据
 * 资源建设同类平台"): refusing others an unlawful use ("不批准其他主体超范围使用数据") guards the data.
 */
const APPROVING = /^(?:批准|审批|核准|准许|立项)$/;
/**
 * Helping others counts only for a like business too ("不得协助其他经营主体建设功能相同或者近似的服务"): helping them with
 * anything else ("不协助第三方获取原始数据") guards the data.
 */
const HELPING = /^(?:协助|扶持|帮助)$/;
const LIKE_MATTER = /同类|相同|同一|类似|近似|同样|竞争|竞品/;
/**
 * A public body's own dealing of the operator's kind allowed only once the operator confirms it ("各区县交通部门开展的同类
 * 数据合作须经乙方确认不构成竞争后方可实施"): the operator's veto on the field, whoever the counterpart is.
 */
const LIKE_BEFORE = /(?:同类|相同|同一|类似|同样)[^，。；]{0,10}$/;

const RIVAL = new RegExp(`^[^，。；]{0,6}?${RIVAL_KIND}`);
const RIVAL_WITH = new RegExp(`(?:与|同|和|跟|向|在|从)${RIVAL_KIND}[^，。；]{0,30}$`);
// Only a grant made anew is one to others: "另行委托……评估" or "另行采购运维服务" may be the operator's own matter,
// and "不再另行履行授权程序" is a procedure spared, not a grant.
const ANEW = /另行[^，。；]{0,8}$/;
const GRANTING = /^(?:授权|授予|许可|引入|选定|选择|遴选|确定)$/;
// Or of a facility ("不另行建设其他授权运营平台和通道"): building no second platform keeps no one out.
const GRANT_NOUN = /^(?:运营)?(?:协议|合同|书|函|文件|范围|期限|期|事项|清单|目录|平台|系统|通道|空间|专区|环境|域)/;
/**
 * An operator of its own chosen apart ("各区不再分别确定运营机构", "乡镇不再单独选择运营主体"): choosing another operator
 * is dealing with others, whoever it would be.
 */
const APART = /(?:另行|分别|单独|自行)[^，。；]{0,8}$/;
const AN_OPERATOR = new RegExp(`^[^，。；]{0,4}?${OPERATOR}`);
/** The operator named as the object of a nominalised choosing: "组织运营机构遴选", "启动新一轮运营主体选择". */
const OPERATOR_CHOSEN = new RegExp(`${OPERATOR}(?:的)?$`);
/**
 * Others granted only what the operator declines ("运营单位放弃的，方可面向其他主体授权", "乙方不承接的，甲方方可另行选择"):
 * a right of first refusal, the operator's veto on its competitors.
 */
// Or cannot supply it: "仅在乙方书面确认无法供给的情形下，方可向其他机构采购" leaves others only what it cannot serve.
const DECLINES = '(?:放弃|不使用|不需要|不予使用|不承接|不予承接|不接受|拒绝|无意|不参与|未选择|未承接|(?:无法|不能|不能够|无力)(?:供给|供应|提供|满足|承接))';
// How it declines may stand between ("乙方以书面形式明确放弃续约前").
const MANNER = '(?:以书面(?:形式|方式)|书面|明确|主动|正式|自愿|确认|表示|声明)*';
// Only then: 方可, not the 方 of a party's name before its 可 ("甲方可以自行开发", a may).
const OPERATOR_DECLINED = new RegExp(`${OPERATOR}[^，。；]{0,6}?${MANNER}${DECLINES}[^。；]{0,12}?(?:后|的)[，,]?[^。；]{0,16}?(?:(?<![甲乙丙丁双各一三对])方(?:可|能)|才可|才能|始可|再行?)`);
/**
 * The same first refusal with what others are let do named by any verb, not a dealing word ("运营机构书面表示不承接的，
 * 市数据局方可另行组织其他单位开发", "乙方放弃开发的，甲方才可交由第三方实施"): others come only after the operator.
 */
const OTHERS_LET_IN = new RegExp(`^[^，。；]{0,12}?(?:${OTHERS.source})`);
function othersOnlyOnceDeclined(s: string): boolean {
  const d = OPERATOR_DECLINED.exec(s);
  return !!d && OTHERS_LET_IN.test(s.slice(d.index + d[0].length)) && !IMPOSING_FORBIDDEN.test(s.slice(0, d.index));
}
/**
 * Any new grant barred until the operator declines ("在乙方放弃续约前，甲方不得启动新的运营机构遴选"): the same first
 * refusal said from the other side; whoever would be chosen is another than the operator.
 */
const UNTIL_OPERATOR_DECLINES = new RegExp(`${OPERATOR}[^，。；]{0,6}?${MANNER}${DECLINES}[^，。；]{0,12}?(?:前|之前|以前)[，,]?[^。；]*$`);

const WITH_OTHERS = new RegExp(`(?:与|同|和|跟|向|就|给|对)[^，。；]{0,4}?(?:${OTHERS.source})[^，。；]{0,30}$`);
// "不就相同数据资源与任何第三方开展……合作": the matter may stand between the negation and the counterpart.
const NEG_WITH = new RegExp(`(?:不|不得|不再|不会|不能|无权)(?:再|另行)?(?:与|同|和|跟|向|就|对)[^，。；]{0,20}?(?:${OTHERS.source})[^，。；]{0,30}$|(?:不再|不另行|不会)[^，。；]{0,30}$`);
const OTHERS_AFTER = new RegExp(`^(?:给|予)?[^，。；]{0,4}?(?:${OTHERS.source})`);

/**
 * Who grants when no one is named: choosing another operator ("不再遴选其他运营机构参与同一领域运营") or granting the
 * operation right itself ("本协议所涉运营权不向其他主体开放竞争性授权", "本场景运营权不再授予其他主体") is the grantor's
 * act by nature. The right forbidden to be passed on ("运营权不得向第三方转授权") is the operator's re-grant, another red line.
 */
const CHOOSING = /^(?:遴选|选择|选定|确定|引入|增设|另设|新增)$/;
const OTHER_OPERATOR_AFTER = new RegExp(`^[^，。；]{0,4}?(?:${OTHERS.source})[^，。；]{0,4}?${OPERATOR}`);
const OPERATION_RIGHT = /运营权|经营权|运营资格|授权运营(?!机构|单位|主体|方|商|公司)/;
const FORBIDDEN_TO = /(?:不得|禁止|严禁|不能|无权|不可)[^，。；]{0,12}$/;
const ONWARD = /(?:转|分|(?<!不)再|二次|二级)$/;
const PASSED_ON = /(?:转|二次|二级)$/;
// Granted to another operator ("捕捞日志在授权期内不向其他运营机构授权"): only the grantor grants operators; the operator
// passing its grant on is forbidden in words (FORBIDDEN_TO) or said onward (ONWARD), another red line.
const TO_OTHER_OPERATOR = new RegExp(`(?:向|给|对)(?:任何)?(?:${OTHERS.source})[^，。；]{0,4}?${OPERATOR}[^，。；]{0,2}$`);
function grantorByNature(clause: string, verb: string, before: string, after: string): boolean {
  if (CHOOSING.test(verb) && OTHER_OPERATOR_AFTER.test(after)) return true;
  if (GRANTING.test(verb) && TO_OTHER_OPERATOR.test(before) && !FORBIDDEN_TO.test(before) && !ONWARD.test(before)) return true;
  return GRANTING.test(verb) && OPERATION_RIGHT.test(clause) && !FORBIDDEN_TO.test(before) && !ONWARD.test(before);
}

/** A consent the operator must give: "应当事先取得乙方书面同意" (not "无需取得乙方同意"). */
const OPERATOR_CONSENT = new RegExp(`(?<!无需|不需|不必|无须|毋需)(?:事先|事前|预先)?(?:取得|征得|经|获得|经过)${OPERATOR}[^，。；]{0,4}?(?:书面)?(?:同意|认可|许可|确认)`);

/**
 * The grantor promising not to bring in a like product or service beside the operator's ("乙方……模型上线后，甲方应保证在本
 * 行政区域内不引入功能相同或相近的模型和服务"): the like thing can only come from a rival. The operator must be the
 * sentence's reference (its product, its consent or its priority); a bar on duplicate building ("不重复建设功能相同的
 * 平台", 集约化建设) names no operator and keeps it. Session 23.
 */
const LIKE_BROUGHT_IN = /(?:不|不再|不得|不会)(?:再|另行)?(?:引入|引进|采购|购买|接入|采用|上线)[^，。；]{0,6}?(?:功能|性质|用途|服务内容)?(?:相同|相近|类似|同类|近似|雷同)/;
const OPERATOR_NAMED = new RegExp(OPERATOR);
function likeKeptOut(s: string): boolean {
  const m = LIKE_BROUGHT_IN.exec(s);
  if (!m || !OPERATOR_NAMED.test(s) || /安全评估|未经评估|不符合|违法|违规/.test(s)) return false;
  const who = dealer(s, m.index);
  return who === 'grantor' || who === 'public';
}

// Or said after it: "本次授权不对其他领域的授权或者后续授权形成任何限制".
const NO_LIMIT_FORMED = /不(?:会|得)?对[^。；]{0,30}?(?:形成|构成|造成|产生)[^。；]{0,4}?(?:任何)?(?:限制|排斥|障碍)/;
const FREEDOM_KEPT = /(?:不|并不|均不|亦不|也不)(?:排斥|排除|妨碍|影响|限制|阻止|阻碍)[^，。；]{0,24}$/;

const RENEWED = /(?:自动|直接|即行?|当然)(?:延长|续期|续约|续签|延续|顺延)[^。；]{0,6}?(?:[一二两三四五六七八九十\d]+\s*(?:年|个月))?[^。；]{0,4}?[，,]/;
const OWN_FURTHER = /(?:新增|新的|新(?=[^，。；]{0,3}?场景)|拓展|扩展|增加|追加)(?:的)?[^，。；]{0,8}?(?:应用)?场景/;

/**
 * The grantor answering to the operator for dealing with others in a like matter ("甲方……向第三方另行授权开展同类产品开发的，
 * 应当赔偿乙方由此减少的预期收益"): the price of a rival is the operator's, so the grantor is kept from dealing.
 */
const PAYS_OPERATOR = new RegExp(`^[，,]\\s*(?:则|即)?(?:甲方|授权方|实施机构)?(?:应当|应|须|需)?(?:向${OPERATOR})?(?:赔偿|补偿|支付[^，。；]{0,10}?(?:违约金|赔偿金|补偿金|补偿款)|承担[^，。；]{0,6}?违约责任)`);

const TO_OPERATOR = new RegExp(`(?:向|给|对|为)${OPERATOR}$`);
export function grantorBound(s: string, earlier = ''): boolean {
  if (grantorWithholds(s, earlier) || likeKeptOut(s) || othersOnlyOnceDeclined(s)) return true;
  for (const c of clauses(s)) {
    DEAL.lastIndex = 0;
    for (let m; (m = DEAL.exec(c.text)); ) {
      const before = c.text.slice(0, m.index);
      // "限制……与其他平台合作的条款": the dealing describes a noun; the clause's act is another.
      // A clause ending in 的 is a condition ("甲方拟另行开展同类场景授权的，应当……取得乙方同意"), not a noun described.
      if (/^[^，。；]{0,2}?的(?!\s*$)/.test(c.text.slice(m.index + m[0].length))) continue;
      // Granting anew ("甲方另行开展授权运营", "不得另行授权") is granting to others than the operator; a procedure is not
      // ("不再另行履行授权审批程序").
      const after = c.text.slice(m.index + m[0].length);
      // The operator may stand before the choosing as what is chosen: "不另行组织运营机构遴选".
      const anotherOperator = APART.test(before) && GRANTING.test(m[0]) && (AN_OPERATOR.test(after) || (CHOOSING.test(m[0]) && OPERATOR_CHOSEN.test(before)));
      if ((APPROVING.test(m[0]) || HELPING.test(m[0])) && !LIKE_MATTER.test(after)) continue;
      // A grant said onward ("擅自将授权运营权利转授予其他主体的") is the grantee passing its grant on: sub-authorization,
      // whoever the sentence named before.
      if (GRANTING.test(m[0]) && PASSED_ON.test(before)) continue;
      // A grant to the operator itself ("甲方不因本协议向乙方授予其他场景的运营权"): the other matter is the operator's not to
      // have; no one else is named.
      if (GRANTING.test(m[0]) && TO_OPERATOR.test(before)) continue;
      // A grant word inside the name of a paper or a term ("不再另行签订授权运营协议", "授权书", "授权期限") grants nothing:
      // the dealing is the signing, and signing anew with no one else named is a procedure.
      if (GRANTING.test(m[0]) && GRANT_NOUN.test(after)) continue;
      // Nor is granting spared for the operator's own further matter ("运营机构……提出的新增场景，报……备案后即可开展，不再另行
      // 授权"): no one else is kept out; the scenario goes ungranted (authorization_mode's matter).
      // Likewise a choosing spared ("新增的医保数据应用场景，由运营机构报实施机构同意后直接纳入，不再另行组织遴选").
      // Nor a selection spared at a renewal ("……授权运营期限自动延长2年，实施机构不再另行组织遴选"): the term runs on, the
      // term's red line. Either way no one else is named.
      const spared = s.slice(0, c.start + m.index);
      if ((GRANTING.test(m[0]) || CHOOSING.test(m[0])) && (OWN_FURTHER.test(spared) || RENEWED.test(spared)) && !/其他|其它|第三方|他人|另一/.test(after)) continue;
      // The consent may follow in the next clause: "……同类数据开发合作，应当事先征得乙方书面同意".
      const vetoedLike = LIKE_BEFORE.test(before) && OPERATOR_CONSENT.test(s.slice(c.start + m.index));
      const untilDeclined = GRANTING.test(m[0]) && UNTIL_OPERATOR_DECLINES.test(s.slice(0, c.start + m.index)) && isNegated(c.text, m.index);
      if (untilDeclined && !['operator', 'market'].includes(dealer(s, c.start + m.index) ?? '')) return true;
      if (!WITH_OTHERS.test(before) && !OTHERS_AFTER.test(after) && !anotherOperator && !vetoedLike && !(ANEW.test(before) && GRANTING.test(m[0]) && !/^(?:的)?(?:审批|审核|审查|批准|备案)?(?:程序|手续|流程)/.test(after))) continue;
      if (IMPOSING_FORBIDDEN.test(s.slice(0, c.start + m.index))) continue;
      // The dealing left free ("本协议项下的授权不排斥甲方在其他场景授权其他运营机构"): the negation is of the bar, not of it.
      if (FREEDOM_KEPT.test(before) || NO_LIMIT_FORMED.test(s)) continue;
      // An exclusive right withheld from anyone ("不授予任何主体独家经营权") is exclusivity refused, not others shut out.
      if (EXCLUSIVE_RIGHT.test(after)) continue;
      // Others dealt with only once the operator declines: a first refusal, whoever grants.
      // The negation is read after the condition: its "无法供给" denies the operator's supply, not the dealing.
      const declined = OPERATOR_DECLINED.exec(s.slice(0, c.start + m.index));
      const from = declined ? Math.max(0, declined.index + declined[0].length - c.start) : 0;
      if (declined && !isNegated(c.text.slice(from), m.index - from)) return true;
      // A sentence naming no one goes on with the party the sentence before named ("各执收单位采购……时，应当向乙方采购；确因
      // 特殊情况需向其他机构采购的，须事先取得乙方书面同意").
      const who = dealer(s, c.start + m.index) ?? (grantorByNature(c.text, m[0], before, after) ? 'grantor' : null) ?? (earlier ? dealer(earlier, earlier.length) : null);
      // A market party is shut out only from the operator's competitors ("不得接入其他数据交易平台"), not from anyone
      // ("不得向第三方提供原始数据" keeps data safe).
      if (who === 'market' ? !RIVAL.test(c.text.slice(m.index)) && !RIVAL_WITH.test(before) : who !== 'grantor' && who !== 'public') continue;
      // The negation governs the whole "不与其他运营机构就本场景进行接洽", however long the phrase.
      if (isNegated(c.text, m.index) || NEG_WITH.test(before)) return true;
      // Dealing with others only with the operator's leave: the operator holds a veto on its competitors.
      if (OPERATOR_CONSENT.test(s.slice(c.start + m.index))) return true;
      if (who !== 'market' && /的\s*$/.test(c.text) && LIKE_MATTER.test(after) && PAYS_OPERATOR.test(s.slice(c.start + c.text.length))) return true;
    }
  }
  return false;
}
