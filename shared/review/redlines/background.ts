import { kept } from '../kept';
/**
 * Sentences that set no rule of their own, so a red line's words in them grant nothing: a risk or a problem the text
 * describes ("主要风险包括：运营机构可能借助数据优势形成垄断", "调研中发现，部分地区存在公益类数据产品变相收费等问题"),
 * a hypothesis it rejects ("若对全量数据实行整体授权，易导致……"), a sanction for breaking the rule ("违规向公益用户收取
 * 费用的，应当全额退还", "终止情形之一：乙方……参与再开发"), a track record asked of candidates ("近三年内未因垄断行为
 * 受到行政处罚") and what a party must do on finding another's breach ("发现……实施垄断行为的，应当立即暂停服务").
 */
const RISK_WORDS = '风险|问题|隐患|乱象|弊端|现象';
const RISK = new RegExp(`(?:${RISK_WORDS})`);
/** The words right after an act name it as a risk or a problem: "转授权风险", "违规导出等问题". */
// With its object between: "确认不存在……还原原始数据风险的" names the restoring as a risk, not as an act.
// Or by the harm it does ("运营机构参与已交付产品再开发形成垄断", "授权期限过长导致市场固化"): an act named by its harm is a risk.
// With a longer object the risk closes the clause ("存在原始数据泄露及通过关联汇聚还原身份的风险").
const NAMED_AS_RISK = new RegExp(`^(?:等)?(?:${RISK_WORDS})|^[^，。；]{1,8}?的?(?:风险|隐患)|^[^，。；]{1,30}?的(?:风险|隐患)(?=[，。；]|$)|^[^，。；]{0,16}?(?:导致|形成|造成|引发|带来)[^，。；]{0,6}?(?:垄断|市场固化|固化|壁垒|不正当竞争|数据泄露|泄露|损害|不公平)`
  // Or as what is complained of or checked ("对排他性交易条件的投诉", "对独家交易、搭售等行为的专项检查"): the act is the
  // matter overseen, not one the clause lets happen.
  + `|^[^，。；]{0,16}?的(?:专项|定期|日常)?(?:投诉|举报|检查|核查|调查|查处|审查|监督检查|整治|纠正)`
  // Or as a violation ("转让、出租、质押授权等违规行为"), or as how a duty about it is kept, the thing a check looks at or a
  // ledger records ("收费执行情况", "转授权禁止性要求落实情况", "排他协议的排查情况", "数据导出审批台账").
  + `|^[^，。；]{0,16}?等?(?:违规|违法|违约)(?:行为|情形)`
  + `|^[^，。；]{0,16}?的?(?:落实|执行|履行|整改|排查|检查|核查|审核|审批|备案|登记)(?:情况|记录|台账)`);
// A risk the analysis names ("风险分析已列明“授权期限过长可能形成事实垄断”") is quoted, not set.
const RISK_FRAME = /风险(?:分析|评估|清单|识别|提示)[^。；]{0,6}?(?:列明|列出|指出|提示|识别出?|认为)|主要风险|等风险|(?:可能|或将|容易|易)(?:出现|发生|产生|存在|引发)[^。；]{0,50}?风险|风险(?:包括|在于|主要|点)|(?:存在|出现|发现)[^。；]{0,40}?(?:问题|现象|乱象|情况)|等问题|的问题|风险[，,：:]?即/;
const HYPOTHESIS = /(?:^|[，,：:])(?:若|如果|假如|一旦)[^。；]{0,40}?(?:易|容易|可能|将|会|势必)(?:导致|造成|引发|形成|出现)|(?:^|[，,：:])(?:若|如果|假如|一旦)[^。；]{0,70}?[，,](?:易|容易|可能|将|会|势必)(?:损害|破坏|影响|削弱|扭曲|阻碍|排除|限制)/;
// The act as the ground of a breach: "……的，视为严重违约，甲方可以终止本协议，乙方应当退还因此取得的全部收益".
// An order to undo the act is a sanction too: "责令其退还多收费用", "责令限期退还", "退还多收部分".
// 违规 only as the ground of a consequence ("违规……的，应当……"): a violation may be the data's matter ("违规停车识别算法").
// Liability for an outcome or an act ("因乙方原因导致原始数据泄露的，乙方应当承担赔偿责任") makes it a ground too.
const SANCTION = /违规[^。；]{0,40}?的[，,]|的[，,][^。；]{0,12}?(?:承担|负)[^。；]{0,8}?(?:赔偿|法律|违约|相应|全部|连带)责任|违约金|责令[^。；]{0,4}?(?:整改|改正|停止|退还|返还|退回|限期|纠正)|退还多收|返还多收|违约责任|终止情形|解除情形|解除事由|(?:单方)?解除本?(?:协议|合同)|全额退还|予以退还|追究[^。；]{0,6}责任|(?:给予|予以|依法|依规|受到|进行|作出|实施|接受)[^。；]{0,4}?(?:行政)?处罚|(?:视为|构成)(?:严重|根本性?)?违约|(?:退还|返还|上缴)[^。；]{0,6}?(?:因此|由此|违规)(?:取得|获得)的[^。；]{0,6}?(?:收益|所得|收入)/;
const TRACK_RECORD = /未因[^。；]{0,30}?(?:受到|被)|无[^。；]{0,12}?(?:违法|违规|失信)[^。；]{0,6}?记录/;
// A need or a scenario found ("发现新的应用场景需求……的，甲方应当予以补充授权") is no incident to report: the rule is the clause's.
const ON_FINDING = /发现(?![^，。；]{0,12}?(?:场景|需求))[^。；]{0,50}?的[，,][^。；]{0,12}?(?:应当|应|须|及时|立即|有权|可以|予以|依法|依约|依协议|按协议)/;
// So is an incident that befalls the data ("发生原始数据泄露或者疑似被批量导出的，运营机构应当立即切断……"): what is done about it
// is the rule, the incident allows nothing.
// So is another's intent the rule then forbids ("数据使用单位拟将……数据服务转让给第三方的，乙方应在服务合同中予以禁止"):
// the act is what is to be stopped.
// Not the operator's own right to refuse another's lawful plan ("开发利用单位拟开发的产品与乙方已上架产品相近的，乙方有权拒绝向其
// 提供……"): that refusal is the rule read.
const ON_INTENT = /(?:拟|打算|计划|意图|企图|试图|准备)[^。；]{0,50}?的[，,](?![^。；]{0,8}?(?:乙方|运营机构|运营方|运营单位)(?:有权|可以|可)拒绝)[^。；]{0,30}?(?:予以禁止|禁止|拒绝|不予(?:同意|准许|批准)|制止|阻止|不得同意)/;
// An incident that did not happen is a condition of good standing ("且期内未发生数据安全责任事故的，……自动顺延2年").
const ON_INCIDENT = /(?<!未|没有|不|无|从未|均未)(?:发生|出现|遭遇|疑似)[^。；]{0,40}?(?:泄露|泄漏|外传|外泄|外流|丢失|被盗|篡改|被(?:非法|违规|批量|擅自|恶意)|安全事件|事故)[^。；]{0,20}?的[，,][^。；]{0,12}?(?:应当|应|须|及时|立即|自动|有权|可以)/;
/**
 * An item of a list whose lead makes each item a ground of a sanction ("乙方有下列情形之一的，甲方有权单方解除本协议：
 * （二）与开发利用主体达成排他性交易安排的；"): the item names a breach, it allows nothing. `before` are the sentences
 * before it in its block, the lead among them (items between count as the list).
 */
// The lead-ins of sanctions, in one place: the list's own words (LIST_WORDS), a lead's sanction (LEAD_SANCTION), the
// lead in the sentence with its items (INLINE_GROUNDS), and the lead an item is read under (SANCTION_LEAD_SOURCE,
// clauses.ts: forbiddingLeadBefore / underSanctionLead).
const LIST_WORDS = '(?:下列|以下|如下)(?:情形|行为|情况|事项|事由)';
const LIST_LEAD = new RegExp(LIST_WORDS);
// A lead's sanction may be the grantor ending the grant ("甲方有权终止本协议", "收回授权"): only as a list's lead, since
// a term that ends ("协议期满终止") is no sanction in a sentence of its own.
const LEAD_SANCTION = /(?:有权|可以|可|应当|予以)(?:单方|提前|立即)*(?:终止|解除)|收回(?:授权|运营权)|撤销(?:授权|运营资格)|取消[^。；]{0,4}?(?:资格|授权)/;
/**
 * A lead-in that makes each item a ground of a sanction ("乙方有下列情形之一的，甲方有权解除本协议：", "存在以下行为的，应当
 * 承担违约责任："), up to its colon: what it lists is conduct the agreement punishes, so prohibited, whatever the item's
 * own words.
 */
export const SANCTION_LEAD_SOURCE =
  `(?:下列|以下|如下)[^，。；：:]{0,4}?(?:情形|行为|情况|事项|事由)(?:之一)?的?[，,]?[^。；：:]{0,40}?` +
  `(?:解除|终止|收回|撤销|取消|暂停|中止|违约责任|违约金|赔偿|责令|追究|处罚|(?:视为|构成|属于)(?:严重|根本性?)?违约|清退)[^。；：:]{0,16}?[：:]`;
const ITEM = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[一二三四五六七八九十]+、)[^。；]*的[；;。]?\s*$/;
export function sanctionItem(sentence: string, before: readonly string[], end = before.length): boolean {
  if (!ITEM.test(sentence)) return false;
  // Walked back from `end` in place: a long section asks this of every sentence with a trigger.
  for (let k = end - 1; k >= 0; k--) {
    const p = before[k];
    if (LIST_LEAD.test(p)) return SANCTION.test(p) || LEAD_SANCTION.test(p);
    if (!ITEM.test(p)) return false;
  }
  return false;
}

/** "与部分省份“整体授权为主”的做法不同": another's practice set against the text's own. */
// Options weighed before the text's own choice ("本方案在比较整体授权、分领域授权和依场景授权后，……采用依场景授权"): the
// clause naming them sets none; the clause that chooses is read.
export const CONTRAST_CLAUSE = /^\s*(?:与|同)[^，。；]{0,40}?(?:不同|有别|相反|不一致)\s*$|^\s*(?:不同于|有别于|区别于)|^[^，。；]{0,12}?(?:比较|对比|比选|权衡)[^，。；]{0,40}?(?:后|之后|基础上)\s*$/;

/**
 * A list of what the grant leaves out, its predicate last ("寄件人和收件人的姓名、电话……，寄递企业报送的……经营数据，以及涉及
 * 国家秘密的数据，不纳入本次授权"): its items are named to be excluded, and an act in an item's relative clause ("报送的")
 * describes the item; nothing is let happen. Only when no clause before the exclusion has a modal of its own.
 */
const EXCLUDES = '[，,]\\s*(?:均|一律|都|亦)?(?:不纳入|不列入|不属于|不在|排除在|不包括在|不包含在)';
const EXCLUDED_LIST = new RegExp(`^[^。；]*?${EXCLUDES}(?:本次|本项|本协议|本方案)?(?:的)?(?:(?:授权|开放)(?:运营)?(?:的)?(?:数据)?(?:资源)?(?:范围|目录|清单)?|(?:数据|资源|授权)?(?:目录|清单))(?:之内|以内|内|中)?[。；]?\\s*$`);
const EXCLUSION_AT_END = new RegExp(`${EXCLUDES}[^，。；]*[。；]?\\s*$`);
// The same list with its predicate first, as a lead-in to the items ("下列数据不纳入本次授权：涉密地质资料和未公开的勘查原始
// 数据；……"), the lead-in setting no modal of its own.
const EXCLUSION_LEAD = /^\s*(?:下列|以下|如下|这些)?[^。；：:，,]{0,16}?(?:均|一律|都|亦)?(?:不纳入|不列入|不属于|不在|排除在|不包括在|不包含在)(?:本次|本项|本协议|本方案)?(?:的)?(?:授权|开放)[^。；：:，,]{0,12}?[：:]/;
const excludedList = (s: string) =>
  (EXCLUDED_LIST.test(s) && !RULE_MODAL.test(s.slice(0, s.search(EXCLUSION_AT_END)))) || (EXCLUSION_LEAD.test(s) && !RULE_MODAL.test(s.slice(0, s.search(/[：:]/))));
/**
 * A practice named and then rejected: "对全部应用场景实行统一授权的做法，不符合我省规定，本方案不予采用", or its harm told
 * first and the practice then refused by a word pointing back ("整体授权可能导致……，本方案不采用该模式").
 */
// The reason may stand between the practice and its refusal ("整体授权模式尚不具备条件，本方案不采用整体授权", "……的做法存在
// 较大安全风险，本方案不予采纳").
// Or a proposal quoted and refused: "对征求意见中“延长授权期限至5年”的建议，经研究未予采纳", "“打包整体授权”的做法与省里的
// 规定不一致，所以没有采纳".
// Or a draft's wording quoted and said removed ("征求意见稿中曾有“运营期5年，……自动延续”的写法，……正式印发时已经删除").
const REJECTED = /[“"「『][^”"」』]{2,60}[”"」』]的?(?:写法|表述|提法|约定|条款|内容|规定|说法)[^。]{0,60}?(?:已经?|均已|现已|予以|已被)(?:删除|删去|删掉|修改|修正|调整|取消|纠正)|(?:对|关于)[^。；]{0,20}?[“"][^”"]{2,40}[”"]的?(?:建议|意见|诉求|提议|请求)[，,][^。；]{0,10}?(?:未予|不予|没有|未)采纳|(?:做法|方式|模式|情形|思路)(?:[^。；]{0,4}?|(?:尚|仍|目前|暂)?(?:不具备|不具有|未具备)[^，。；]{0,6}?|(?:存在|具有|带来)[^，。；]{0,10}?(?:风险|隐患|问题|弊端))[，,][^。；]{0,30}?(?:不符合|不予采用|不采用|不予采纳|不采纳|未予采纳|不采取|不可取|予以纠正|应予禁止|不宜)|(?:不予?采用|不采取|不实行|不推行|摒弃|避免采用)(?:该|此|这种|这一|上述|此类|该类|此种)(?:模式|做法|方式|方案|安排)|(?:做法|方式|模式|思路|写法|提法|建议|意见)[^。；]{0,24}?[，,][^。；]{0,12}?(?:没有采纳|未采纳|未予采纳|不予采纳|没有采用|未采用|不予采用)/;
/**
 * Others' practice told as a fact: the subject is another place or some market players, and the verb tells what they did
 * ("外省部分城市采取整体授权模式推进……", "近年来，部分平台企业借助对数据资源的独家掌控形成市场优势", "从外省实践看，有的省份
 * 以整体授权方式由一家机构统一运营……"). The text's own rules
 * name its parties; "其他市场主体……只能向乙方购买" names them as bound by the rule and is not this.
 */
// An item's number may open it ("（三）国内部分省份采取整体授权……").
const OTHERS_PRACTICE = /^[…\s]*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?(?:(?:近年来|近期|目前|当前|从[^，。；]{0,6}?(?:实践|经验|做法|情况)(?:来)?看|实践中|调研发现)[，,]?)?(?:(?:外省|外地|省外|国外|国内外|国内|全国|其他省份?|其他省市|其他地区|其他城市|兄弟省市)(?:的)?(?:部分|一些|少数|个别|有的)?(?:省份|省市|地区|地方|城市|地市|平台企业|平台|企业|运营机构)?|(?:部分|一些|少数|个别|有的|某些)(?:省份|省市|地区|地方|城市|地市|平台企业|平台|企业|运营机构)|(?!本|我|各|全)[\u4e00-\u9fff、]{2,16}?等(?:省份|省市|省区|地区|地方|地|城市|地市))[^，。；]{0,12}?(?:采取|采用|实行|推行|探索|借助|利用|凭借|形成|引发|出现|存在|已经|曾|将|把|设定|规定|约定|确定|以|通过)/;

/** Or a place named, told as recent practice ("近年来，贵州省采取整体授权为主、分领域授权为辅的模式，重庆市先行……"). */
const NAMED_PLACE_PRACTICE = /^[…\s]*(?:近年来|近期|此前|从[^，。；]{0,6}?(?:实践|经验|做法|情况)(?:来)?看|从全国看)[，,]\s*(?!本|我)[\u4e00-\u9fff]{2,6}?(?:省|市|自治区)[^，。；]{0,6}?(?:采取|采用|实行|推行|探索|先行)/;

/** A list's lead and its items in one sentence ("乙方有下列情形之一的，甲方有权终止本协议：……（四）……排他性协议……的"). */
const INLINE_GROUNDS = new RegExp(`${LIST_WORDS}[^。；：:]{0,24}?(?:${LEAD_SANCTION.source})[^。；：:]{0,12}[：:]`);

/**
 * What a policy document says, told as its content ("《……意见》提出共享、开放、授权运营三种开发利用方式"): the cited text's
 * words, not a rule of this one. Not a rule followed ("根据《办法》，……"), nor a sentence that goes on to this text's own.
 */
const CITED = /^\s*(?:[一二三四五六七八九十]+、[^，。；《]{0,8}?)?《[^》]{2,80}》(?:[和、及与]《[^》]{2,80}》)*[^，。；《]{0,6}?(?:提出|指出|强调|部署|明确提出|明确要求)/;
const OWN_TEXT = /本方案|本协议|本次授权|乙方|甲方|运营机构|运营方/;
/**
 * A past fact ("2019年，县商务局曾与某公司签订独家合作协议，该协议已于2024年届满终止"): what was done before sets no rule,
 * unless the sentence also says what may or must be done now, or names this text's own arrangement.
 */
// A tally of what has been done counts past acts too ("累计完成土地经营权、集体资产租赁等交易2316宗，成交金额4.7亿元").
// A status as of a date ("截至2025年底，全市已归集……，市城投公司已通过数据共享获取……明细数据"), or what a party has
// already obtained by some way ("已通过市级共享获取"), reports what is; so does a request once made ("乙方曾申请将……导出至
// 自有服务器……，经实施机构审核未予同意").
const PAST_FACT = /^\s*(?:截至|截止)(?:目前|当前|\d{4}\s*年[^，。；]{0,8}?)[，,][^。；]*?已(?:经)?|已(?:经)?通过[^，。；]{0,16}?(?:获取|取得|获得|接入|归集|调取)|曾(?:经)?[^，。；]{0,24}?(?:签订|签署|授予|授权|实行|采取|采用|开展|收取|约定|给予|提供|申请)|已于\s*\d{4}\s*年[^，。；]{0,12}?(?:届满|终止|废止|到期|解除)|(?:累计|共计|合计|先后|已)(?:完成|办理|实现|达成|开展|签订|服务|发放|受理|成交)[^。；]{0,40}?\d[\d.,]*\s*(?:万|亿)?\s*(?:宗|笔|家|条|项|件|次|户|人次|元|份|单)/;
// A modal (clauseModality.ts's, which imports this file), not 可 of 可行性 or 应 of 应用.
const RULE_MODAL = /应当|(?<![相对响适供反效理])应(?![用急对收])|必须|须|可以|(?<![许认])可(?![逆用信控靠视行能])|不得|禁止|严禁|有权|无权/;
const NOW = /本(?:协议|方案|次)|现(?:约定|确定|明确|决定)|今后/;
// What the past prepared for this text ("……试点，为本次授权运营积累了数据治理经验") is still the past: no arrangement of its own.
const PREPARED_NOW = /为本(?:协议|方案|次)[^，。；]{0,16}?(?:积累|奠定|打下|提供|创造)(?:了)?[^，。；]{0,12}?(?:经验|基础|条件|支撑)/g;
const AVOIDS = /^[^，。；]{0,8}?为(?:了)?(?:避免|防止|解决|减少|克服)[^。；]*?(?:问题|风险|隐患)[，,]/;
/**
 * An opinion reported, not adopted: what outsiders proposed or held in a consultation ("征求部门意见过程中，有单位建议……整体
 * 授权", "座谈中有企业提出授权期限最好延长到
 * 5年……，未予采纳", "有专家认为，可以允许运营机构将部分授权转让给合作企业"). The speakers are outside the text's parties:
 * "乙方提出申请的，……" is a procedure of the agreement, and what an authority 要求 is a rule, so neither is this.
 */
// A reply to a proposal tells the proposer what it asked ("您在提案中提出，……建议授予一家本地企业独家运营权"); a heading
// names the proposal it answers ("（二）关于“授予一家企业独家运营、期限放宽到5年”的建议").
// The consultation may follow a clause of the text's own ("考虑到……周期较长，征求意见中曾有单位建议……"), and the
// proposer give its ground first ("有单位以平台建设周期较长为由建议……"); a speaker quoted may recall it from the drafting
// ("“在方案起草阶段，曾有企业建议把……交给一家企业独家运营，……没有采纳。”").
const REPORTED = new RegExp('^\\s*[“"「]?(?:(?:[^，。；]{0,24}[，,])?[^，。；]{0,16}?(?:座谈|调研|征求[^，。；]{0,6}?意见|论证|听证|访谈|问卷|起草|编制|拟定|修改|评审|审查)(?:会)?(?:阶段|时|中|上|期间|过程中)[，,]?)?'
  + '(?:[^，。；]{0,10}?(?:有|部分|一些|少数|个别|多家|多位|不少|与会|参会|某|一家|一位))?'
  + '(?:企业|专家|专家组|学者|代表|委员|群众|市民|公众|人士|网民|经营主体|市场主体|单位|协会|商会|联合会|联盟|意见|观点|人员|人|您|贵单位|提案|议案|来信|留言)'
  + '(?:以[^，。；]{1,20}?为由|出于[^，。；]{1,16}?考虑)?[^，。；]{0,6}?(?:建议|提出|提议|认为|主张|反映|希望|呼吁|表示|指出)'
  + '|^\\s*(?:[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十\\d]+[、.．])?\\s*关于[“"][^”"]{2,60}[”"]的(?:建议|意见|提案|议案|诉求|请求)\\s*$');
const LABEL_LEAD = /^[^，。；：:]{2,30}[：:]/;
// The text taking the opinion up ("本方案采纳了该建议，……") makes it the text's own rule.
const ADOPTED = /(?<![未不])(?:予以)?采纳(?:了|该|此|上述)|吸收(?:了|该|此|上述)/;
/**
 * A superseded draft's wording quoted ("征求意见稿“对全市公共数据资源实施整体授权”的表述不符合……", "初稿“……可将部分业务转由
 * 合作单位运营”的表述……已删除"), a clause of the plan under review quoted by its reviewers ("对《方案》中“……按成本收取
 * 费用”的内容，专家建议……"), or a proposal quoted as proposed ("市某行业协会建议“运营期限延长至五年……”"): words of
 * another text or speaker, not this text's rule.
 */
// Or a clause quoted by its number and judged after it ("协议文本第七条“……独家运营权……”构成排他性安排，违反……，应予删除",
// "协议稿第二条“……”与省办法第十五条……的规定不符").
const QUOTED_ELSEWHERE = /第[一二三四五六七八九十百\d.．]+(?:条|部分|章|节)(?:第[^，。；“"]{1,6}[款项])?[^，。；“"]{0,4}?[“"][^”"]{4,80}[”"][^。；]{0,40}?(?:构成|违反|不符|不合|不一致|相悖|抵触|涉嫌|属于违|应予删除|应当删除|应删除|建议删除)|(?:初稿|原稿|草稿|草案|征求意见稿|送审稿|讨论稿|上一稿|前一稿|原方案|原协议|原条款|原表述|修改前|(?:协议|方案)(?:文本)?稿)(?:中|的|所写|所列|第[^，。；“"]{1,8})?[^，。；“"]{0,20}?[“"][^”"]{4,80}[”"]|(?:建议|提议|主张)[：:]?\s*[“"][^”"]{4,80}[”"]|(?:对|关于)[^。；“"]{0,10}?[“"][^”"]{4,80}[”"]的?(?:约定|表述|条款|规定|内容|安排|写法|提法)[^。]{0,30}?(?:建议删除|应予删除|应当删除|应删除|不符合|相悖|违反)|《[^《》]{0,30}(?:方案|协议)》(?:中|第[^，。；“"]{1,8})?[^，。；“"]{0,6}?[“"][^”"]{4,80}[”"]的?(?:内容|表述|提法|条款|约定|写法)/;
// The text's own amendment, not one proposed or reported ("建议改为“……”", "修改稿已调整为“……”").
// A proposal's later clause proposes too ("建议删除该款，改为“……”").
const AMENDED = /(?<!(?:建议|已|稿|拟|宜|应)(?:修|调|变|替|更)?)(?<!建议[^。；“”"]{0,12})(?:修改|修订|调整|变更|替换|更改|改)为/;
/** A reviewer's judgement on a clause it quoted before ("该约定实质上允许转授权，建议删除该款"): about that text, no rule. */
const JUDGED = /^\s*(?:该|上述|此|这一|前述|此项|该项)(?:约定|条款|表述|规定|写法|内容|款|条|提法)[^。；]{0,12}?(?:实质上|实际上|事实上|明显|属于|构成|涉嫌|等同于|相当于)/;
/** A question asks; it sets no rule ("问：运营机构是否享有独家经营权？"): the answer after it is read. */
const QUESTION = /^\s*(?:问|提问|Q)\s*[：:]|(?:是否|能否|可否|有无|是不是|有没有|吗|呢|什么|哪些|哪个|如何|怎样|怎么|多少)[^。；！!？?]{0,40}?[？?]\s*$/;
/**
 * Words of another text or speaker in the sentence: a draft or a clause quoted (and judged), an opinion reported, a
 * practice rejected. Narrower than isBackground (no track record, sanction ground or risk): for readers that read a
 * condition of fact as part of the rule ("……未发生数据安全事件的，期满后享有续约权").
 */
export function othersWords(sentence: string): boolean {
  return reportedOrQuoted(sentence) || (REJECTED.test(sentence) && !ADOPTED.test(sentence));
}

/** An opinion reported or another text's words quoted, unless the text takes them up (ADOPTED) or amends by them. */
const REQUEST_CASE = /^[^。；“”]{0,40}?(?:提出|反映)[^。；“”]{0,30}?的[，,]\s*(?:由|应当|应|须|可以|可)/;
function reportedOrQuoted(sentence: string): boolean {
  if (ADOPTED.test(sentence)) return false;
  // Under a label that names the reply ("关于政协委员提案的答复：委员提出……") the opinion starts after it.
  // An amendment quotes the clause it replaces and then its new wording ("原协议第四条“……”，修改为：“……”"): that is the rule.
  // A party's request as the condition of a rule ("经营主体提出新的数据产品需求的，由乙方优先组织开发") is the rule's case.
  if (REQUEST_CASE.test(sentence)) return QUOTED_ELSEWHERE.test(sentence) && !AMENDED.test(sentence);
  return REPORTED.test(sentence) || (LABEL_LEAD.test(sentence) && REPORTED.test(sentence.replace(LABEL_LEAD, ''))) || (QUOTED_ELSEWHERE.test(sentence) && !AMENDED.test(sentence));
}

export function isBackground(sentence: string): boolean {
  // Every red-line reader asks it of the same sentences: answered once.
  return kept(backgroundCache, sentence, () => readsAsBackground(sentence));
}
const backgroundCache = new Map<string, boolean>();
function readsAsBackground(sentence: string): boolean {
  if (QUESTION.test(sentence) || JUDGED.test(sentence) || (CITED.test(sentence) && !OWN_TEXT.test(sentence)) || (PAST_FACT.test(sentence) && !RULE_MODAL.test(sentence) && !NOW.test(sentence.replace(PREPARED_NOW, '')))) return true;
  if (reportedOrQuoted(sentence) || INLINE_GROUNDS.test(sentence)) return true;
  // A purpose that names the problem it avoids ("为避免“一场景一授权”造成……等问题，本方案将……") leads a rule: the rest decides.
  const unled = sentence.replace(AVOIDS, '');
  if (RISK.test(unled) && RISK_FRAME.test(unled)) return true;
  return excludedList(sentence) || REJECTED.test(sentence) || OTHERS_PRACTICE.test(sentence) || NAMED_PLACE_PRACTICE.test(sentence) || HYPOTHESIS.test(sentence) || SANCTION.test(sentence) || TRACK_RECORD.test(sentence) || ON_FINDING.test(sentence) || ON_INCIDENT.test(sentence) || ON_INTENT.test(sentence);
}

/**
 * An item listed under a heading that names risks or problems ("七、风险识别" / "（3）经营性产品收费超出政府指导价", the item's
 * own number a heading too): a risk the text foresees, not a rule it sets, unless the item itself binds someone ("应当……").
 */
// Its item's number may close it ("十、风险清单第4项").
// Or what other places do ("（二）外地经验借鉴"): their practice, not this text's rule.
const RISK_HEADING = /(?:风险(?:识别|分析|点|提示|清单|研判)?|主要风险|存在的?(?:主要)?问题|问题(?:分析|清单)|经验借鉴|(?:外地|外省|先进地区|兄弟省市|国内外|各地)(?:经验|做法|实践|案例)|典型(?:案例|做法|经验))(?:第\s*[一二三四五六七八九十\d]+\s*项)?$/;
export const riskListed = (headings: readonly string[], sentence: string) => headings.slice(0, 3).some((h) => RISK_HEADING.test(h.trim())) && !RULE_MODAL.test(sentence);

/** A clause that sets another's practice against the text's own ("与……的做法不同"): not the text's rule. */
export function isContrastClause(clause: string): boolean {
  return CONTRAST_CLAUSE.test(clause);
}

/**
 * The one filter for an act named as a risk: a whole sentence describing a risk (`isBackground`) and, here, the act
 * itself followed by the risk it is ("转授权风险", "违规导出等问题": `after` is the text right after the matched act),
 * which `findTriggers` leaves out in any clause, so the act is never read as something the clause lets happen.
 */
export function namedAsRisk(after: string): boolean {
  return NAMED_AS_RISK.test(after);
}

/**
 * The act as what a verb of prevention or enforcement acts on ("依法查处数据领域的垄断和不正当竞争行为", "防止形成
 * 独家控制") or as a risk a measure meets ("针对运营机构可能……形成数据垄断……的风险"), or as what a check asks ("审核
 * 重点为能否……恢复原始数据", and a clause opening on a question word in such a list: "……，是否可以通过可逆模型……还原
 * 原始数据"): fought or asked, not let happen. Each span runs from the verb over what it governs; nothing in a fought
 * span may open a clause of its own (a modal, a 将/把, a 前提下 or 后). findTriggers leaves out a match inside one; the
 * whole-sentence readers read them blanked (clauses.ts withNeutralMasked).
 */
// An objection a party raises ("乙方书面表示反对的，……") fights nothing: it is the party's say. A monopoly broken is fought
// ("打破数据获取的垄断格局").
// A verb that ends a programme's name before the product named after it fights nothing ("农村人居环境整治数据服务",
// "违法建设整治数据产品": what it would govern is the product itself).
const FOUGHT = '(?:查处|打击|打破|破除|防范|防止|制止|(?<!表示|提出|书面|明确|持)反对(?!意见|的[，,])|惩治|整治|规制|预防(?!控制)|杜绝|遏制|纠正)(?!(?:(?!违|非法|不正当|垄断|恶意)[^，。；]){0,4}?(?:服务|产品|平台|系统|应用|看板|模型|场景)(?:[，。；的]|$))[^，。；可应得须将把在下后时使]{0,24}|针对[^，。；]{0,60}?的(?:风险|问题|隐患)';
// A table's column that asks ("| 是否排他 |") is asked to its cell's end: its cells below answer.
// The check may come after what it asks ("由甲方组织对产品是否含有个人信息、是否可能还原原始数据……进行审核").
const ASKED = '(?:(?:审核|审查|检查|核查|核验|评估|评价|确认|判断|研判)[^，。；]{0,16}?|(?:^|(?<=[，,：:|｜]))\\s*)(?:是否|能否|可否|有无)[^，。；|｜]*' +
  '|(?<=对[^，。；]{0,12}?)(?:是否|能否|可否|有无)[^，。；]*?(?=(?:进行|开展|予以|组织)?(?:审核|审查|检查|核查|核验|评估|评价|确认|判断|研判))';
// A draft's wording quoted as what was struck or replaced ("征求意见稿第12条曾写有“乙方可……导出……”，……该句已删除，定稿第12条改
// 为“……不得导出……”"): the quote is no rule of the text, whatever follows it (the new wording is read).
const SUPERSEDED = '(?<=(?:初稿|原稿|草稿|草案|征求意见稿|送审稿|讨论稿|上一稿|前一稿|原方案|原协议|原条款|原表述|修改前)[^。；“"]{0,16}?[“"])[^”"]{4,80}(?=[”"][^。；]{0,40}?(?:删除|删去|删掉|修改为|修订为|调整为|改为|替换为))';
// Other places' models learnt from ("学习借鉴外省整体授权、分领域授权的实践经验，结合我省依场景授权的制度要求……"): theirs, not
// the text's rule.
const LEARNT = '(?:学习|借鉴|参考|吸收)[^，。；]{0,6}?(?:外省|外地|省外|其他省(?:份|市)?|兄弟省市|先进地区|各地|国内外?)[^，。；]{0,30}?(?:经验|做法|实践|模式)';
export const OVERSEEN_SPAN = new RegExp(`${FOUGHT}|${ASKED}|${SUPERSEDED}|${LEARNT}`, 'g');
