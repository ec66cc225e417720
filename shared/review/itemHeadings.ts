import type { RuleItem } from './ruleset';
import { joinedWithHe, type Section } from './sections';
import { kept } from './kept';

/**
 * What a section's heading names, for the checklist items (items.ts): a heading word held as the section's matter, not
 * as part of a product's name, an assessment of something else, or the object of a prohibition.
 */

/**
 * A heading names its matter with or without 的 ("各方的责任" is 各方责任, "须具备的条件" is 具备条件), and the operator
 * by any of its names ("运营单位条件", "运营主体条件", "运营企业条件" are 运营机构条件).
 */
const OPERATOR = /运营(?:单位|主体|企业|服务商|商)(?!品)/g;
// A question heading names its matter first: "安全怎么管" is 安全管理 (security), not how the operation is overseen.
const SECURITY_ASKED = /(?:数据)?安全(?:怎么|如何|怎样)管/g;
// "各方面" (all aspects) is not 各方 (the parties).
// Asked for every section name and heading word of every item: the few distinct strings are normalised once.
const plainOf = new Map<string, string>();
// The name of a document on another matter than data cited in it names nothing of the section's ("《市场准入负面清单》").
const plain = (x: string) =>
  kept(plainOf, x, () => joinedWithHe(x.replace(/的/g, '')).replace(OPERATOR, '运营机构').replace(SECURITY_ASKED, '安全管理').replace(/各方面/g, '诸方面').replace(/《[^《》]{1,60}》/g, (q) => (q.includes('数据') ? q : '《》')));
/**
 * A heading that states a prohibition ("原始数据不得导出某市公共数据授权运营平台") is about what it forbids: a word after
 * 不得/禁止 names the place or the object of the rule, not the section's matter.
 */
const FORBIDS = /不得|禁止|严禁|不准|不能/;
/**
 * A heading that names a product ("2.林业碳汇潜力评估报告", "企业信用评价模型") names a thing built, not the matter; so does one
 * that names what a product does with the matter ("2.竹材收购参考价格发布", "成本监测预警").
 */
// A heading that ends on the product it names ("2．盐湖企业碳足迹核算服务") too: 核算 there is what the service does.
// So does a product named by its analysis ("1.游泳场所安全监管分析服务"), and a dataset named by its matter and source
// ("2.游泳场所卫生监督检测数据（市卫生健康委）"): the data's matter, not the plan's; not data named by how it is
// granted ("（二）不纳入授权的数据").
const PRODUCT = /^(?:报告|模型|指数|接口|看板|画像|算法|工具|发布|查询|监测|预警|走势|行情|地图|(?:分析|评估|预测|研判|核验)?(?:服务|产品)$|(?!授权|开放|共享|公共|原始|相关|其他|其余)[\u4e00-\u9fff]{0,6}?数据(?:项|集)?(?:[（(][^）)]*[）)])?$)/;
/**
 * An evaluation of something other than the operation names that thing's assessment: "（四）风险评估" under the
 * feasibility study, "3.林权抵押贷款风控评估" as a product, "信用评价" — not the evaluation a plan sets for its operator.
 */
const EVALUATION = /^(?:评估|评价|考核)/;
// A place's or a thing's own properties too: "2.康养基地选址和环境适宜性评估", "地热资源潜力评价".
const OTHER_EVALUATED = /(?:风险|风控|安全|影响|资产|价值|信用|质量|环境|需求|可行性|技术|价格|成本|等级|资质|适宜性|适应性|潜力|承载力|损失|灾情|健康|稳定性|可靠性)$/;
/** Whether a name (normalised) holds a heading word (normalised) as its matter. */
const holds = (n: string, pw: string) => {
  const at = n.indexOf(pw);
  if (at < 0 || PRODUCT.test(n.slice(at + pw.length))) return false;
  if (EVALUATION.test(pw) && OTHER_EVALUATED.test(n.slice(0, at))) return false;
  const rule = FORBIDS.exec(n);
  return !rule || rule.index >= at;
};
// Every item asks every section's name for each of its words (hundreds of thousands of asks in a long plan): a name is
// normalised once per ask, an item's words once per ruleset.
const plainWords = new WeakMap<readonly string[], string[]>();
const plainAll = (words: readonly string[]) => plainWords.get(words) ?? plainWords.set(words, words.map(plain)).get(words)!;
export const names = (s: Section, words: readonly string[]) => {
  const n = plain(s.name);
  return plainAll(words).some((pw) => holds(n, pw));
};

/** The heading words of an item that a section's name holds. */
const wordsNaming = (s: Section, words: readonly string[]) => {
  const n = plain(s.name);
  const pws = plainAll(words);
  return words.filter((_, i) => holds(n, pws[i]));
};

/**
 * The items a section is headed for. A word inside a longer heading word of another item is that item's: “评价标准”
 * under the implementation plan names the term plan's 评价标准 (the product's indicators), not supervision's 评价.
 */
export function sectionItems(items: RuleItem[], s: Section): RuleItem[] {
  const by = items.map((it) => ({ it, ws: wordsNaming(s, it.match.headings) })).filter((x) => x.ws.length);
  return by.filter((x) => !x.ws.every((w) => by.some((y) => y !== x && y.ws.some((v) => v.length > w.length && v.includes(w))))).map((x) => x.it);
}
