import { clauseAt, clauses } from '../text';
import { isNegated, negatedInSentence, readClause, type ClauseReading } from '../clauses';
import type { Unit } from './units';
import { DEVELOPER, OPERATOR, OPERATOR_GROUP, isOperatorGroup, subjectBefore } from './actors';
import { namedAsRisk } from './background';
import { BUT_OPERATOR, IMPOSING_FORBIDDEN, domainReserved, grantorBound, operatorPreferred, othersTurnedAway, partnerBoundFromRivals, rationedByDeal, tiedToOperator } from './shutOut';

/**
 * Exclusivity, monopoly and the operator re-developing what it delivered (Chongqing art. 22, Hebei art. 37), read as
 * who may do what:
 * - the operator or a company of its group develops further a product it delivered (再开发, 二次加工, 融合开发, 增值/
 *   深度/衍生开发, 功能扩展…), including through a defined term ("所称“运营业务”，包括……交付后的迭代升级") or an
 *   exemption from the prohibition ("……再开发活动，不受本协议第九条第二款限制"), or users must entrust it to the operator;
 * - others are shut out: "其他任何机构不得另行提供", "均应通过乙方平台统一对外提供", the grantor promising not to deal
 *   with third parties, users punished for dealing elsewhere, tied or designated services, competitors refused.
 * Who re-develops decides: a developer or a 经营主体 re-developing a delivered product is what the rules want.
 */
const REDEV = /再开发|二次开发|二次加工|再加工|深加工|升级改造|改造升级|二次利用|融合开发|增值开发|深度开发|衍生(?:产品)?开发|定制化开发|功能扩展|迭代升级|融合应用开发|联合研发|融合建模|定制开发/g;
/** Words that are re-development only of something delivered. */
const PLAIN_REDEV = /^(?:再开发|二次开发)$/;
const DELIVERED = /交付|已提供的(?:数据)?产品/;
/** "运营机构不参与其已交付产品在使用方的再开发": a bare 不 before the verb that governs the whole phrase. */
// Leaving it is not taking part either: "交付后，应退出该产品的再开发环节".
const NOT_TAKING_PART = /(?:不|不得|禁止|严禁|不会|不再|无权)(?:直接或者?间接|直接或间接|自行或者?委托)?(?:参与|从事|开展|进行|实施|承接)|(?:退出|撤出|让出|不再介入|不介入)[^，。；]{0,12}?$/;
/**
 * Re-development said by what is done to the delivered product: "对已交付……的数据产品进行深度加工", "已交付产品的行业化
 * 改造", "在已交付产品基础上开发增强版本", "采购上述产品，并在融合自有数据后形成新的产品". The object decides: a
 * development or processing verb counts only with a delivered product (or the operator's own) as its object or base
 * just before it (`deliveredBefore`).
 */
const REWORK = new RegExp(String.raw`(?:再|二次|深度|深|行业化|场景化|定制化|产品化|迭代|融合|增强)?(?:开发|加工|改造|集成|封装|训练|建模|升级|优化|改进|扩展)(?!文档|工具|环境|平台|人员|过程|记录|方案|计划|成本|费用|合同|协议|利用)|形成新的?(?:数据)?(?:产品|解决方案|服务)`
  // Serving end users on top of it: "在其交付的基础产品之上，直接面向终端用户提供增值应用服务".
  + String.raw`|(?:提供|开展|推出)[^，。；]{0,6}?(?:增值|衍生|延伸|定制化?|增强版?)[^，。；]{0,4}?(?:服务|应用|产品)|面向(?:终端|最终|个人|C端)(?:用户|客户)`,
  'g',
);
/** A delivered product named as the object: "已交付开发利用机构的数据产品", "交付给数据商的……模型"; not one "尚未交付". */
// Or as the object of the delivering itself: "乙方向用户交付数据模型后".
const DELIVERED_OBJECT = /(?<!未)(?:已交付|交付(?!前|之前|以前)(?:给|予)?(?:[^，。；]{0,10}?的)?|已提供的)[^，。；]{0,8}?(?:产品|服务|模型|成果|接口|组件|数据集)/g;
/**
 * A product the operator made ("乙方开发的公共数据产品"), or one the text named before ("上述产品"): reworked by a company
 * of the operator's group, it is the operator re-developing through others; the operator working on its own products is
 * its development, not re-development.
 */
const OWN_PRODUCT = new RegExp(`${OPERATOR}(?:自身|自己)?(?:开发|交付|提供|生产)的[^，。；]{0,8}?(?:产品|服务|模型|成果)`, 'g');
const REFERRED_PRODUCT = /(?:上述|前述|该|此类|这些)(?:公共)?(?:数据)?(?:产品|服务|模型|成果)/g;
/** The product is what the verb acts on: marked as its object before it, or as its base or owner after it. */
const OBJECT_MARK = /(?:对|在|将|把|基于|以|就|采购|购买|使用|结合)[^，。；]{0,3}$/;
// Or as the topic that needs it: "已交付的数据产品需要进一步深度加工的".
const BASE_MARK = /^(?:的|基础上|为基础|为基|之上|(?:如|若)?(?:需要|需|拟|要)(?:进一步|再|进行|继续)?$)/;
function deliveredBefore(text: string, at: number, earlier: string): 'delivered' | 'own' | null {
  const from = Math.max(0, at - 40);
  const win = text.slice(from, at);
  OWN_PRODUCT.lastIndex = 0;
  // A product referred to ("该模型") is what was named before it: a delivered one stays delivered.
  const namedBefore = (re: RegExp, end: number) => ((re.lastIndex = 0), re.test(earlier + text.slice(0, end)));
  const found: ('delivered' | 'own')[] = [];
  for (const [re, kind] of [[DELIVERED_OBJECT, 'delivered'], [OWN_PRODUCT, 'own'], [REFERRED_PRODUCT, 'own']] as const) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(win)); ) {
      const namedDelivered = re === REFERRED_PRODUCT && namedBefore(DELIVERED_OBJECT, from + m.index);
      if (re === REFERRED_PRODUCT && !namedDelivered && !namedBefore(OWN_PRODUCT, from + m.index)) continue;
      const pre = text.slice(Math.max(0, from + m.index - 6), from + m.index);
      if (OBJECT_MARK.test(pre) || BASE_MARK.test(win.slice(m.index + m[0].length))) found.push(re === REFERRED_PRODUCT && namedDelivered ? 'delivered' : kind);
    }
  }
  DELIVERED_OBJECT.lastIndex = 0;
  OWN_PRODUCT.lastIndex = 0;
  return found.includes('delivered') ? 'delivered' : found.length ? 'own' : null;
}
const IS_OPERATOR = new RegExp(`^${OPERATOR}$`);
const IS_MARKET = new RegExp(`^${DEVELOPER}$`);
/** The object phrase masked, so its recipient ("已交付开发利用机构的") is never read as who acts. */
/** "乙方控股的数智公司", "运营机构全资设立的某某科技有限公司": a company the operator holds, read as its group ("子公司"). */
const HELD_COMPANY = new RegExp(`${OPERATOR}(?:的)?(?:控股|全资|参股|出资设立|出资|设立|投资)(?:设立)?的?[\\u4e00-\\u9fff]{1,14}?(?:公司|企业)`, 'g');
const readHeld = (t: string) => t.replace(HELD_COMPANY, (m) => '＿'.repeat(m.length - 3) + '子公司');
const maskObjects = (t: string) => t.replace(OWN_PRODUCT, (m) => '＿'.repeat(m.length)).replace(DELIVERED_OBJECT, (m) => '＿'.repeat(m.length));

/**
 * Who acts, when the sentence does not say it before the verb:
 * - a table's column names the agent ("实施主体：乙方控股的渝数智联科技有限公司");
 * - a party taking part in another's act ("乙方关联公司拟参与下游经营主体对已交付产品再开发的") is an agent of it.
 * A company the operator holds or set up ("乙方控股的……公司", "乙方全资子公司") is the operator's side.
 */
const AGENT_COLUMN = /(?:^|[，,])(?:实施|承担|承接|责任|执行|负责|后续开发|开发|运营)(?:主体|单位|方|机构)[：:]\s*([^，。；]+)/;
const HELD_BY_OPERATOR = new RegExp(`^${OPERATOR}(?:的|及其)?(?:控股|全资|参股|出资设立|设立|投资|下属|所属|旗下)|^${OPERATOR}(?![\u4e00-\u9fff]{0,2}(?:以外|之外))`);
const operatorSide = (name: string | null) => name !== null && (isOperatorGroup(name) || HELD_BY_OPERATOR.test(name.trim()));
const TAKES_PART = /参与|协助|联合|配合|合作/g;
// Only in the act's own clause, and not refused: "乙方不参与已交付产品的再开发，经营主体的再开发活动不受限制" names the
// operator as the one who stays out, not as who re-develops in the next clause.
function participant(text: string, at: number): string | null {
  const c = clauseAt(text, at);
  let last = -1;
  TAKES_PART.lastIndex = 0;
  for (let m; (m = TAKES_PART.exec(text)) && m.index < at; ) if (m.index >= c.start) last = m.index;
  return last < 0 || isNegated(c.text, last - c.start) ? null : subjectBefore(text, last);
}
/**
 * The counterpart of the operator's act ("与下游经营主体约定", "要求下游数据商按照……") is its object, not who acts: masked,
 * so the subject read is the one the act belongs to.
 */
const COUNTERPART = new RegExp(`(?<=与|向|对|同|和|给|要求|督促|允许|责令|强制)(?:下游|上游|各|相关|有关|其他)?${DEVELOPER}`, 'g');
const maskCounterparts = (t: string) => t.replace(COUNTERPART, (m) => '＿'.repeat(m.length));
/** An act asked about, not allowed: "核查关联公司是否参与已交付产品的再开发". */
const QUESTIONED = /(?:是否|有无|有没有|是不是)[^，。；]{0,24}$/;

/**
 * A table's column whose header holds the act names who does it ("增值开发主体：运营机构（自营）", "再开发主体：经公开选择的
 * 经营主体（不含运营机构及其关联方）"): the cell decides, with what it leaves out struck first.
 */
const HEADER_AGENT = /^(?:的)?(?:实施|承担|承接|执行|责任)?(?:主体|单位|方|机构|企业)[：:]\s*([^，。；]+)/;
const LEFT_OUT = /[（(](?:不含|不包括|不包含|排除|除)[^）)]*[）)]|除[^，。；]{1,20}?(?:以外|之外|外)的?|(?:不含|不包括|不包含|排除)[^，。；（(]*/g;
function headerAgent(text: string, end: number): string | null | undefined {
  const h = HEADER_AGENT.exec(text.slice(end));
  if (!h) return undefined;
  const cell = readHeld(h[1].replace(LEFT_OUT, ''));
  return subjectBefore(cell, cell.length) ?? (operatorSide(cell) ? cell : null);
}
/**
 * An exception that carves the operator's own re-development out of its prohibition: "除第十二条约定的自营场景外，乙方不
 * 参与已交付产品的再开发", "除附件所列项目以外". An exception for the law, or for support that is not development, lifts nothing.
 */
const CARVED_BEFORE = /除(?![^，。；]{0,6}(?:法律|法规|国家|依法|另有))([^，。；]{1,30}?(?:自营|自行|场景|情形|项目|业务|所列|列明|约定)[^，。；]{0,8}?)(?:外|以外|之外)/;

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
  + `|(?:权益|收益|知识产权|所有权)[^，。；]{0,6}?(?:由|归)(${OPERATOR_GROUP})`,
);
function joinedByOperator(text: string, from: number): string | null {
  const m = JOINED_BY_OPERATOR.exec(text.slice(from));
  if (!m || !isOperatorGroup(m[1] ?? m[2] ?? m[3] ?? m[4])) return null;
  // Read at the act's last word, so a negation between the operator and its act counts ("运营机构不得入股").
  const at = from + m.index + m[0].length - 1;
  const c = clauses(text).find((x) => at >= x.start && at < x.start + x.text.length);
  return c && !isNegated(c.text, at - c.start) && !NOT_TAKING_PART.test(c.text.slice(0, at - c.start)) ? m[0] : null;
}

const OPERATOR_LEAVE = new RegExp(`(?:未经|未取得|未征得)${OPERATOR}[^，。；]{0,4}?(?:许可|同意|授权|认可)`);
/** Re-development reserved to the operator: "应当委托乙方或乙方认可的合作方实施". */
const RESERVED = new RegExp(`(?:委托|交由|应由|须由|只能由|仅由)${OPERATOR}`);

/** A company of the operator's group, not the operator itself ("乙方享有优先续约权" is the operator's own right). */
// Or named by its tie to the operator: "与乙方有投资关系的企业" (TIED_TO_IT when the operator is 其).
const TIE = '(?:之间)?(?:存在|具有|有)?[^，。；]{0,4}?(?:股权|投资|控制|控股|关联|隶属)关系的';
const AFFILIATE = `(?:${OPERATOR}(?:的|及其|下属|所属|旗下)?)?(?:关联(?:公司|方|企业)|子公司|控股公司|下属(?:公司|企业)|联合体成员(?:方|单位)?|与${OPERATOR}${TIE})`;

const BUYER = `(?:${DEVELOPER}|买方|采购方|需方|客户|被许可方|使用单位)`;
const RIVALS_OF_OPERATOR = `(?:与${OPERATOR}[^，。；]{0,6}?竞争关系的|${OPERATOR}的?(?:竞争对手|竞争者|竞品))`;
/** What others offer as a service or product ("其他机构提供的租赁数据核验服务"): the operator's market, not a data source. */
const RIVAL_OFFERING = '(?:提供|开发|运营|推出)的[^。；，]{0,12}?(?:服务|产品)';
/** The operator's rivals, by name or by the rivalry they would bring: "竞争方", "构成竞争", "分流其用户". */
const RIVALRY = '竞争关系|竞争对手|竞争者|竞争方|竞争企业|竞争机构|同业|(?:构成|形成|存在|产生)(?:直接|实质)?竞争|分流(?:其|乙方|运营机构)?的?(?:用户|客户|业务)';
const SHUT_OUT: { re: RegExp; negatable: boolean; byOthers?: boolean; byOperator?: boolean; byMarket?: boolean; atLast?: boolean; sanction?: boolean }[] = [
  // Who develops a delivered product further, named in a list or table ("后续开发主体：乙方及开发利用机构").
  { re: new RegExp(`(?:后续|再|二次|衍生|深度)开发(?:的)?(?:主体|单位|方|机构)(?:为|是|[：:])\\s*(?:(?!除|不含|不包括|排除)[^，。；]){0,6}?${OPERATOR}`), negatable: true },
  // Others barred: "其他任何机构不得另行提供"; the operator's channel is the only one.
  // Or barred from the same product or matter for a while ("三年内其他运营机构不得申请开发相同功能的产品").
  // Or barred from building apart on the same data ("其他主体不得另行开发基于该数据的追溯核验产品"); barred without 另行
  // ("未经授权，其他主体不得开发基于该数据的产品") the data is guarded, not the market.
  { re: /其他(?:任何)?[\u4e00-\u9fff]{0,6}?(?:机构|主体|单位|企业|平台|运营商)[^，。；]{0,4}?(?:均)?(?:不得|不能|无权)(?:另行|自行)?(?:(?:就|对|针对)[^，。；]{1,16}?)?(?:提供|经营|运营|开展|销售|(?:申请|开发|研发|推出|上线)[^，。；]{0,8}?(?:同类|相同|同一|类似|同样)|(?<=另行)(?:开发|研发|推出|上线)[^，。；]{0,4}?(?:基于|利用|使用)(?:该|上述|前述|本|此|同一|相同|同源))/, negatable: false },
  { re: new RegExp(`(?:均|一律|只能|仅能|统一)(?:应当?|须|必须)?(?:通过|经由|在)(?:${OPERATOR}|本平台)`), negatable: true },
  // Others' products kept off the market ("其他主体基于同源数据的产品不得上架"); not a listing rule for all ("未经合规审查的").
  // Any market party barred from making a like product ("经营主体不得自行或者委托第三方利用同源数据开发同类分析产品"): the
  // like product marks the market kept for the operator; a rule on the data alone ("不得开发与原始数据相同的数据集") does not.
  { re: new RegExp(`(?:^|[，,：:])(?:[^，。；]{0,6}?)${DEVELOPER}(?:均|一律)?(?:不得|不能|无权|禁止)(?:自行|另行|单独)?(?:或者?委托[^，。；]{0,8}?)?(?:(?!原始|违法|违规|非法|未经)[^，。；]){0,12}?(?:开发|研发|推出|上线|经营|提供)(?:(?!原始)[^，。；]){0,6}?(?:同类|相同|同一|类似|同样|竞品)(?:的)?(?:数据)?(?:[\u4e00-\u9fff]{0,6}?)(?:产品|服务|应用)`), negatable: false },
  { re: /其他(?:任何)?(?:(?!未经|不符合|违规|违法|未通过|未取得)[^。；，]){0,16}?(?:产品|服务|模型|应用)[^，。；]{0,4}?(?:均|一律|也)?(?:不得|不能|不予|无权|禁止)(?:在[^，。；]{0,8}?)?(?:上架|挂牌|上线|交易|销售|发布|入驻|流通)/, negatable: false },
  // Others' like products taken off the market or moved onto the operator ("其他企业已开发的同类产品应于三个月内下线或迁移
  // 至运营机构平台"); read at the last word, so "无需下线" frees them. Unlawful ones taken down are kept safe (UNLAWFUL).
  { re: /(?:其他|其它|第三方|他人)(?:(?!违规|违法|未经|不符合|未通过|存在)[^。；，]){0,16}?(?:同类|同样|类似|相同|竞品|已开发|已上线|已建成)[^。；，]{0,8}?(?:产品|服务|平台|应用|系统)[^，。；]{0,16}?(?:下线|下架|关停|停止(?:运营|服务|提供|运行)|迁移至|迁入|并入|整合至|整合到)/, negatable: true, atLast: true },
  // Others' products bound to the operator's own platform ("开发利用机构形成的数据产品应当通过乙方运营的平台挂牌交易"), or kept
  // off other venues by it ("乙方可在平台规则中限制相关产品在其他数据交易场所上架").
  // The venue is any the operator runs: 平台, 交易专区, 商城, 交易市场.
  { re: new RegExp(`(?:应当?|须|必须|只能|仅能|仅可|一律)(?:统一)?(?:通过|经由|在)${OPERATOR}(?:自有|运营|建设|自建|搭建|开设)?的?(?:交易|数据)?(?:平台|专区|商城|市场|门户|场所)[^，。；]{0,8}?(?:挂牌|交易|上架|销售|发布|流通|出售)`), negatable: true, byOthers: true },
  // A market party barred from the operator's rivals: "开发利用机构……不得在其他数据交易场所交易".
  { re: /(?:不得|不能|禁止|不允许|不准|严禁)(?:在|向|到|通过|经由|进入)(?:其他|别的|第三方|外部|其它)[^。；]{0,12}?(?:平台|交易场所|交易所|交易机构|渠道|市场|专区)[^。；]{0,6}?(?:上架|挂牌|交易|销售|流通|发布|出售)/, negatable: false, byMarket: true },
  { re: /(?:限制|禁止|阻止|不允许|不准|拒绝)[^。；]{0,16}?(?:在|向|到|通过|于)(?:其他|别的|第三方|外部|其它)[^。；]{0,12}?(?:平台|交易场所|交易所|交易机构|渠道|市场)[^。；]{0,6}?(?:上架|挂牌|交易|销售|流通|发布|出售)/, negatable: true, byOperator: true },
  // The only one: "乙方是本场景公共数据产品的唯一提供方"; the grantor barred from granting others ("甲方不得另行授权他人").
  // A sole role named by a duty ("唯一责任主体", "唯一联络主体") answers for something; it holds no market.
  { re: /唯一(?:的)?(?:(?!责任|联络|联系|对接|安全|牵头|报送|负责|法律|纳税|归口)[\u4e00-\u9fff]){0,4}?(?:提供方|供应方|供应商|服务方|服务商|渠道|入口|运营方|经营方|经营者|合作方|主体)/, negatable: true },
  // The only one of its kind in the market: "为本市唯一接入市公共数据资源的同类产品".
  { re: /唯一[^，。；]{0,16}?同类(?:的)?(?:数据)?(?:产品|服务|平台|应用)/, negatable: true },
  // Punished for dealing elsewhere: "凡向其他同类平台采购……的数据商，运营机构可暂停……".
  { re: /(?:向|在|与|从)(?:其他|别的|第三方)[^。；]{0,14}?(?:平台|交易场所|机构|渠道|数据商|服务商)[^。；]{0,24}?的[^。；]{0,30}?(?:暂停|终止|下调|下架|不予|拒绝|停止|限制|降低)/, negatable: true, sanction: true },
  { re: new RegExp(`${OPERATOR}(?:不接受|拒绝|有权拒绝|可拒绝|不予受理)[^，。；]{0,10}?(?:单独|未采用|未使用|未选择)`), negatable: true },
  // Competitors refused or treated apart: "对与乙方存在竞争关系的数据商可不予开通接口", "差别化接入".
  // The rivalry may be named by a defined term ("申请人属于竞争方的，乙方可以不予开通") or by what the applicant would do to
  // the operator's business ("与其已上线产品构成竞争或者可能分流其用户的，可以不予通过").
  { re: new RegExp(`(?:${RIVALRY})[^。；]{0,16}?(?:不予|拒绝|可不|不开通|限制|暂停)`), negatable: true },
  // Rivals' like products kept off a venue at the operator's instance: "运营机构可以商请数据交易场所对其他主体申请挂牌的同类
  // 产品暂不挂牌".
  { re: /(?:其他|其它|第三方|他人)[^。；]{0,16}?(?:同类|同样|类似|相同|竞品|竞争)[^。；]{0,16}?(?:暂不|不予|不得|不再|禁止|限制|停止|暂停|拒绝)(?:挂牌|上架|交易|销售|上线|接入|发布)/, negatable: true, byOperator: true },
  { re: /差别化(?:接入|待遇|开放)|区别对待/, negatable: true },
  // Others who must go through the operator: "本市其他单位开展同类经营的，应当通过乙方渠道上架".
  // "无需经乙方同意" frees others from the operator: the modal denied is no channel.
  { re: new RegExp(`其他[^。；]{0,40}?(?<![无不毋])(?:应当?|须|必须|需|只能|仅能)(?:经|通过|经由|委托|交由)${OPERATOR}`), negatable: true },
  // Buyers bound not to deal with others: "书面承诺……不向其他数据服务商采购同类产品".
  // Others may be named by leaving the operator out ("不向乙方以外的运营机构采购").
  // Or by their rivalry with it ("不得向乙方的竞争对手采购"), or reached through their channel ("不经由其他交易场所购买").
  { re: new RegExp(`(?:不得|不再|不|承诺不|禁止)(?:向|从|与|在|通过|经由|借助|依托|接入|使用|采购)(?:其他|别的|第三方|任何其他|${BUT_OPERATOR}|(?:${OPERATOR}的?)?(?:竞争对手|竞争者|竞品|同业))[^。；]{0,16}?(?:采购|购买|合作|接入|交易|获取|签约|签订|签署)`), negatable: false, byOthers: true },
  // Or by what they must forgo: others' products of the same kind ("不得同时采购其他机构提供的同类数据产品"); a like
  // product is what marks the bar as the operator's market, not a data source kept lawful ("不得使用其他未经授权的数据").
  { re: new RegExp(`(?:不得|不再|不|承诺不|禁止)(?:同时|另行|再|转而|自行)?(?:采购|购买|订购|选用|使用|接入)(?:其他|其它|别的|第三方|任何其他|${BUT_OPERATOR})[^。；，]{0,16}?(?:同类|同样|类似|相同|替代|竞品|${RIVAL_OFFERING})`), negatable: false, byOthers: true },
  // Dealing elsewhere punished, the sanction after the clause: "对同时接入其他数据交易场所……的经营主体，乙方可以降低其调用配额".
  { re: /(?:同时|另行|转而)?(?:接入|使用|采购|购买|入驻|对接)(?:其他|别的|第三方)[^。；]{0,30}?(?:平台|交易场所|运营机构|机构|数据商|服务商|渠道|产品)[^。；]{0,40}?(?:降低|调高|提高|下调|暂停|停止|终止|限制|取消|减少)/, negatable: true, sanction: true },
  // The operator fixing what buyers resell at (a vertical monopoly agreement): "与下游经营主体约定统一的最低转售价格".
  { re: /(?:约定|规定|限定|限制|要求|统一|设定|指定)[^，。；]{0,12}?(?:转售|最低(?:销售|零售)?)(?:价格|价)|(?:划分|分割|限定)[^，。；]{0,4}?(?:销售区域|销售市场|客户范围)/, negatable: true, byOperator: true },
  // The operator's rivals, named by their rivalry with it, kept from a buyer's product: "禁止需求方将产品提供给与乙方存在
  // 竞争关系的机构使用". Keeping the operator's secrets from them is confidentiality, not this.
  { re: new RegExp(`(?:(?:禁止|不允许|不准|限制|要求)${BUYER}|${BUYER}[^，。；]{0,4}?(?:不得|不能|不可|禁止))(?:(?!秘密|保密|源代码|账号|密钥|口令)[^。；]){0,20}?(?:提供|转让|转售|销售|出售|授权|许可|分享|共享|交付|开放)(?:给|予)?[^。；]{0,4}?${RIVALS_OF_OPERATOR}`), negatable: true },
  // Tying: "与……打包提供，不单独供应", "亦须按整包采购", "搭售".
  { re: /搭售|捆绑(?:销售|提供|供应|采购)|不(?:单独|单项|分拆)(?:供应|提供|销售|出售|开放)|(?:须|必须|应当?|只能)(?:按)?(?:整包|打包|组合|套餐)(?:采购|购买|订购)/, negatable: true },
  // The operator's own group served first: "优先满足乙方关联企业的需求", "关联方享有优先……".
  { re: new RegExp(`(?:优先|优惠|倾斜)[^。；]{0,10}?${AFFILIATE}|${AFFILIATE}[^。；]{0,8}?(?:优先|优惠价格|折扣)`), negatable: true },
  // Its group's matter put first in the same clause, however long its name ("乙方关联企业开发的……产品调用请求优先处理"), or
  // others served after it ("其他经营主体的请求在关联企业需求满足后安排"); read at the last word, so "不得优先" frees them.
  { re: new RegExp(`${AFFILIATE}[^，。；]{0,30}?优先(?:处理|安排|满足|响应|供给|保障|调用|接入|上架|开通|使用)|(?:其他|其余)[^，。；]{0,16}?在[^，。；]{0,4}?${AFFILIATE}[^，。；]{0,12}?(?:满足|处理|完成|使用)(?:后|之后)`), negatable: true, atLast: true },
  // Those tied to it served first, the operator acting: "授权运营机构……优先向与其存在股权关系的开发利用机构开放" (the
  // grantor preferring its own units is not this).
  { re: new RegExp(`(?:优先|优惠|倾斜)[^。；]{0,10}?与其${TIE}`), negatable: true, byOperator: true },
  // The operator alone takes on the matter: "由运营机构统一承接，区内其他单位和企业不再另行开展同类……"; or alone issues
  // it, others' output not accepted ("由运营机构统一出具，其他机构出具的评价结果不作为采信依据").
  { re: new RegExp(`(?:(?:均|统一|全部|一律)由${OPERATOR}(?:统一|独家)?|由${OPERATOR}(?:统一|独家|一家))(?:承接|承担|运营|提供|开展|出具|发布|签发|核发)[^。]{0,20}?(?:其他|其它|第三方|他人)[^。]{0,16}?(?:(?:不再|不得|不予)(?:另行)?(?:开展|从事|提供|经营|运营|承接|出具|发布|受理|认可|采信|采用|接受)|不(?:作为|被)[^，。；]{0,12}?(?:依据|采信|认可|采用|接受))`), negatable: true },
  // Others' offerings barred from competing with the operator's ("甲方引入的其他合作方，其产品不得与乙方已上线产品构成竞争");
  // unfair competition forbidden ("不得与乙方开展不正当竞争") guards the market, it keeps no one out.
  { re: new RegExp(`(?:其他|其它|第三方|另行引入|新引入)[^。；]{0,30}?(?:不得|不能|不应|不可|禁止|不会|不)[^，。；]{0,6}?与${OPERATOR}(?:(?!不正当|恶性|无序|违法|非法)[^，。；]){0,16}?竞争(?!秩序|环境|机制)`), negatable: false },
];

/** The operator binding a market party: "要求采购其数据产品的企业在合同中承诺". */
// Or whoever it contracts with, named by their kind: "与三家租赁平台签订协议，约定各平台仅接入乙方的服务，不再接入……".
const IMPOSED_ON_MARKET = new RegExp(`(?:要求|强制|迫使|促使|责令|约定)[^。；]{0,30}?(?:${DEVELOPER}|企业|客户|买方|采购方)[^。；]{0,16}?(?:承诺|保证|确认)?[，,]?[^。；]{0,4}$|约定(?:其|各|该|相关|对方)?[^，。；]{0,8}?(?:平台|商户|合作方|签约方|对方)[^。；]{0,40}$`);
/** The demand made, not one forbidden ("不得要求使用方仅通过乙方渠道采购"): a forbidden demand binds no one. */
function imposedOnMarket(before: string): boolean {
  const m = IMPOSED_ON_MARKET.exec(before);
  if (!m) return false;
  const c = clauseAt(before, m.index);
  return !isNegated(c.text, m.index - c.start);
}
const UNLAWFUL = /非法|违法|违规|未经|未授权|未获授权|不合规|无资质|未备案|未通过/;
/** A market party the clause itself names as its subject ("享受优惠的企业应承诺不再接入……"): the bar is its promise. */
const MARKET_BOUND = /(?:企业|(?<!运营|项目)公司|银行|客户|买方|采购方|平台|商户|用户|需求方|使用方)(?:均|也|亦)?(?:应当?|须|必须|需|承诺|同意|保证)/;
/** An operator-group company acting as a developer or a 经营主体: "乙方关联公司……可以作为开发利用主体，申请使用乙方已交付的……". */
const GROUP_AS_DEVELOPER = new RegExp(`(${OPERATOR_GROUP})[^。；]{0,30}?(?:作为|以)${DEVELOPER}(?:身份)?`);
const APART_FROM_DELIVERED = /(?:与|同)[^，。；]{0,24}?交付[^，。；]{0,10}?(?:无关|不相关|无涉)|不(?:得|应|能)?(?:涉及|包括|包含|针对|指向)[^，。；]{0,10}?交付/;
/** A carve-out for the operator's group after a prohibition: "乙方通过其参股企业参与的，不受本条限制". */
const CARVE_OUT = new RegExp(`(?:${OPERATOR_GROUP}|参股|控股|关联|间接)[^。；]{0,30}?(?:参与|开发|加工)[^。；]{0,10}?的[，,]?\\s*(?:不受[^。；]{0,12}?限制|不在此限|除外|可以|可)`);
/** A 但书 after the prohibition naming the operator's group. */
const GROUP_PROVISO = new RegExp(`但(?:是)?[，,]?[^。；]{0,20}?(${OPERATOR_GROUP})[^。；]{0,30}?(?:参与|开发(?!利用)|加工|承接|实施|从事)[^。；]{0,16}?(?:不受此限|不在此限|不受[^。；]{0,12}?限制|除外)`);
/** The agent after a topic ("再开发由取得资格的开发利用主体依法开展"): who does it is named after 由. */
// Also after the condition that asks for it: "交付的产品需二次开发的，由乙方或其指定单位承担".
// Or after the list of acts it names ("后续版本升级、功能扩展和衍生开发，均由乙方负责实施").
const AGENT_AFTER = new RegExp(`^(?:[^，。；]{0,4}?的)?(?:[，,]\\s*)?[^，。；]{0,4}?由[^，。；]{0,12}?(${OPERATOR_GROUP}|${DEVELOPER})`);
/** A prohibition whose verb comes after an aside: "不得以任何方式，包括通过控股、参股企业或者其他关联方，参与……". */
const ASIDE = /^\s*(?:包括|含|无论|不论|即|例如|比如|如)/;
const OPEN_NEGATION = /(?:不得|禁止|严禁|不能|无权|不允许)[^，。；]{0,8}$/;

/** Terms a text defines to include re-development of delivered products ("所称“运营业务”，包括……交付后的迭代升级"). */
const DEFINITION = /所称[“"「]([^”"」]{2,12})[”"」][，,]?\s*(?:是指|系指|指|包括)([^。]*)/g;
const REDEV_ONE = new RegExp(REDEV.source);
const termsOf = new Map<string, string[]>();
function redevTerms(text: string): string[] {
  let out = termsOf.get(text);
  if (out) return out;
  out = [];
  if (text.includes('所称')) for (const m of text.matchAll(DEFINITION)) if (DELIVERED.test(m[2]) && REDEV_ONE.test(m[2])) out.push(m[1]);
  if (termsOf.size > 5_000) termsOf.clear();
  termsOf.set(text, out);
  return out;
}
/** Words the reader starts from (REDEV and SHUT_OUT's anchors). */
export const EXCLUSIVITY_QUICK = new RegExp(
  `${REDEV.source}|交付|已提供|${REFERRED_PRODUCT.source}|${OWN_PRODUCT.source}|开发(?:的)?(?:主体|单位|方|机构)|转售|最低|划分|分割|取得|征得|其他|其余|唯一|指定|认可|竞争|同业|平台|限制|禁止|阻止|差别化|区别对待|仅在|仅通过|只在|只通过|专区|商城|交易场所|交易所|统一|均应|均须|一律|只能|仅能|不就|不与|不向|不再|不会|不得另行|不得再|不另行|搭售|捆绑|接洽|洽谈|磋商|商谈|谈判|对接|签订|签署|订立|授权|引入|由|单独|单项|分拆|整包|优先|首选|倾斜|作为|身份|不受|不在此限|除外|接入|采购|购买|委托|统一承接|另行|放弃|不承接|授予|分别|单独|第三方|他人|任何|一家|申请|第二家|另一家|异议|反对|同类|相同|同源`,
);
export const hasRedevTerm = (u: Unit) => u.blockText.includes('所称') && redevTerms(u.blockText).some((t) => u.text.includes(t));

const negatedBefore2 = (text: string, c: { text: string; start: number }, at: number) => negatedInSentence(text, c, at - c.start) && !isNegated(c.text, at - c.start);

function underAside(text: string, c: { start: number }): boolean {
  const cs = clauses(text);
  let i = cs.findIndex((x) => x.start === c.start);
  if (i <= 0 || !ASIDE.test(cs[i - 1].text)) return false;
  while (i > 0 && ASIDE.test(cs[i - 1].text)) i--;
  // The clauses of the aside run to the verb's clause: "包括通过控股、参股企业或者其他关联方".
  return i > 0 && OPEN_NEGATION.test(cs[i - 1].text);
}

/**
 * A deeming that widens a prohibition ("乙方不得参与……再开发。乙方的……关联方承接相关再开发业务的，视为乙方间接参与"):
 * it names more of what is forbidden, it allows nothing.
 */
const DEEMED_FORBIDDEN = /的[，,]\s*(?:均|一律|亦|也)?视为[^，。；]{0,10}?(?:参与|违反|违约|从事|构成)/;
const FORBIDS = /不得|禁止|严禁|不能|无权/;

/**
 * Who acts in a clause that opens on its modal with no subject of its own ("乙方应当公平对待所有开发利用主体，……，不得
 * 要求使用方……，不得与其他单位达成排他性合作安排"): the sentence's subject, named before its first modal, not the last
 * party an earlier clause acted on.
 */
const OPENS_ON_MODAL = /^\s*(?:不得|不应|不能|不可|不再|禁止|严禁|应当|应|须|必须|可以|可|有权|并|且|同时)/;
const FIRST_MODAL = /不得|不应|不能|禁止|严禁|应当|应|须|必须|可以|有权/;
/**
 * A clause going on with 并/且 goes on with the previous clause's subject, a party the actor list may not name ("协会会员
 * 单位通过运营机构获取预审结果，并承诺……不采购其他渠道的同类数据服务"): that party, not the operator a clause before it named.
 */
const GOES_ON = /^\s*(?:并|且|并且|同时)/;
const PARTY_HEAD = new RegExp(`^\\s*((?:(?!${OPERATOR})[\u4e00-\u9fff]){1,10}?(?:单位|企业|公司|会员|成员|银行|客户|协会|商户))(?!的)`);
function clauseSubject(s: string, at: number): string | null {
  const c = clauseAt(s, at);
  const own = subjectBefore(c.text, at - c.start);
  if (!own && c.start > 0 && GOES_ON.test(c.text)) {
    const prev = clauseAt(s, c.start - 2);
    const head = subjectBefore(prev.text, prev.text.length) ? null : PARTY_HEAD.exec(prev.text);
    if (head) return head[1];
  }
  if (own || c.start === 0 || !OPENS_ON_MODAL.test(c.text)) return own ?? subjectBefore(s, at);
  const first = FIRST_MODAL.exec(s);
  return first && first.index < c.start ? subjectBefore(s, first.index) : subjectBefore(s, at);
}

export function readExclusivity(u: Unit): ClauseReading | null {
  const s = u.text;
  if (DEEMED_FORBIDDEN.test(s) && (u.before.some((p) => FORBIDS.test(p)) || /视为[^，。；]{0,10}?(?:违反|违约)/.test(s))) return null;
  const delivered = DELIVERED.test(u.blockText || s) || DELIVERED.test(s);
  let text = s;
  for (const t of redevTerms(u.blockText || s)) if (!new RegExp(`所称[“"「]${t}`).test(s)) text = text.split(t).join('再开发'.padEnd(t.length, '　'));
  const earlier = u.before.join('');
  const acts = [
    ...[...text.matchAll(REDEV)].map((m) => ({ m, rework: null as 'delivered' | 'own' | null })),
    ...[...text.matchAll(REWORK)]
      .filter((m) => !REDEV_ONE.test(m[0]))
      .map((m) => ({ m, rework: deliveredBefore(text, m.index!, earlier) }))
      .filter((x) => x.rework),
  ];
  const masked = maskObjects(readHeld(text));
  for (const { m, rework } of acts) {
    // Development reserved to the operator is exclusive whatever is developed ("如需深度开发，应当委托乙方完成").
    if (!rework && !PLAIN_REDEV.test(m[0]) && !delivered && !RESERVED.test(text.slice(m.index!, m.index! + 30))) continue;
    const at = m.index!;
    const c = clauses(text).find((x) => at >= x.start && at < x.start + x.text.length)!;
    if (isNegated(c.text, at - c.start) || NOT_TAKING_PART.test(c.text.slice(0, at - c.start))) {
      // "不得参与……二次开发，但由乙方关联企业承接的除外": the proviso lets the operator's group do it after all.
      const pv = GROUP_PROVISO.exec(text.slice(at));
      if (pv && isOperatorGroup(pv[1])) return { reading: 'exception', condition: pv[0] };
      const carved = CARVED_BEFORE.exec(text.slice(0, at));
      if (carved && !isNegated(text, carved.index)) return { reading: 'exception', condition: carved[0] };
      // Others barred from re-developing a delivered product without the operator's leave: the operator holds it.
      const veto = OPERATOR_LEAVE.exec(text.slice(Math.max(0, at - 40), at));
      if (veto) {
        // Who is barred, read with the operator whose leave it needs struck out.
        const v = Math.max(0, at - 40) + veto.index;
        const barred = subjectBefore(masked.slice(0, v) + '＿'.repeat(veto[0].length) + masked.slice(v + veto[0].length), at);
        if ((rework === 'delivered' || delivered) && !operatorSide(barred)) return { reading: 'obligation', condition: veto[0] };
      }
      continue;
    }
    if (underAside(text, c) || negatedBefore2(text, c, at) || QUESTIONED.test(c.text.slice(0, at - c.start))) continue;
    // The subject in this sentence, else the one the block set before ("由乙方负责持续运维。运维范围包括……衍生产品开发");
    // a party taking part in another's re-development, or the agent a table's column names, acts too.
    // A column headed by the act names who does it, and nothing else does.
    const byHeader = headerAgent(text, at + m[0].length);
    if (byHeader !== undefined) {
      if (operatorSide(byHeader)) return readClause(text, c.text, at - c.start);
      continue;
    }
    const agent = AGENT_AFTER.exec(text.slice(at + m[0].length));
    const column = AGENT_COLUMN.exec(text);
    let subject = agent ? agent[1] : subjectBefore(masked, at);
    if (!agent && operatorSide(participant(masked, at))) subject = participant(masked, at);
    if (!agent && column && operatorSide(column[1])) subject = column[1];
    if (!subject) for (const p of [...u.before].reverse()) if ((subject = subjectBefore(p, p.length))) break;
    const after = text.slice(at, at + 30);
    // The operator working on products of its own is its development; its group reworking them is not.
    if (rework === 'own' && subject && IS_OPERATOR.test(subject)) continue;
    if (operatorSide(subject) || RESERVED.test(after)) {
      const r = readClause(text, c.text, at - c.start);
      if (r.reading !== 'prohibition') return r;
    } else if (rework === 'delivered' || (!rework && delivered)) {
      const joined = joinedByOperator(text, at + m[0].length);
      if (joined) return { reading: 'obligation', condition: joined };
    }
  }
  const g = GROUP_AS_DEVELOPER.exec(s);
  // Its matter kept apart from what was delivered ("仅限与乙方已交付产品无关的需求") re-develops nothing delivered.
  if (g && isOperatorGroup(g[1]) && (delivered || REDEV_ONE.test(s)) && !APART_FROM_DELIVERED.test(s)) {
    const at = g.index + g[0].length - 1;
    const c = clauseAt(s, at);
    if (!isNegated(c.text, at - c.start)) return { reading: 'permission' };
  }
  if (CARVE_OUT.test(s) && u.before.some((p) => REDEV_ONE.test(p) && /不得|禁止|严禁|不能/.test(p))) return { reading: 'exception', condition: s };
  if (grantorBound(s, u.before.at(-1)) || domainReserved(s) || tiedToOperator(s) || othersTurnedAway(s) || operatorPreferred(s) || partnerBoundFromRivals(s) || rationedByDeal(s)) return { reading: 'obligation' };
  for (const { re, negatable, byOthers, byOperator, byMarket, atLast, sanction } of SHUT_OUT) {
    const m = re.exec(s);
    if (!m) continue;
    if (IMPOSING_FORBIDDEN.test(s.slice(0, m.index))) continue;
    // The arrangement complained of or checked ("对独家交易、搭售等行为的专项检查") is overseen, not made.
    if (namedAsRisk(s.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    // The sanction (two characters: 暂停, 限制…) denied is a freedom: "向其他机构授权的，不受本协议限制".
    if (sanction) {
      const end = m.index + m[0].length - 2;
      const sc = clauses(s).find((x) => end >= x.start && end < x.start + x.text.length);
      if (sc && isNegated(sc.text, end - sc.start)) continue;
    }
    // The operator refraining itself ("乙方不再与其他单位开展同类合作") shuts nobody out; the operator making buyers
    // promise it ("乙方有权要求采购其产品的企业承诺，不得向……") does.
    // Others' offerings barred for being unlawful ("不得使用其他机构提供的未经安全评估的算法服务", "不使用其他渠道获取的非法
    // 数据") keep data and services safe, not the operator's market.
    if (byOthers && UNLAWFUL.test(s.slice(m.index, m.index + m[0].length + 12))) continue;
    if (byOthers && isOperatorGroup(clauseSubject(s, m.index)) && !imposedOnMarket(s.slice(0, m.index)) && !MARKET_BOUND.test(clauseAt(s, m.index).text)) continue;
    // An act that is the operator's own: its subject must be the operator or its group.
    if (byOperator && !isOperatorGroup(subjectBefore(maskCounterparts(s), m.index))) continue;
    // A duty laid on a market party (its subject a developer or a user), not on the operator refraining itself.
    if (byMarket && !IS_MARKET.test(subjectBefore(s, m.index) ?? '')) continue;
    // Read where the decisive words are (the consent at the end: "……无需取得乙方同意" lifts the veto).
    const at = atLast ? m.index + m[0].length - 1 : m.index;
    const c = clauseAt(s, at);
    if (atLast && isNegated(c.text, at - c.start)) continue;
    if (negatable && negatedInSentence(s, c, m.index - c.start)) continue;
    return { reading: /不得|不能|无权|不就|不与|不向|不予|拒绝/.test(m[0]) ? 'obligation' : 'permission' };
  }
  return null;
}
