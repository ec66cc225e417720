/**
 * The spans a text writes that are not the grant's term (split from text.ts along the reading: the file had passed 400
 * lines): an estimate's horizon, another thing's period (a warranty, a loan, a payback), another contract's, the sector's
 * own licence, the text's own force; and the grant's first term and the words that tie a span to the term. durations()
 * in text.ts reads them.
 */
/** The verbs that tie a term to another period: "覆盖", "与……一致", "即". */
export const TIES = '(?:覆盖|涵盖|贯穿|为|与|同|按|至|到|即)';
const ESTIMATE_WORD = '(?:测算|预测|估算|核算|预估)';
export const ESTIMATE_BEFORE = new RegExp(`${ESTIMATE_WORD}(?:期|周期|年限)?(?:为|是|按|以)?\\s*$`);
export const ESTIMATE_AFTER = new RegExp(`^(?:的)?\\s*(?:为|作为)(?:一个)?(?:收益|财务|效益)?${ESTIMATE_WORD}(?:期|周期|年限)`);
export const OPERATING = /^(?:内|以内|之内)[，,]?[^。；]{0,20}?(?:开展|运营|经营|开发利用|享有)/;
export const OTHER_PERIOD = /折旧|摊销|质保|保修|维保|运维|使用年限|寿命|贷款|借款|还款|租赁期/;
/**
 * The grant's first term is its term when what follows needs a new decision ("授权运营首期为二十四个月"); said alone, it
 * opens the clause with its length ("授权期限 | 首期叁年，……期满……自动顺延贰年"), not a sum over it ("首期三年累计服务收入").
 */
/** Words that make a sentence one about the grant, not another programme's span ("实行为期十年的常年禁捕"). */
export const GRANT_WORDS = /授权|运营|协议|合同|经营|开发利用/;
export const FIRST_TERM = '(?:(?:授权|运营|协议)首期|(?<![\\u4e00-\\u9fff])首期(?=(?:授权|运营)?(?:期限)?(?:为|是)?\\s*[\\d一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]+\\s*个?\\s*(?:年|月)(?!累计|内|中|以内)))(?!届满|期满|结束)';
export const GRANT_TERM = new RegExp(`期限|有效期|授权期|运营期|为期|${FIRST_TERM}`);
/** The span of another contract named after it ("签订为期五年的招商信息服务合同"); 为期三年的授权运营协议 is the grant's. */
export const OF_ANOTHER_CONTRACT = /^的(?:(?!授权|运营)[^，。；]){0,16}?(?:合同|协议)/;
/**
 * A payback horizon ("投资回收周期预计为五年", "回本周期约四年", "预计需五年才能收回投资") is the investment's, not the
 * grant's, unless the term is tied to it ("有效期至乙方收回全部投资之日止；……投资回收期不少于八年").
 */
export const PAYBACK = /回收期|回收周期|回本|盈亏平衡/;
export const PAYBACK_AFTER = /^[^，。；]{0,4}?(?:收回|回收)(?:投资|成本)/;
export const TERM_TIED_TO_PAYBACK = /(?:期限|有效期|授权期|运营期)[^。；]{0,16}?(?:至|到|直至|与|同|按|以)[^，。；]{0,16}?(?:收回|回收|回本)/;
/**
 * A licence or a right of the sector the data is about, not the grant: "出租汽车经营权期限为8年", "导游证有效期为3年",
 * "旅行社经营许可无固定期限", "码头经营权". The grant may be called 运营权 or 经营权 too, but never after the sector's trade.
 */
// A concession's period ("特许经营期为25年"), a vehicle's or a person's certificate ("网络预约出租汽车运输证", "从业资格证") and
// a right in land or sea ("海域使用权证书记载的使用期限") are the sector's too.
export const SECTOR_LICENCE = '(?:经营许可证?|许可证|牌照|导游证|资格证书?|运输证|营运证|从业证|(?:海域|土地|林地|草原|水域|取水|采矿|探矿)(?:使用)?权(?:证书|证)?|特许经营(?:权|期|项目)?|(?:车|客运|公交|线路|摊位|泊位|码头|场站|广告|采矿|探矿|土地|林地|水域)经营权)';
/**
 * The period of another matter named before a span in its clause: a duty that survives the agreement ("保密义务继续有效，
 * 有效期为协议终止之日起五年", "保密义务不因本协议……终止而免除，自本协议终止之日起继续有效五年"), another contract ("乙方承建的……运维合同期限为五年"), the text's own force ("本方案自
 * 印发之日起施行，有效期5年": how long a plan or a policy stays in force is not the grant's term), a right in a work or a
 * product's certificate ("知识产权许可期限为十年", "产品证书有效期为五年"), a company's business term ("营业执照载明的营业期限不短于
 * 十年", asked of candidates), another agreement named by its title ("《公共数据开发合作框架协议》（约定合作期限十年）").
 */
export const OTHER_MATTER = new RegExp(String.raw`(?:本|该|此)(?:实施)?(?:方案|办法|细则|通知|意见|规定|规划|指南|制度)(?:(?!所称)[^。；授运协]){0,24}$|(?:保密|违约责任|赔偿责任|担保|质保|保修|维保|知识产权|著作权|专利|营业执照|营业期限|(?:登记|产品|资产|资质|认证)证书|${SECTOR_LICENCE})[^。；]{0,20}$|(?:运维|建设|采购|租赁|施工|承建|维保|技术服务|外包|劳务|贷款|借款)(?:合同|协议)[^，。；]{0,6}?(?:期限|有效期|服务期|期)?(?:为|是)?\s*$|(?:保密|违约|赔偿|担保|知识产权)[^。；]{0,8}?(?:义务|责任|条款)[^。；]{0,40}?(?:继续|仍然?)(?:有效|履行|适用)\s*$|《(?![^》]*授权运营)[^》]{2,40}(?:协议|合同)》[^。；]{0,12}$`);

/**
 * The grant's own term named before the other matter in the span's clause, tied to it ("授权运营期限与该平台特许经营期保持
 * 一致，为十年", "特许经营期（即授权运营期）为八年"): the span is the grant's.
 */
export const GRANT_TIED = new RegExp(`(?:授权|运营)[^，。；]{0,4}?(?:期限|有效期|期)[^，。；]{0,6}?${TIES}`);
/** What the sentence says before `at`, from its last full stop or semicolon. */
export const saidBefore = (sentence: string, at: number) => sentence.slice(Math.max(sentence.lastIndexOf('。', at), sentence.lastIndexOf('；', at)) + 1, at);

export const NOT_THE_TERM = /(?:不构成|不属于|不视为|不作为|不计入|并非|不是)[^，。；]{0,12}?(?:授权|运营|本协议)[^，。；]{0,6}?(?:期限|有效期)|与[^，。；]{0,12}?(?:授权|运营|本协议)[^，。；]{0,6}?(?:期限|有效期)无关/;
