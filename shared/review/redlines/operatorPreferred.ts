import { clauseAt } from '../text';
import { isNegated } from '../clauses';
import { OPERATOR } from './actors';
import { IMPOSING_FORBIDDEN, dealer } from './dealers';

/**
 * The operator preferred over its competitors when the matter is granted again (Chongqing art. 22: operators chosen by
 * fair competition): a priority right to the grant, the signing or the operation, the grantor bound to deal with it
 * first, or the operator named the first choice over a field. A renewal earned by evaluation is not this.
 */

/**
 * The operator preferred over its competitors when the matter is granted again (Chongqing art. 22: operators chosen by
 * fair competition): it holds a priority right to the grant, the signing or the operation ("乙方享有同等条件下的优先授权权",
 * "拥有优先运营权"), or the grantor must deal with it first when it grants anew ("今后开放同类数据资源的，应当首先与乙方
 * 洽谈"). A renewal earned by evaluation ("评价为优秀的，同等条件下优先续约") rewards performance, a reading real plans use,
 * and public priorities ("优先保障应急场景") prefer no operator.
 */
// Renewing its own agreement first ("乙方享有同等条件下的优先续约权") continues the grant it won: not a priority over
// others in a new one. A bare 优先权 counts only where the matter is granted anew.
// The matter may be got or taken part in: "享有优先获得授权的权利".
// Or others' work to buy first ("经营主体……再开发成果拟转让或者对外许可的，运营机构在同等条件下享有优先受让权").
// Two acts may name it: "享有优先承接开发的权利".
const PRIORITY_RIGHT = /(?:享有|拥有|取得|获得|给予|赋予|保留|授予)([^，。；]{0,12}?)优先(?:获得|取得|获取|参与)?(授权|签约|运营|合作|开发|承接|选择|确定|谈判|洽谈|经营|受让|购买|收购|许可)?(?:开发|运营|实施|建设)?(?:的)?(?:权利|权|地位)/g;
const EARNED = /(?:评价|评估|考核|考评|绩效)[^。；]{0,16}?(?:优秀|良好|合格|达标|A级|前列)/;
// Earned or not, a first claim on other or new matter is a preference over rivals, not a renewal ("……年度评估均为合格以上
// 的，本市后续开展的文旅领域其他场景授权运营，该运营机构享有优先承接权").
const OTHER_MATTER = /(?:其他|其它|新增|新开放|新设)[^。；]{0,12}?(?:场景|领域|项目)|后续开展的[^。；]{0,12}?(?:场景|领域|项目)/;
// The operator may be named by how it was chosen: "优先授予本方案确定的运营机构".
// Or asked first what it wants ("……新增数据资源纳入授权运营的，应当首先书面征询乙方意向").
const FIRST_WITH_OPERATOR = new RegExp(`(?:先行|首先|优先)(?:与|同|向|交由|交给|授权给?|授予|委托|选择|选定|确定|(?:书面)?(?:征询|征求|询问))(?:本方案|本协议|原|现有|已)?(?:确定|选定|遴选|中选|中标)?的?${OPERATOR}`, 'g');
/**
 * The operator named the grantor's first choice over a field ("将乙方列为交通运输数据开发的首选合作方"): others come
 * after it whenever the matter is dealt in. One earned by evaluation is not (EARNED).
 */
// Or said of it: "乙方为本协议项下……数据产品的首选供应方".
const FIRST_CHOICE = new RegExp(`(?:(?:将|把)${OPERATOR}(?:列为|确定为|作为|指定为|视为|定为)[^，。；]{0,16}?(?:首选|优先|第一顺位)|${OPERATOR}(?:为|是|系|作为)[^，。；]{0,24}?(?:首选|第一顺位))(?:的)?(?:合作方|合作伙伴|合作单位|合作对象|供应商|供应方|提供方|服务商|服务方|承接方|运营方)`);
const GRANTED_AGAIN = /(?:重新|另行|再次|今后|此后|后续|新增|扩容|期满|届满|终止后)[^。；]{0,24}?(?:选择|遴选|授权|开放|确定|引入|合作)/;

/**
 * A public buyer bound to buy from the operator first or without competition ("甲方及其所属……机构今后采购……数据服务
 * 的，应首选乙方产品", "各成员单位采购同类服务时应优先选用运营机构产品", "直接向乙方采购，不再招标"): the public market is
 * the operator's. Who buys is the sentence's subject or its condition's; the operator buying for itself is not this.
 * Session 23.
 */
// Or first from it: "……的需求优先向乙方采购".
const BUYS_FIRST = new RegExp(`(?:首选|优先(?:选用|采购|使用|选择|购买))(?:由)?${OPERATOR}|(?:直接|优先)(?:向|从)${OPERATOR}(?:采购|购买)`);
const PUBLIC_BUYER = /甲方|授权方|实施机构|部门|局|委|政府|机关|执法|事业单位|成员单位|所属(?:单位|机构)/;
const OPERATOR_BUYS = new RegExp(`^[^，。；]{0,6}?${OPERATOR}`);
function publicBuysFirst(s: string): boolean {
  const m = BUYS_FIRST.exec(s);
  if (!m || !/采购|购买|选用/.test(s)) return false;
  const c = clauseAt(s, m.index);
  if (isNegated(c.text, m.index - c.start) || IMPOSING_FORBIDDEN.test(s.slice(0, m.index)) || /鼓励|引导|支持/.test(c.text)) return false;
  const buyer = s.slice(0, m.index).split(/采购|购买/)[0];
  // The operator buying is the subject of the buying's own clause ("乙方……优先向……采购"), not one the grantor supports before it.
  return PUBLIC_BUYER.test(buyer) && !OPERATOR_BUYS.test(c.text.slice(0, m.index - c.start));
}
/**
 * The incumbent favoured when the grant is competed again ("期满后本场景重新组织遴选时，现运营机构享有优先续约权；其他
 * 投标人的报价须低于现运营机构报价百分之十五以上方可中标"): a priority right, extra points, or a margin its rivals must
 * beat. A renewal without a new competition continues the grant (PRIORITY_RIGHT's reading). Session 23.
 */
const RESELECTED = /(?:重新|再次|另行)(?:组织)?(?:遴选|招标|选择|选定|比选|竞争)/;
// (Not one denied it: "乙方不享有优先权".)
// Its standing may come between ("乙方历年评估结果均为合格以上的，在同等条件下享有优先续约权").
const INCUMBENT_EDGE = new RegExp(`${OPERATOR}(?:(?!不|无|非|未|甲方|其他|他人)[^。；]){0,30}?(?:享有|拥有|获得|给予|取得)[^，。；]{0,8}?优先[\\u4e00-\\u9fff]{0,4}?权|(?:其他|其余)(?:投标人|竞争者|申请人|供应商|候选人|参选单位|竞标人|投标单位)[^。；]{0,30}?(?:须|应|必须)[^。；]{0,20}?(?:低于|高于|优于)[^。；]{0,24}?方(?:可|能)(?:中标|中选|入选)|(?:给予|对)(?:现|原)?${OPERATOR}[^，。；]{0,10}?加分`
  // Or chosen first at the reselection: "原运营机构……在重新遴选中同等条件下优先确定为运营机构".
  + `|${OPERATOR}(?:(?!不|无|非|未|甲方|其他|他人)[^。；]){0,40}?(?:同等条件下)?优先(?:确定|选定|选择|入选|中选|续约|续签|考虑|授予)`
  // Or chosen without winning: "重新遴选时，乙方综合得分不低于排名第一申请人得分百分之九十五的，甲方可以直接确定乙方为运营机构".
  + `|(?:直接|径行|径直)(?:确定|选定|认定|授予|续约|续签)(?:由)?${OPERATOR}`);
function incumbentFavoured(s: string): boolean {
  const m = INCUMBENT_EDGE.exec(s);
  return !!m && RESELECTED.test(s) && standsAt(s, m.index);
}
/** The preference found at `at` is the sentence's own: not negated in its clause, nor a preference the text forbids imposing. */
function standsAt(s: string, at: number): boolean {
  const c = clauseAt(s, at);
  return !isNegated(c.text, at - c.start) && !IMPOSING_FORBIDDEN.test(s.slice(0, at));
}

/**
 * Or put first when new matter comes ("新增米粉产业相关应用场景的，在同等条件下由本期运营机构优先承接开发运营"): the new
 * scenario is the operator's before anyone competes for it.
 */
// Or what users newly ask for: "经营主体……提出新的数据产品需求的，由乙方优先组织开发".
const OPERATOR_FIRST = new RegExp(`由(?:本期|现任?|原|本方案确定的|已选定的|该)?${OPERATOR}(?:优先|首先|先行)(?:组织|负责)?(?:承接|开发|运营|获得|取得|参与|实施|承担)`);
const NEW_MATTER = /(?:新增|新开放|新设|新开发|新的|拓展|扩展|后续)[^。；]{0,20}?(?:场景|数据|领域|业务|项目|需求)/;
function firstForNewMatter(s: string): boolean {
  const m = OPERATOR_FIRST.exec(s);
  return !!m && NEW_MATTER.test(s.slice(0, m.index)) && standsAt(s, m.index);
}

/**
 * The operator's products first on the market, others after a wait ("授权运营单位对本领域新开发的数据产品享有首发权", "其他单位
 * ……应当在授权运营单位产品首发满六个月后方可上线"): a time of its own in which no rival may sell.
 */
// Or a period named the operator's ("自接入之日起12个月为授权运营单位首发期", "……享有12个月的首发保护期").
const FIRST_RELEASE = new RegExp(`${OPERATOR}[^。；]{0,30}?(?:享有|拥有|获得|取得)[^，。；]{0,16}?(?:首发|首家发布|先发|优先发布|优先上线|优先上架)(?:保护)?(?:权|期)|为${OPERATOR}(?:的)?(?:首发|独家|先发)(?:保护)?期|(?:其他|其余|第三方|他人)[^。；]{0,40}?在${OPERATOR}[^。；]{0,20}?(?:满|届满|之后|以后|后)[^。；]{0,12}?方(?:可|能)`, 'g');

export function operatorPreferred(s: string): boolean {
  if (publicBuysFirst(s) || incumbentFavoured(s)) return true;
  FIRST_RELEASE.lastIndex = 0;
  for (let m; (m = FIRST_RELEASE.exec(s)); ) if (standsAt(s, m.index)) return true;
  if (EARNED.test(s) && !OTHER_MATTER.test(s)) return false;
  if (firstForNewMatter(s)) return true;
  const first = FIRST_CHOICE.exec(s);
  if (first && standsAt(s, first.index)) return true;
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
