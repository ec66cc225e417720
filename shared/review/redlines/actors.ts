/**
 * Who a clause is about, by role. The operator is named many ways (乙方, 授权运营机构, 运营方…) and acts through its
 * group (关联公司, 控股子公司, 下属公司); developers and users are other market players; public bodies are users whose
 * governance and public-welfare uses are free; regulators (价格主管部门, 发展改革部门) fix or check prices, they do not
 * use or pay.
 */
// The party granted named as such ("被授权方", "被授权单位") is the operator, not the grantor its last three characters spell.
// A consortium's lead (牵头人) signs and answers for it, and the one a tender selected (中标机构, 中选单位) is it: the operator.
// The one list of the operator's names: the clause parse (clauseParties.ts) and every red-line reader take it from here.
export const OPERATOR = '(?:授权运营机构|授权运营单位|运营机构|运营单位|运营主体|运营方|运营商|运营公司|项目公司|乙方|被授权(?:方|人|单位|主体)|牵头人|中标(?:机构|单位|人|方)|中选(?:机构|单位|方))';
/**
 * A company by its registered name ("冀云数据集团有限公司", "黔数科技股份有限公司"): the last words say it is one. A 向 or
 * 由 inside would be the clause's own preposition ("由某某有限公司收取"), so the name runs after it.
 */
export const COMPANY = '(?:(?!向|由)[\\u4e00-\\u9fff]){2,16}?(?:(?:股份)?有限(?:责任)?公司|股份公司|集团公司)';
/** The operator by its role or, in a grant or a charge, by its company name. */
export const OPERATOR_NAME = `(?:${OPERATOR}|${COMPANY})`;
// A consortium operator acts through its members ("联合体成员方", "牵头方"): they are the operator's side, not the market.
const GROUP = '(?:关联公司|关联方|关联企业|子公司|控股公司|分公司|下属(?:公司|企业|单位)|控制的(?:公司|企业)|联合体(?:各方|各成员|成员(?:方|单位|企业)?|牵头方))';
/** The operator or a company of its group: "乙方及其关联方", "运营机构的关联公司", "授权运营机构下属数据科技子公司". */
export const OPERATOR_GROUP = `(?:${OPERATOR}(?:(?:及其|及|和|的|下属|所属|旗下|控股|控制的)[\\u4e00-\\u9fff]{0,8}?${GROUP})?|(?:其|自身)?(?:控股|下属|所属|旗下)?[\\u4e00-\\u9fff]{0,6}?${GROUP})`;
/**
 * The operator setting up or holding a company, alone or with others ("乙方与……共同出资设立", "运营机构全资设立",
 * "乙方控股的"): what makes the company its side. Each reader anchors it where it looks: a defined term's meaning
 * (exclusivity.ts), a clause's subject before its act (subAuthorizationMoves.ts), a company named in a cell (redevAgent.ts).
 */
export const SETS_UP = '(?:的)?(?:与[^，。；]{1,12}?)?(?:共同)?(?:(?:出资|投资|发起)?(?:设立|成立|组建|新设)|控股|全资|参股|出资|投资)(?:设立)?';
/** Other market players that develop or use products. */
export const DEVELOPER = '(?:开发利用(?:机构|主体|方|单位|企业)|经营主体|市场主体|数据商|应用方|使用方|需求方|用户|第三方|合作方|其他机构|其他主体|社会主体)';

/** Regulators: they fix, publish or check prices and data rules; a clause naming them names no user. */
// The price authority in any spelling of its organ: "发展和改革委员会", "发展改革局", "发改局", "物价局".
export const REGULATOR = /(?:价格主管|发展改革|发改|市场监管|数据主管|行业主管|数据管理|主管)部门|发展(?:和)?改革(?:委员会|委|局)|发改(?:委|局)|物价局|价格主管|数据局|数据和政务服务局/g;

/**
 * Public bodies as users: governments and their departments, street offices, public institutions, public hospitals and
 * schools, and the public-interest categories themselves (公共治理类, 公益事业).
 */
// Public-welfare uses named by whom they serve (困难群众救助, 残疾人补贴, 低保) are public uses.
// "区直各部门", "市直单位": a level's directly-run departments are public bodies as its 级 departments are.
// A use for a public function ("用于行政审批、执法监管") is a public use whoever names it. A department named by its field
// ("公安交管部门", "交通运输部门") is a government's.
export const PUBLIC_USER =
  /人民政府|政府|党政机关|国家机关|行政机关|机关单位|(?:公安|司法|审判|检察|税务|海关|监察|国家安全)机关|人民法院|人民检察院|(?<!企)事业单位|街道办事处|街道|乡镇|社区居委会|居委会|村委会|(?:村民|居民)委员会|疾控中心|疾病预防控制|卫生院|公立(?:医院|医疗机构|学校)|中小学|[市区县省州](?!场|块|域)(?:直|级)?[\u4e00-\u9fff]{0,8}?(?:局|委员会|委|办公室|中心)(?![\u4e00-\u9fff]{0,2}(?:企业|公司))|[市区县省乡](?:级|直)[\u4e00-\u9fff]{0,6}?(?:部门|机关)|履职|履行(?:法定)?职责|政务决策|政务用户|政务类|政务用途|决策支持|公共卫生|市场监督管理局|市场监管局|(?:[市区县省]直|各级|有关|相关|使用|行政|职能|业务|政务|应急管理|卫生健康|教育|公安(?:交管)?|交管|交通运输|住建|住房城乡建设|自然资源|生态环境|水利|农业农村|商务|文旅|文化和?旅游|民政|人社|人力资源和?社会保障|财政|城管|城市管理|卫健|医保|医疗保障|教育行政|统计|审计|消防救援)部门|公共治理|公益事业|公益|困难群众|社会救助|救助资格|最低生活保障|低保|特困人员|残疾人(?:补贴|救助|康复)|优抚|助残|助老|政务服务|基层治理|社会治理|公共事务|突发公共事件|疫情防控|防汛|抢险|救灾|(?:甲方|授权方|实施机构)(?:及其)?(?:所属|下属|内设)(?:单位|部门|机构)|(?<=(?:开展|用于|服务于?|支撑|支持|辅助)[^，。；]{0,8}?)(?:行政(?:审批|许可|执法|检查|处罚|决策)|执法|应急(?:指挥|处置))/;

/** A switch to market users in the same sentence: what follows is about them, not the public user named before. */
// "其他产品", "其余服务" after a public use name the rest.
// A use turned to business is a market use: "将公益用途免费取得的数据产品用于经营活动的".
// The market named as whom products serve ("面向市场的数据产品", "市场用户", "市场需求") is the market user.
// "有偿服务的收费标准……": the paid services named as the clause's subject are the rest, not the public uses before them.
export const MARKET_USER = /(?<![\u4e00-\u9fff])有偿(?:服务|产品|使用)的|其他(?:用途|用户|使用者|产品|服务|数据产品|类)|其余|市场(?:服务|化|主体|用户|需求)|面向市场|经营(?:性|使用|用途|类|活动)|营利|增值服务|产业发展|行业发展|产业类|行业(?:服务|应用|用户|客户)类?|经营性|商业|企业|市场主体|公司|金融机构|银行|数据商|开发利用(?:机构|主体|方)/;

/** "公平对待所有开发利用主体", "服务各类市场主体": the party a verb of treating or serving acts on, a quantifier between. */
export const TREATED = /(?:对待|服务|支持|扶持|帮助|培育)(?:所有|全部|各类|各个|各|一切|广大|相关)?$/;

/** The last actor before `at` that is the subject of what follows, skipping objects and modifiers. */
// The grantor too: "乙方交付甲方的产品，甲方有权自行……升级改造" is the grantor's doing.
// So is who received the product: "交付后由使用单位自主管理，使用单位可以委托其他机构升级改造".
// And the market welcomed, encouraged or brought in to act: "欢迎更多企业在指数基础上开发新应用", "引入生态合作伙伴，在……
// 交付的产品基础上开发应用".
// And market players named as a clause's subject ("运营机构不参与……，冷链企业和金融机构可以在已交付产品基础上开发自有服务").
const ACTOR = new RegExp(`${OPERATOR_GROUP}|${DEVELOPER}|甲方|授权方|实施机构|使用单位|使用方|需求方|交付对象|(?<=(?:欢迎|鼓励|引导|吸引|引入|引进)(?:更多|各类|广大|社会|其他|有关|相关)?)[\\u4e00-\\u9fff]{0,4}?(?:企业|主体|机构|单位|力量|伙伴)|(?<=(?:^|[，,；;。：:])\\s*)(?!乙方|甲方)(?:(?!参股|控股|关联|子|下属|母|集团|合资|投资)[\\u4e00-\\u9fff]){1,6}?(?:企业|金融机构|银行|保险公司)(?:(?:和|及|与|、)[\\u4e00-\\u9fff]{1,6}?(?:企业|金融机构|机构|银行|公司))*(?=可以|可|均可|有权|自主|自行)`, 'g');
const IS_GROUP = new RegExp(`^${OPERATOR_GROUP}$`);
const IS_DEVELOPER = new RegExp(`^${DEVELOPER}$`);
export function subjectBefore(s: string, at: number): string | null {
  const re = ACTOR;
  re.lastIndex = 0;
  let last: string | null = null;
  for (let m; (m = re.exec(s)) && m.index < at; ) {
    const pre = s.slice(Math.max(0, m.index - 2), m.index);
    const post = s.slice(m.index + m[0].length, m.index + m[0].length + 4);
    // "对乙方已交付的产品", "基于运营机构已交付的", "向应用方交付", "视应用方需要", "承接开发利用机构委托", "作为开发利用主体".
    // "投资入股开发利用机构": the company invested in is the object.
    // "通过乙方平台获取": the means reached through names no actor either.
    // "乙方交付甲方的产品": who delivered the product named describes it (the relative clause's own subject).
    // "经甲方同意", "报甲方": a party whose consent or report conditions the act does not act.
    // "符合经营主体条件的": a qualification met names the capacity, not who acts.
    if (/(?:对|基于|向|视|承接|接受|作为|成为|为|与|给|根据|按照|满足|符合|具备|在|以|接入|使用|采购|购买|订购|调用|入股|参股|投资|收购|并购|通过|经由|依托|借助|经|征得|取得|报)$/.test(pre)) continue;
    // "完成开发利用机构注册", "纳入开发利用主体名录": a registration or a roll names the capacity, not who acts (but "某公司
    // 注册为开发利用机构": the company registers).
    if (/^(?:已|所)?(?:交付|提供|开发)(?:给|予)?[^，。；的]{0,10}?(?:的|后)|^委托|^需要|^需求|^的需求|^(?:的)?(?:请求|要求|申请)|^身份|^(?:的)?(?:(?:注册|登记|认定)(?!为|成为)|资格|资质|名录|名单)/.test(post)) continue;
    // "作为数据使用方": a capacity, with its modifier, names no actor either.
    if (/(?:作为|成为|以)[\u4e00-\u9fff]{0,2}$/.test(s.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (TREATED.test(s.slice(Math.max(0, m.index - 6), m.index))) continue;
    // "乙方可与下游经营主体联合开发", "运营机构可以与数据使用方对……开展再开发": a partner named with its modifier is no actor
    // either, as one named bare is not (above).
    if (/(?:与|同)[\u4e00-\u9fff]{1,4}$/.test(s.slice(Math.max(0, m.index - 5), m.index)) && !/(?:与|同)(?:其他|其它)$/.test(s.slice(Math.max(0, m.index - 3), m.index))) continue;
    // "与其他开发利用机构同等享有": a comparison names no actor.
    if (/(?:与|同|和|较)其他$/.test(s.slice(Math.max(0, m.index - 3), m.index))) continue;
    // "乙方或其委托的第三方": whom the party named before engages acts for it; the party named stays who acts.
    if (last && /(?:委托|指定|聘请)的$/.test(s.slice(Math.max(0, m.index - 3), m.index))) continue;
    last = m[0];
  }
  return last;
}

export const isOperatorGroup = (a: string | null) => a !== null && IS_GROUP.test(a) && !IS_DEVELOPER.test(a);

/**
 * Who ends up holding the grant or the data, by kind of party (used by sub_authorization and raw_data_export):
 * - `grantor`: the grantor and the data's holders (甲方, 实施机构, 数源单位);
 * - `operator`: the operator itself and its own organs (董事会, 内部部门, 员工, 技术团队): nothing leaves it;
 * - `other`: another legal person, the operator's own group included (子公司, 母公司, 关联公司, 银行, 保险公司, 合作方,
 *   客户, 受让方, 承继方, 质权人, 集团成员单位, 联合体成员, 区域运营服务商): a grant or data it gets has left the operator;
 * - `public`: users at large (注册用户, 社会公众, 不特定用户).
 * A term the document defined is classed by what its definition says it is ("生态伙伴，是指……企业").
 */
export type Holder = 'grantor' | 'operator' | 'other' | 'public';

// "被授权方" is the operator, not the 授权方 inside it.
export const GRANTOR = '(?:甲方|(?<!被)授权方|实施机构|数据主管部门|数源单位|数据提供单位|数据提供部门|数据来源单位)';
export const OPERATOR_ORGAN = '(?:董事会|股东会|总经理办公会|内部(?:部门|机构)|(?:业务|技术|安全|合规)部门|员工|工作人员|开发人员|技术团队|项目团队)';
export const OTHER_LEGAL_PERSON =
  '(?:全资子公司|控股子公司|子公司|分公司|下属公司|下属企业|关联公司|关联企业|关联方|控股股东|母公司|上级公司|集团公司|集团成员(?:单位|企业)?|成员单位|' +
  '合作伙伴|合作方|合作单位|合作银行|生态伙伴|第三方|其他主体|其他单位|其他企业|其他机构|其他运营机构|替代运营机构|其他市场主体|他人|项目公司|合资公司|' +
  '受托单位|受托方|受托人|外包单位|运营服务商|服务商|合伙人|受让方|受让人|承继方|承继人|继受方|收购方|质权人|抵押权人|债权人|金融机构|商业银行|银行|' +
  '保险公司|保险机构|客户|需求方|使用方|订购方|购买方|采购方|订阅方|数据商|联合体成员|联合体各方|股东|' +
  // A party named by its letter beside the two of the agreement ("丙方", "丁方"), a co-operative, an alliance's members.
  '丙方|丁方|合作社|联盟成员|联盟单位|成员企业|' +
  // Partners and buyers named by trade, and an operator of a lower level ("生态合作企业", "下游开发商", "县级运营主体").
  '合作企业|开发商|外部机构|数据交易所|交易所|(?:区县|县级|县域|市县|下级)运营(?:主体|公司|机构|单位))';
export const PUBLIC_HOLDER = '(?:注册用户|社会公众|公众|不特定(?:用户|主体|对象)|个人用户|开发者|用户)';

const IS = (re: string) => new RegExp(`^${re}$`);
const HOLDER_RES: [Holder, RegExp][] = [
  ['grantor', IS(GRANTOR)],
  ['operator', IS(`(?:${OPERATOR}|${OPERATOR_ORGAN})`)],
  ['other', new RegExp(`${OTHER_LEGAL_PERSON}$`)],
  ['public', new RegExp(`${PUBLIC_HOLDER}$`)],
];

/** What kind of party a name is, reading a defined term by its definition; null when it names no party. */
export function holderOf(name: string, meaning?: (term: string) => string | undefined): Holder | null {
  for (const [h, re] of HOLDER_RES) if (re.test(name)) return h;
  const m = meaning?.(name);
  if (!m) return null;
  if (new RegExp(`(?:企业|公司|机构|单位|法人|组织)(?:[”"」』]?)?$|${OTHER_LEGAL_PERSON}`).test(m)) return 'other';
  if (new RegExp(PUBLIC_HOLDER).test(m)) return 'public';
  return null;
}

/**
 * Parties joined to the operator as those it authorizes or designates: "乙方及其授权的……", "运营机构和其指定的……", or put
 * in its place at its choice ("乙方或乙方书面指定的项目公司").
 */
export const AUTHORIZED_BY_OPERATOR = /(?:及|和|以及|与|、|或者?)(?:其|乙方|运营机构)?(?:书面)?(?:授权|委托|指定|许可)的/;
const OPERATOR_FIRST = new RegExp(`^(?:是指|系指|指)?${OPERATOR}(?:及|和|以及|与|、)`);
/** A definition that puts another legal person in the operator's place ("运营机构，包括乙方及……关联公司"). */
export function widensOperator(term: string, meaning: string): boolean {
  // The term may name the operator or, by its meaning, the operator joined with others ("“运营团队”，是指乙方及乙方……指定的
  // 生态合作单位").
  if (!IS(`(?:${OPERATOR}|被授权方|被授权人|授权对象|运营主体)`).test(term) && !OPERATOR_FIRST.test(meaning)) return false;
  // Any enterprise joined to the operator (named before the 及) is another legal person, whatever its name ("乙方及乙方书面指定的生态合作企业",
  // "乙方以及经乙方推荐的场景服务公司"); the operator restated ("乙方，即某某有限公司") or its organs are not.
  // "经……批准、与市数据局签订协议的法人单位" joins what one unit did, not two parties.
  // Whoever the operator authorizes, whatever it is ("中标运营机构及其授权的各县（市、区）体育数据运营分中心").
  const other = new RegExp(`${OTHER_LEGAL_PERSON}|(?<=${OPERATOR}[^，。；]{0,6}?(?:及|和|以及|与|、)[^，。；]{0,24}?)(?:企业|公司|机构|单位|伙伴)|${AUTHORIZED_BY_OPERATOR.source}`).exec(meaning);
  return !!other && !/(?:不包括|不含|不包含|除)[^，。；]{0,10}$/.test(meaning.slice(0, other.index));
}

/** A definition of a party that runs the grant itself ("……以乙方名义独立开展授权运营活动并自行收取服务费用的企业"). */
// Or standing in for the operator in its dealing ("代运营机构承担数据加工、产品定价和对外交付工作的单位"): pricing and delivering
// to users are the operation, not a task done for it.
export const RUNS_THE_GRANT = /(?:独立|自行|自主|以[^，。；]{0,4}?名义)[^，。；]{0,6}?(?:开展|从事|经营)[^，。；]{0,12}?(?:授权运营|运营(?:活动|业务)?|开发运营)|(?:取得|享有|行使)[^，。；]{0,6}?(?:运营权|授权运营权|经营权)|代(?:运营机构|乙方|运营方|其)[^，。；]{0,4}?(?:承担|负责|开展|履行)[^，。；]{0,24}?(?:定价|对外交付|销售|对外提供|产品经营|(?<!平台|系统)运营(?!维护|保障|支撑))/;

/**
 * A condition that is no real control (read as a permission): the operator's own approval ("经乙方董事会审批后"),
 * silence deemed consent ("甲方……未书面提出异议的，视为同意"), a mere filing or notice ("报……备案后即可实施",
 * "书面告知甲方后"). A real control is the grantor's or an authority's approval before the act.
 */
// Its organs named without it are its own too: "经内部审议后", "经董事会批准".
export const OWN_APPROVAL = new RegExp(`(?:经|报|由)(?:(?:${OPERATOR}|其)(?:的)?(?:${OPERATOR_ORGAN}|内部|负责人|总经理|法定代表人)?|公司内部|内部|${OPERATOR_ORGAN})[^，。；甲]{0,6}?(?:批准|审批|同意|决定|审议|确认)`);
export const SILENCE_CONSENT = /未[^，。；]{0,16}?(?:提出|表示|反馈)?[^，。；]{0,4}?(?:异议|反对|意见)[^。；]{0,10}?(?:视为|即视为|默认)(?:同意|认可|批准)|(?:逾期|到期)未(?:答复|回复|反馈)[^。；]{0,6}?视为(?:同意|认可|批准)/;
export const MERE_NOTICE = /(?:备案|报备|告知|通知|知悉|报送|公告|公示)[^，。；]{0,4}?(?:后|即)(?:即可|可|生效|实施)?/;

/** Whether an approval a sentence asks for is a real control: someone other than the operator decides. */
export function isRealControl(approval: string): boolean {
  return !OWN_APPROVAL.test(approval) && !SILENCE_CONSENT.test(approval);
}
