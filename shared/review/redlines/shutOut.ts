import { clauseAt, clauses } from '../text';
import { isNegated } from '../clauses';
import { parseSentence, partyOf, type Party } from '../clauseParse';
import { DEVELOPER, OPERATOR, TREATED } from './actors';

/** A developer, user or buyer: a market party the operator may not bind to itself. */
type Dealer = Party | 'market';

/**
 * Others shut out, read on the clause as who may deal with whom (Hebei art. 37, Chongqing art. 22):
 * - the grantor, or a public body, barred from dealing with anyone else over the matter — whatever the dealing is called
 *   (接洽, 洽谈, 磋商, 对接, 签订, 授权, 委托, 引入…) — or allowed to only with the operator's consent: the operator's
 *   position is locked;
 * - a whole city's or domain's operation reserved to the operator ("本市交通领域的……授权运营业务均由乙方承担"): the grant
 *   itself names its scope, a universal reservation over a domain shuts out anyone else there.
 * The operator refraining itself, or the grantor free to deal, shuts nobody out.
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
/** The operator's competitors: another platform, venue, operator, channel or service provider. */
/** Others named by leaving the operator out: "乙方以外的运营机构", "除运营机构之外的平台". */
export const BUT_OPERATOR = `(?:除)?(?:${OPERATOR}|本平台)(?:以外|之外)的?|除${OPERATOR}外的?`;
const RIVAL_KIND = `(?:其他|其它|别的|另外的|${BUT_OPERATOR})[^，。；]{0,8}?(?:平台|交易场所|交易所|运营机构|运营商|服务商|渠道|数据商|运维单位|供应商)`;
const RIVAL = new RegExp(`^[^，。；]{0,6}?${RIVAL_KIND}`);
const RIVAL_WITH = new RegExp(`(?:与|同|和|跟|向|在|从)${RIVAL_KIND}[^，。；]{0,30}$`);
// Only a grant made anew is one to others: "另行委托……评估" or "另行采购运维服务" may be the operator's own matter,
// and "不再另行履行授权程序" is a procedure spared, not a grant.
const ANEW = /另行[^，。；]{0,8}$/;
const GRANTING = /^(?:授权|授予|许可|引入|选定|选择|遴选|确定)$/;
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
const DECLINES = '(?:放弃|不承接|不予承接|不接受|拒绝|无意|不参与|未选择|未承接|(?:无法|不能|不能够|无力)(?:供给|供应|提供|满足|承接))';
// How it declines may stand between ("乙方以书面形式明确放弃续约前").
const MANNER = '(?:以书面(?:形式|方式)|书面|明确|主动|正式|自愿|确认|表示|声明)*';
const OPERATOR_DECLINED = new RegExp(`${OPERATOR}[^，。；]{0,6}?${MANNER}${DECLINES}[^。；]{0,12}?(?:后|的)[，,]?[^。；]{0,16}?(?:方可|才可|才能|方能|始可|再行?)`);
/**
 * Any new grant barred until the operator declines ("在乙方放弃续约前，甲方不得启动新的运营机构遴选"): the same first
 * refusal said from the other side; whoever would be chosen is another than the operator.
 */
const UNTIL_OPERATOR_DECLINES = new RegExp(`${OPERATOR}[^，。；]{0,6}?${MANNER}${DECLINES}[^，。；]{0,12}?(?:前|之前|以前)[，,]?[^。；]*$`);
/**
 * The counterpart is anyone else: "其他运营机构", "第三方", "他人", "任何单位" — or a second one beside the operator
 * ("引入第二家运营机构", "确定另一家运营单位"): one more operator is another than the operator.
 */
const OTHERS = new RegExp(`其他|其它|第三方|他人|任何(?:单位|机构|主体|企业|一方)|另外的|别的|第二家|另一家|另外一家|${BUT_OPERATOR}`);
const WITH_OTHERS = new RegExp(`(?:与|同|和|跟|向|就|给|对)[^，。；]{0,4}?(?:${OTHERS.source})[^，。；]{0,30}$`);
// "不就相同数据资源与任何第三方开展……合作": the matter may stand between the negation and the counterpart.
const NEG_WITH = new RegExp(`(?:不|不得|不再|不会|不能|无权)(?:再|另行)?(?:与|同|和|跟|向|就|对)[^，。；]{0,20}?(?:${OTHERS.source})[^，。；]{0,30}$|(?:不再|不另行|不会)[^，。；]{0,30}$`);
const OTHERS_AFTER = new RegExp(`^(?:给|予)?[^，。；]{0,4}?(?:${OTHERS.source})`);
// Lower levels of government too: "各区", "县（市、区）".
const NAME = new RegExp(`甲方|授权方|实施机构|数据主管部门|${OPERATOR}|${DEVELOPER}|(?:[市区县省][\\u4e00-\\u9fff]{0,6}?|各|有关|相关)(?:部门|单位|机关|局|委)|街道|乡镇|人民政府|各(?:区|县|市|地)(?![\\u4e00-\\u9fff]{0,2}(?:数据|场景|领域))|区县|县[（(]市、区[）)]`, 'g');
/** A name after a preposition or in a time phrase ("在乙方运营期间", "与乙方") is not who acts. */
const NOT_SUBJECT = /(?:在|向|给|对|与|同|和|跟|为|将|把|于|至|经|征得|取得|就|使用|调用|采购|购买|授予|授权|交由|面向|通过|经由|依托|借助)$/;

/** Who deals: the last party named before the verb in the sentence that is its subject. */
function dealer(sentence: string, at: number): Dealer | null {
  let who: Dealer | null = null;
  NAME.lastIndex = 0;
  for (let m; (m = NAME.exec(sentence)) && m.index < at; ) {
    // "其他运营机构" is the counterpart, and so is a name that says others itself ("其他机构提出的申请"), or a new one
    // ("启动新的运营机构遴选").
    if (/^(?:其他|其它)/.test(m[0]) || TREATED.test(sentence.slice(Math.max(0, m.index - 6), m.index)) || NOT_SUBJECT.test(sentence.slice(Math.max(0, m.index - 2), m.index)) || /(?:其他|其它|任何|另外的|别的|新的?|另一家|第二家)[^，。；]{0,2}$/.test(sentence.slice(Math.max(0, m.index - 4), m.index))) continue;
    // "乙方交付的数据产品", "乙方指定的服务商": the name modifies a noun.
    // "组织运营机构遴选": the operator named as what is chosen.
    if (/^(?:的)?(?:遴选|选择|选定|比选|招标|招募|征集)/.test(sentence.slice(m.index + m[0].length))) continue;
    if (/^(?:运营期间|期间|的(?!数据)|(?:已|所)?(?:交付|提供|开发|指定|认可|运营|建设)的|以外|之外|外的)/.test(sentence.slice(m.index + m[0].length))) continue;
    // The subject of a condition ("运营单位放弃的，……") is not who acts in the clause it governs.
    if (/^[^，。；]*的[，,]/.test(sentence.slice(m.index, at))) continue;
    // A public body other than the grantor (区直各部门, 街道) deals as the grantor does.
    who = /^(?:甲方|授权方|实施机构|数据主管部门)$/.test(m[0]) ? 'grantor' : new RegExp(`^${OPERATOR}$`).test(m[0]) ? 'operator' : new RegExp(`^${DEVELOPER}$`).test(m[0]) ? 'market' : (partyOf(m[0]) ?? 'public');
  }
  return who;
}

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
// Granted to another operator ("捕捞日志在授权期内不向其他运营机构授权"): only the grantor grants operators; the operator
// passing its grant on is forbidden in words (FORBIDDEN_TO) or said onward (ONWARD), another red line.
const TO_OTHER_OPERATOR = new RegExp(`(?:向|给|对)(?:任何)?(?:${OTHERS.source})[^，。；]{0,4}?${OPERATOR}[^，。；]{0,2}$`);
function grantorByNature(clause: string, verb: string, before: string, after: string): boolean {
  if (CHOOSING.test(verb) && OTHER_OPERATOR_AFTER.test(after)) return true;
  if (GRANTING.test(verb) && TO_OTHER_OPERATOR.test(before) && !FORBIDDEN_TO.test(before) && !ONWARD.test(before)) return true;
  return GRANTING.test(verb) && OPERATION_RIGHT.test(clause) && !FORBIDDEN_TO.test(before) && !ONWARD.test(before);
}

const EXCLUSIVE_RIGHT = /^[^，。；]{0,12}?(?:独家|排他|排它|独占|专属|专营)/;

/** A consent the operator must give: "应当事先取得乙方书面同意" (not "无需取得乙方同意"). */
const OPERATOR_CONSENT = new RegExp(`(?<!无需|不需|不必|无须|毋需)(?:事先|事前|预先)?(?:取得|征得|经|获得|经过)${OPERATOR}[^，。；]{0,4}?(?:书面)?(?:同意|认可|许可|确认)`);

/**
 * A shutting-out that is what a prohibited demand would impose ("不得要求其承诺不向其他运营机构采购", "不得强制……不与其他
 * 服务商签约"), or a dealing a party is forbidden to hinder ("乙方不得以任何方式限制甲方向其他运营机构授权同类数据"): the
 * sentence forbids the restriction, it imposes none.
 */
export const IMPOSING_FORBIDDEN = /(?:不得|禁止|严禁|不能|不应|无权|不允许|不准)[^。；]{0,12}?(?:要求|强制|强迫|迫使|限定|限制|阻止|阻碍|妨碍|干涉|干预|约定|附加|设置|诱导|胁迫|商请|提请|请求)[^。；]{0,16}$/;

export function grantorBound(s: string, earlier = ''): boolean {
  if (grantorWithholds(s, earlier)) return true;
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
      // The consent may follow in the next clause: "……同类数据开发合作，应当事先征得乙方书面同意".
      const vetoedLike = LIKE_BEFORE.test(before) && OPERATOR_CONSENT.test(s.slice(c.start + m.index));
      const untilDeclined = GRANTING.test(m[0]) && UNTIL_OPERATOR_DECLINES.test(s.slice(0, c.start + m.index)) && isNegated(c.text, m.index);
      if (untilDeclined && !['operator', 'market'].includes(dealer(s, c.start + m.index) ?? '')) return true;
      if (!WITH_OTHERS.test(before) && !OTHERS_AFTER.test(after) && !anotherOperator && !vetoedLike && !(ANEW.test(before) && GRANTING.test(m[0]) && !/^(?:的)?(?:审批|审核|审查|批准|备案)?(?:程序|手续|流程)/.test(after))) continue;
      if (IMPOSING_FORBIDDEN.test(s.slice(0, c.start + m.index))) continue;
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
    }
  }
  return false;
}

/**
 * The grantor, or a public body, promising not to give the data to anyone else (Hebei art. 37), read on the clause
 * parse: holder grantor/public, act a release or a grant (开放, 提供, 共享, 授权…), recipient another party named as
 * others (其他运营机构, 任何第三方), must-not — under the operator's consent or not ("未经乙方书面同意，不向……开放": the
 * operator's veto keeps it exclusive). What is withheld must be the data or the grant, not a secret.
 */
const WITHHELD_KIND = new Set(['release', 'regrant', 'entrust', 'transfer']);
// Or served "for" others: "甲方不为其他主体另行开放同类接口".
const NAMED_OTHERS = new RegExp(`(?:向|给|对|与|同|为)[^，。；]{0,4}?(?:${OTHERS.source})`);
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
// The others may be named in the sentence before the one that stops the grant (`earlier`).
function grantorWithholds(s: string, earlier = ''): boolean {
  if (!/不|禁止|严禁/.test(s) || !OTHERS.test(earlier + s)) return false;
  return parseSentence(s).some((p) => {
    if (!p.act || !WITHHELD_KIND.has(p.act.kind) || p.modality !== 'must-not' || p.defines) return false;
    if (p.holder?.party !== 'grantor' && p.holder?.party !== 'public' && !bodyNamedHere(p.text.slice(0, p.act.at), p.holder?.text)) return false;
    const vetoed = OPERATOR_OBJECTS.test(s.slice(0, p.start)) && OTHERS.test(earlier + s.slice(0, p.start));
    // Under a veto the one barred may be named back ("甲方不得向该单位开放").
    const namedBack = vetoed && /(?:向|给|对|为)(?:该|此)/.test(p.text.slice(0, p.act.at));
    if (!namedBack && (!p.recipient || !['other', 'group', 'public'].includes(p.recipient.party))) return false;
    if (!NAMED_OTHERS.test(p.text.slice(0, p.act.at)) && !vetoed) return false;
    if (EXCLUSIVE_RIGHT.test(p.text.slice(p.act.at + p.act.verb.length))) return false;
    // An interface to the data is access to it ("不为其他主体开放同类接口").
    // Under a veto the data is the one the sentence before offered ("甲方向其他主体提供……同类的水利数据资源的").
    return p.object ? p.object.kind !== 'restorable' : /数据|目录|接口/.test(vetoed ? earlier + s : p.text.slice(p.act.at));
  });
}

// The area's data of a kind is as wide: "本市交通运输公共数据".
const WIDE = /(?:全市|本市|全省|本省|全区|本区|全县|本县|辖区|区域内|全域)[^，。；]{0,16}?(?:领域|行业|场景|部门|数据)|(?:各|所有|全部|一切)(?:行业|领域|场景)/;
/** A word that leaves no one else ("一律由", "仅由乙方一家"): a field it reserves is reserved whole, its area unnamed. */
const ALONE = /一律|只能|仅|独家|一家|独自/;
// The operator alone, said before ("统一由乙方承担") or after its name ("由乙方一家承担", "由运营机构独家承接").
// How it does it may stand between: "一律由运营机构统一对外提供".
const RESERVED_TO = new RegExp(`(?:(?:均|全部|统一|一律|独家|只能|仅)由${OPERATOR}|由${OPERATOR}(?=一家|独家|独自))(?:统一|独家|一家|独自|对外|集中|向社会|直接|面向(?:市场|社会|用户)){0,3}(?:承担|负责|承接|运营|经营|开展|实施|提供|开发)`);
// A domain's products reserved are its business reserved: "本市不动产登记领域公共数据产品统一由运营机构开发并对外提供";
// so is its operation itself ("全省医疗健康领域公共数据授权运营由乙方一家承担").
// Or the data itself: "本市交通运输公共数据仅由乙方一家运营".
// Or the uses built on its data: "门牌核验、地址匹配等下游应用一律由授权运营机构直接面向市场提供".
const BUSINESS = /(?:运营|经营|开发利用|开发)(?:业务|工作|服务|事项)$|(?:授权运营|运营|产品开发|(?:数据)?产品(?:和服务)?|(?:公共|政务)数据(?:资源)?|(?:下游|数据|场景|市场化?)应用)$/;

/**
 * One operator made the only operator of a whole domain ("确定其为全市各行业公共数据的唯一运营机构"): the designation
 * reserves the domain as a grant "均由乙方承担" does. A 统一 operator is a whole grant (整体授权, Guizhou's main mode and
 * lawful nationally; Hebei reads it as a mode, not as exclusivity): it shuts no one out by that word alone.
 */
const SOLE_OPERATOR = new RegExp(`(?:唯一|独家)的?(?:授权)?${OPERATOR}`, 'g');

export function domainReserved(s: string): boolean {
  SOLE_OPERATOR.lastIndex = 0;
  for (let m; (m = SOLE_OPERATOR.exec(s)); ) {
    const c = clauses(s).find((x) => m!.index >= x.start && m!.index < x.start + x.text.length);
    if (c && WIDE.test(c.text.slice(0, m.index - c.start)) && !isNegated(c.text, m.index - c.start)) return true;
  }
  for (const c of clauses(s)) {
    const r = RESERVED_TO.exec(c.text);
    if (!r) continue;
    // The topic may stand in the clause before ("本省……运营业务，仅由运营机构一家负责").
    const topic = s.slice(Math.max(0, c.start + r.index - 40), c.start + r.index).replace(/[^，。；]*[。；]/g, '');
    const wide = WIDE.test(topic) || (ALONE.test(r[0]) && /领域|行业/.test(topic));
    if (wide && BUSINESS.test(topic.replace(/[的，,\s]+$/, '')) && !isNegated(c.text, r.index)) return true;
  }
  return false;
}

/**
 * Others' applications turned away by the grantor: not accepted, sent back, or redirected to the operator ("甲方不再受理
 * 其他开发利用机构的场景申请", "收到其他机构申请的，应当告知其与乙方合作开展"). The field is the operator's alone. An
 * application refused for a defect of its own ("材料不齐全的，予以退回") is reviewed, not shut out.
 */
const OTHERS_APPLYING = new RegExp(`(?:${OTHERS.source})[^。；]{0,30}?申请`);
const TURNED_AWAY = new RegExp(`不予(?:受理|批准|审批|接受)|(?:不再|不|拒绝|暂停|停止)(?:受理|接受)|退回|驳回|拒绝|(?:转交|转由|移交)${OPERATOR}|(?:告知|引导|要求|建议)其?(?:与|同|通过|经由|向|联系)${OPERATOR}`, 'g');
const OWN_DEFECT = /不符合|不具备|不满足|不齐|不全|不完整|未通过|虚假|逾期|缺失|违法|违规|补正/;

export function othersTurnedAway(s: string): boolean {
  if (!OTHERS_APPLYING.test(s) || OWN_DEFECT.test(s)) return false;
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

/**
 * A market party tied to the operator: it must go through the operator's (or its designee's) channel only, buy the
 * operator's other services with what it wants, or gets access only for a deal with the operator ("仅向已与乙方签署……协议的
 * 经营主体开放"). A duty to use the platform's channel for security ("应当通过约定的安全通道调用") ties to nobody.
 */
// Under the operator's oversight ("仅可在乙方监督下……提供运维服务") is a manner the party works in, not a channel.
const ONLY_THROUGH = new RegExp(`(?:只能|仅能|仅可|只可|仅|只|一律)(?:经由|通过|在|向|从|委托)${OPERATOR}(?![^，。；]{0,4}?(?:监督|指导|陪同|组织|安排|监管|见证|管控)下)(?:指定|认可)?的?[^，。；]{0,8}?(?:渠道|平台|单位|服务商|机构)?`);
const DESIGNEE = new RegExp(`(?:应当?|须|必须|需|只能|优先)(?:同时|优先)?(?:通过|经由|委托|选择|使用|采用|采购|购买)[^，。；]{0,6}?${OPERATOR}(?:指定|认可)`);
const TIED = new RegExp(`(?:须|应当?|必须|需要?)(?:同时|一并|配套)(?:购买|订购|采购|使用)${OPERATOR}`);
const FOR_OPERATOR_DEALS = new RegExp(`(?:仅|只)(?:向|对|为|面向)[^，。；]{0,4}?(?:与|和|同|向)${OPERATOR}(?:签订|签署|订立|采购|购买|合作)[^，。；]{0,20}?的`);

/**
 * The party named by the condition that governs the clause ("省内金融机构需使用公共数据的，应仅通过运营机构办理"): the
 * clause binds it, whoever an earlier clause was about; "乙方开展服务的，应仅通过乙方平台提供" binds the operator itself.
 */
// Its subject, not its object: "乙方向金融机构提供服务的" names the operator.
const CONDITION_SUBJECT = new RegExp(`^(?:(?!向|为|对|与|给|同|和|面向)[^，。；]){0,8}?(?:(?<!其他|其它)(${OPERATOR})|${DEVELOPER}|金融机构|银行|保险(?:机构|公司)|企业|客户|买方|采购方|使用单位|用数单位)`);
function conditionParty(s: string, c: { start: number }): 'operator' | 'market' | null {
  const before = clauses(s.slice(0, c.start)).at(-1);
  if (!before || !/的$/.test(before.text) || !/^[，,]/.test(s.slice(before.start + before.text.length))) return null;
  const m = CONDITION_SUBJECT.exec(before.text);
  return m ? (m[1] ? 'operator' : 'market') : null;
}

export function tiedToOperator(s: string): boolean {
  for (const re of [ONLY_THROUGH, DESIGNEE, TIED, FOR_OPERATOR_DEALS]) {
    const m = re.exec(s);
    if (!m) continue;
    const c = clauseAt(s, m.index);
    const who = conditionParty(s, c) ?? dealer(s, m.index);
    if (re !== FOR_OPERATOR_DEALS && who === 'operator') continue;
    if (!isNegated(c.text, m.index - c.start)) return true;
  }
  return false;
}

/**
 * The operator preferred over its competitors when the matter is granted again (Chongqing art. 22: operators chosen by
 * fair competition): it holds a priority right to the grant, the signing or the operation ("乙方享有同等条件下的优先授权权",
 * "拥有优先运营权"), or the grantor must deal with it first when it grants anew ("今后开放同类数据资源的，应当首先与乙方
 * 洽谈"). A renewal earned by evaluation ("评价为优秀的，同等条件下优先续约") rewards performance, a reading real plans use,
 * and public priorities ("优先保障应急场景") prefer no operator.
 */
// Renewing its own agreement first ("乙方享有同等条件下的优先续约权") continues the grant it won: not a priority over
// others in a new one. A bare 优先权 counts only where the matter is granted anew.
const PRIORITY_RIGHT = /(?:享有|拥有|取得|获得|给予|赋予|保留|授予)([^，。；]{0,12}?)优先(授权|签约|运营|合作|开发|承接|选择|确定|谈判|洽谈|经营)?(?:的)?(?:权利|权|地位)/g;
const EARNED = /(?:评价|评估|考核|考评|绩效)[^。；]{0,16}?(?:优秀|良好|合格|达标|A级|前列)/;
// The operator may be named by how it was chosen: "优先授予本方案确定的运营机构".
const FIRST_WITH_OPERATOR = new RegExp(`(?:先行|首先|优先)(?:与|同|向|交由|交给|授权给?|授予|委托|选择|选定|确定)(?:本方案|本协议|原|现有|已)?(?:确定|选定|遴选|中选|中标)?的?${OPERATOR}`, 'g');
/**
 * The operator named the grantor's first choice over a field ("将乙方列为交通运输数据开发的首选合作方"): others come
 * after it whenever the matter is dealt in. One earned by evaluation is not (EARNED).
 */
// Or said of it: "乙方为本协议项下……数据产品的首选供应方".
const FIRST_CHOICE = new RegExp(`(?:(?:将|把)${OPERATOR}(?:列为|确定为|作为|指定为|视为|定为)[^，。；]{0,16}?(?:首选|优先|第一顺位)|${OPERATOR}(?:为|是|系|作为)[^，。；]{0,24}?(?:首选|第一顺位))(?:的)?(?:合作方|合作伙伴|合作单位|合作对象|供应商|供应方|提供方|服务商|服务方|承接方|运营方)`);
const GRANTED_AGAIN = /(?:重新|另行|再次|今后|此后|后续|新增|扩容|期满|届满|终止后)[^。；]{0,24}?(?:选择|遴选|授权|开放|确定|引入|合作)/;

export function operatorPreferred(s: string): boolean {
  if (EARNED.test(s)) return false;
  const first = FIRST_CHOICE.exec(s);
  if (first) {
    const c = clauseAt(s, first.index);
    if (!isNegated(c.text, first.index - c.start) && !IMPOSING_FORBIDDEN.test(s.slice(0, first.index))) return true;
  }
  for (const re of [PRIORITY_RIGHT, FIRST_WITH_OPERATOR]) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(s)); ) {
      const c = clauseAt(s, m.index);
      if (isNegated(c.text, m.index - c.start) || IMPOSING_FORBIDDEN.test(s.slice(0, m.index))) continue;
      // "不因履行本协议而享有任何优先权": the negation reaches the verb across its ground.
      if (/不(?:因|由于|基于|以)[^，。；]{0,24}?而?$/.test(c.text.slice(0, m.index - c.start))) continue;
      if (re === PRIORITY_RIGHT) {
        // The holder is the operator: the subject of 享有, or the one it is given to ("给予乙方优先签约权").
        const holder = new RegExp(OPERATOR).test(m[1]) ? 'operator' : dealer(s, m.index);
        if (holder === 'operator' && (m[2] || GRANTED_AGAIN.test(s))) return true;
      } else if (GRANTED_AGAIN.test(s) && dealer(s, m.index) !== 'operator') return true;
    }
  }
  return false;
}

/**
 * A party the operator works with — a partner, a member, a vendor — barred from working with the operator's rivals
 * ("入选伙伴须签署承诺书，承诺协议期内不与其他公共数据运营机构开展节水数据合作", "技术服务单位在协议期内不得为其他
 * 运营机构提供……开发服务"): exclusive dealing, whoever imposes it. Who is bound is the clause's own head, or the head of
 * the clause the sentence goes on from; the operator or the grantor refraining is read elsewhere (grantorBound), and a
 * bar that guards data or secrets ("不得向其他运营机构提供原始数据") or unlawful dealing keeps no one out.
 */
const PARTY_NOUN = '(?:单位|企业|公司|伙伴|会员|商户|机构|主体|服务商|供应商|成员|客户|银行|合作方|签约方)';
const HEAD = new RegExp(`^\\s*(?:[^，。；：:]{1,8}[：:]\\s*)?([\\u4e00-\\u9fff]{1,10}?${PARTY_NOUN})(?=(?:均|也|亦)?(?:在|于|须|应|必须|需|承诺|不得|不能|不|同意|保证))`);
const NOT_MARKET_HEAD = new RegExp(`${OPERATOR}|甲方|授权方|实施机构|其他|其它|第三方|部门|政府|机关`);
const RIVAL_DEAL = new RegExp(`(?:不得|不能|不应|不再|不会|不|禁止|严禁)(?:再|另行)?(?:与|同|和|跟|为)${RIVAL_KIND}[^，。；]{0,24}?(?:合作|提供|开展|签约|签订|签署|对接|服务)`);
const GUARDED = /原始数据|秘密|保密|个人信息|账号|密钥|口令|源代码|违法|违规|非法|未经/;
export function partnerBoundFromRivals(s: string): boolean {
  const cs = clauses(s);
  for (const [i, c] of cs.entries()) {
    const m = RIVAL_DEAL.exec(c.text);
    if (!m || GUARDED.test(c.text) || IMPOSING_FORBIDDEN.test(s.slice(0, c.start + m.index))) continue;
    let head: RegExpExecArray | null = null;
    for (let j = i; j >= 0 && !head; j--) head = HEAD.exec(cs[j].text);
    if (head && !NOT_MARKET_HEAD.test(head[1])) return true;
  }
  return false;
}

/**
 * Access rationed by a further deal with the operator ("对未与乙方签订年度框架合作协议的经营主体，乙方可限制其调用……的
 * 频次和范围"): those outside its cooperation are served less — the other side of "仅向已与乙方签署……协议的经营主体开放".
 * A contract for the use itself ("未签订数据使用协议的，不予开通") is what any use needs, not a tie.
 */
const OUTSIDE_DEAL = new RegExp(`(?:未|没有|尚未|不)(?:与|同|和|向)${OPERATOR}(?:签订|签署|订立|达成|建立|购买|采购|订购)[^，。；]{0,12}?(?:合作|框架|战略|年度|长期|会员|独家|打包|套餐)[^，。；]{0,6}?(?:协议|合同|关系|安排|服务)?的`);
const RATIONED = /限制|降低|减少|下调|压缩|延后|排后|暂停|取消/;
export function rationedByDeal(s: string): boolean {
  const m = OUTSIDE_DEAL.exec(s);
  if (!m) return false;
  const rest = s.slice(m.index + m[0].length);
  const r = RATIONED.exec(rest);
  if (!r || /[。]/.test(rest.slice(0, r.index))) return false;
  const at = m.index + m[0].length + r.index;
  const c = clauseAt(s, at);
  return !isNegated(c.text, at - c.start) && !IMPOSING_FORBIDDEN.test(s.slice(0, at));
}
