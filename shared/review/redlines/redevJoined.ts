import { clauses } from '../text';
import { isNegated } from '../clauses';
import { DEVELOPER, OPERATOR_GROUP, isOperatorGroup } from './actors';

/**
 * The operator's side in another's re-development of a delivered product: joining it (a joint team, a stake, the new
 * product's rights or revenue going to it) is taking part indirectly (Chongqing art. 22); a company of its group acting
 * as a developer is allowed; the operator refusing or leaving it ("不参与", "退出……再开发环节") takes no part.
 */

/** "运营机构不参与其已交付产品在使用方的再开发": a bare 不 before the verb that governs the whole phrase. */
// Leaving it is not taking part either: "交付后，应退出该产品的再开发环节".
export const NOT_TAKING_PART = /(?:不|不得|禁止|严禁|不会|不再|无权)(?:直接或者?间接|直接或间接|自行或者?委托)?(?:参与|从事|开展|进行|实施|承接)|(?:退出|撤出|让出|不再介入|不介入)[^，。；]{0,12}?$/;

/**
 * Another's re-development of a delivered product that the operator's side joins: done with it ("须与乙方组建联合开发团队",
 * "吸收乙方作为联合开发方") or with the new product's rights or revenue going to it ("由乙方控股的项目公司持有新产品权益",
 * "新产品知识产权归乙方所有"). The operator takes part indirectly (Chongqing art. 22).
 */
const JOINED_BY_OPERATOR = new RegExp(
  `(?:与|同|会同|联合|吸收|邀请)(${OPERATOR_GROUP})[^，。；]{0,8}?(?:组建|成立|共同|联合|合作|作为)`
  + `|(${OPERATOR_GROUP})[^，。；]{0,10}?(?:持有|享有|取得|分享|共享|分得)[^，。；]{0,10}?(?:权益|收益|分成|股权|知识产权|所有权|成果)`
  // Or by a stake in it or a seat in it: "运营机构可入股参与", "乙方有权加入开发团队".
  + `|(${OPERATOR_GROUP})[^，。；]{0,8}?(?:入股|参股|持股|加入|参与)(?![^，。；]{0,4}?(?:评估|审查|审核|验收|监督|检查|测试|评审|培训|论证))`
  // Or its business: "……开发形成的衍生产品和服务，其经营权归乙方所有".
  + `|(?:权益|收益|知识产权|所有权|经营权|运营权)[^，。；]{0,6}?(?:由|归)(${OPERATOR_GROUP})`
  // Or holds it by its leave or a share of its revenue: "应当事先取得乙方书面同意，并与乙方签订收益分成协议".
  + `|(?:取得|征得|经|获得)(${OPERATOR_GROUP})[^，。；]{0,4}?(?:书面)?(?:同意|许可|授权|认可)|(?:与|同)(${OPERATOR_GROUP})[^，。；]{0,6}?(?:签订|签署|订立)[^，。；]{0,6}?(?:分成|分润|收益分配)`
  // Or taken into its range and sold by it: "……再开发形成的数据产品，……可以纳入乙方产品清单，由乙方统一对外销售".
  + `|纳入(${OPERATOR_GROUP})的?(?:产品清单|产品目录|产品体系|产品库)|由(${OPERATOR_GROUP})(?:统一|负责)?(?:对外)?(?:销售|经营|推广|运营)`,
);
export function joinedByOperator(text: string, from: number): string | null {
  const m = JOINED_BY_OPERATOR.exec(text.slice(from));
  // The operator's side is whichever alternative matched: its one group.
  if (!m || !isOperatorGroup(m.slice(1).find((g) => g !== undefined) ?? null)) return null;
  // Read at the act's last word, so a negation between the operator and its act counts ("运营机构不得入股").
  const at = from + m.index + m[0].length - 1;
  const c = clauses(text).find((x) => at >= x.start && at < x.start + x.text.length);
  return c && !isNegated(c.text, at - c.start) && !NOT_TAKING_PART.test(c.text.slice(0, at - c.start)) ? m[0] : null;
}

/** An operator-group company acting as a developer or a 经营主体: "乙方关联公司……可以作为开发利用主体，申请使用乙方已交付的……". */
export const GROUP_AS_DEVELOPER = new RegExp(`(${OPERATOR_GROUP})[^。；]{0,30}?(?:作为|以)${DEVELOPER}(?:身份)?`);
export const APART_FROM_DELIVERED = /(?:与|同)[^，。；]{0,24}?交付[^，。；]{0,10}?(?:无关|不相关|无涉)|不(?:得|应|能)?(?:涉及|包括|包含|针对|指向)[^，。；]{0,10}?交付/;
