// Charges that charge no public user (split from pricing.ts along the reading: the file had passed 400 lines): what a
// public body buys with its budget, by procurement or a commission paid on a fiscal review, and a charge named as what
// is overseen, checked or measured. pricing.ts reads them.

/**
 * The grantor paying the operator out of its budget for what it develops ("开发成本，由甲方按照年度预算向乙方支付") buys a
 * product; it is not a use charged.
 */
export const BUDGET_PAYER = /(?:由|经)?(?:甲方|授权方|实施机构|(?:本级|[市区县省])?财政(?:部门)?)[^，。；]{0,14}?$/;
export const BUDGET = /预算|财政资金|政府采购|政府购买|开发成本|建设(?:费用|资金|成本)/;
/** Any public body paying through government procurement buys a service: "由区政府部门通过政府采购方式另行委托并支付". */
export const PROCURED = /(?:部门|机关|单位)[^，。；]{0,6}?(?:通过|按照|依照|采取|采用)?政府(?:采购|购买)[^，。；]{0,12}?$/;
/** Work a public body commissions from the operator, paid on a fiscal review: bought, not a use charged. */
export const COMMISSIONED = /委托(?:乙方|运营机构|运营方)[^，。；]{0,10}?(?:实施|开发|建设|完成|承担)/;
export const FISCAL = /财政(?:评审|预算|资金)|政府采购|预算内|据实结算/;
/**
 * Or work a public body commissions from anyone by tender or contract and pays for ("……由实施机构按照“谁委托、谁付费”原则，
 * 委托……通过公开招标方式选定……机构承担，费用由实施机构支付"): bought, no use charged.
 */
export const COMMISSIONED_ANY = /委托[^。；]{0,40}?(?:承担|实施|完成|加工|开发|建设)/;
export const TENDERED = /谁委托[、，,]?\s*谁付费|委托合同|公开招标|招标方式|竞争性磋商|采购方式/;

/**
 * A charge named as what is overseen, not charged: "对授权运营机构的数据使用、收费和收益分配进行监督检查", "监督检查运营机构
 * 收费行为". The public body is the supervisor, the charge the operator's act it checks.
 */
const OVERSIGHT = '(?:监督|监管|督查|检查|审计|核查|稽查|巡查|评估|考核)';
const OVERSEEN_AFTER = new RegExp(`^[^，。；]{0,24}?(?:进行|开展|实施|组织|加强|实行)?(?:联合)?${OVERSIGHT}`);
// Listed among the things checked: "重点检查数据使用范围、产品审核记录、收费执行和安全日志".
const OVERSEEN_BEFORE = new RegExp(`${OVERSIGHT}(?:[^，。；后按向由经、]{0,12}、){0,5}[^，。；后按向由经、]{0,12}$`);
// A charge named as a matter measured or reported ("主要指标包括……收费执行情况等"): its keeping is what is looked at.
const AS_MATTER = /^(?:标准)?(?:的)?(?:执行|落实|履行|公示|公开)?(?:情况|记录|台账)/;
export function overseen(clause: string, at: number, len: number): boolean {
  const before = clause.slice(0, at);
  if (AS_MATTER.test(clause.slice(at + len))) return true;
  return (/(?:对|就)[^，。；]{0,30}$/.test(before) && OVERSEEN_AFTER.test(clause.slice(at + len))) || (OVERSEEN_BEFORE.test(before) && /^[^，。；]{0,4}?(?:行为|活动|情况|工作|标准|执行)/.test(clause.slice(at + len)));
}
