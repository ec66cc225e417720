import { partyOf, type Party } from '../clauseParse';
import { DEVELOPER, OPERATOR, TREATED } from './actors';

/**
 * The parties of a dealing, shared by the shut-out readers: who deals (the grantor, a public body, the operator, the
 * market) read before the verb, who counts as others than the operator ("其他运营机构", "第三方", "乙方以外的", "第二家"),
 * the operator's rivals by kind, and the two readings that turn a bar around: an exclusive right withheld, and a
 * prohibited demand ("不得要求其承诺不向其他运营机构采购") that forbids the restriction instead of imposing it.
 */

/** A developer, user or buyer: a market party the operator may not bind to itself. */
type Dealer = Party | 'market';

/** Others named by leaving the operator out: "乙方以外的运营机构", "除运营机构之外的平台". */
export const BUT_OPERATOR = `(?:除)?(?:${OPERATOR}|本平台)(?:以外|之外)的?|除${OPERATOR}外的?`;
/** The operator's competitors: another platform, venue, operator, channel or service provider. */
export const RIVAL_KIND = `(?:其他|其它|别的|另外的|${BUT_OPERATOR})[^，。；]{0,8}?(?:平台|交易场所|交易所|运营机构|运营商|服务商|渠道|数据商|运维单位|供应商)`;

/**
 * The counterpart is anyone else: "其他运营机构", "第三方", "他人", "任何单位" — or a second one beside the operator
 * ("引入第二家运营机构", "确定另一家运营单位"): one more operator is another than the operator.
 */
// Or named by their rivalry with it: "与乙方存在竞争关系的数据服务商".
export const OTHERS = new RegExp(`其他|其它|第三方|他人|任何(?:单位|机构|主体|企业|一方)|另外的|别的|第二家|另一家|另外一家|${BUT_OPERATOR}|与${OPERATOR}[^，。；]{0,6}?竞争(?:关系)?的`);

// Lower levels of government too: "各区", "县（市、区）".
// An organ's full name may be long: "市政务服务和数据管理局".
const NAME = new RegExp(`甲方|(?<!被)授权方|实施机构|数据主管部门|${OPERATOR}|${DEVELOPER}|(?:[市区县省][\\u4e00-\\u9fff]{0,6}?|各|有关|相关)(?:部门|单位|机关|局|委)|[市区县省][\\u4e00-\\u9fff]{7,10}?局|街道|乡镇|人民政府|各(?:区|县|市|地)(?![\\u4e00-\\u9fff]{0,2}(?:数据|场景|领域))|区县|县[（(]市、区[）)]`, 'g');
/** A name after a preposition or in a time phrase ("在乙方运营期间", "与乙方") is not who acts. */
const NOT_SUBJECT = /(?:在|向|给|对|与|同|和|跟|为|将|把|于|至|经|征得|取得|就|使用|调用|采购|购买|授予|授权|交由|面向|通过|经由|依托|借助)$/;

/** Who deals: the last party named before the verb in the sentence that is its subject. */
export function dealer(sentence: string, at: number): Dealer | null {
  let who: Dealer | null = null;
  let conditioned: Dealer | null = null;
  NAME.lastIndex = 0;
  for (let m; (m = NAME.exec(sentence)) && m.index < at; ) {
    // "其他运营机构" is the counterpart, and so is a name that says others itself ("其他机构提出的申请"), or a new one
    // ("启动新的运营机构遴选").
    if (/^(?:其他|其它)/.test(m[0]) || TREATED.test(sentence.slice(Math.max(0, m.index - 6), m.index)) || NOT_SUBJECT.test(sentence.slice(Math.max(0, m.index - 2), m.index)) || /(?:其他|其它|任何|另外的|别的|新的?|另一家|第二家)[^，。；]{0,2}$/.test(sentence.slice(Math.max(0, m.index - 4), m.index))) continue;
    // "乙方交付的数据产品", "乙方指定的服务商": the name modifies a noun.
    // "组织运营机构遴选": the operator named as what is chosen.
    if (/^(?:的)?(?:遴选|选择|选定|比选|招标|招募|征集)/.test(sentence.slice(m.index + m[0].length))) continue;
    // The party whose duties or promises a list then sets out ("甲方的义务包括：") is who acts in its items.
    if (/^(?:运营期间|期间|的(?!数据|(?:主要)?(?:义务|职责|责任|承诺)(?:包括|如下|为)?[：:])|(?:已|所)?(?:交付|提供|开发|指定|认可|运营|建设)的|以外|之外|外的)/.test(sentence.slice(m.index + m[0].length))) continue;
    // A public body other than the grantor (区直各部门, 街道) deals as the grantor does.
    const party: Dealer = /^(?:甲方|授权方|实施机构|数据主管部门)$/.test(m[0]) ? 'grantor' : new RegExp(`^${OPERATOR}$`).test(m[0]) ? 'operator' : new RegExp(`^${DEVELOPER}$`).test(m[0]) ? 'market' : (partyOf(m[0]) ?? 'public');
    // The subject of a condition ("运营单位放弃的，……") is not who acts in the clause it governs, unless that clause names
    // no one of its own and the condition's is the operator ("乙方愿意运营的，在同等条件下享有优先运营权": it goes on).
    if (/^[^，。；]*的[，,]/.test(sentence.slice(m.index, at))) {
      conditioned = party;
      continue;
    }
    who = party;
  }
  return who ?? (conditioned === 'operator' ? conditioned : null);
}

export const EXCLUSIVE_RIGHT = /^[^，。；]{0,12}?(?:独家|排他|排它|独占|专属|专营)/;

/**
 * A shutting-out that is what a prohibited demand would impose ("不得要求其承诺不向其他运营机构采购", "不得强制……不与其他
 * 服务商签约"), or a dealing a party is forbidden to hinder ("乙方不得以任何方式限制甲方向其他运营机构授权同类数据"): the
 * sentence forbids the restriction, it imposes none.
 */
// The means may stand between ("不得以签订开发利用协议为条件，要求……承诺不与其他主体合作").
export const IMPOSING_FORBIDDEN = /(?:不得|禁止|严禁|不能|不应|无权|不允许|不准)[^。；]{0,24}?(?:要求|强制|强迫|迫使|限定|限制|阻止|阻碍|妨碍|干涉|干预|约定|附加|设置|诱导|胁迫|商请|提请|请求)[^。；]{0,16}$/;
