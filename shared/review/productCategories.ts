// What a products list says about its categories (split from the list's reading along its parts: where the list stands,
// in productList.ts; which category each product is, here): who a product serves, and the labels it is listed under.
import { PUBLIC_USER } from './redlines/actors';

/**
 * A product said by who it serves ("区域就业形势监测看板，服务区人力社保局、各镇街", "面向市直部门", "供区应急管理局决策
 * 使用"): one serving a public body is a public-governance product, whatever its category is called. The body served is
 * read as the category's word (公共治理), as pricing reads a defined public term (redlines/pricing.ts `withTerms`).
 */
// Or by its served field ("（服务对象：公安交管部门）", "服务对象为交通运输部门"), or the body it goes to ("……分析服务，提供给市
// 文化广电和旅游局", "为水利部门提供汛期预警").
const SERVES_PUBLIC = new RegExp(`(?:服务(?:于)?|面向|提供给|(?:服务|使用)对象(?:为|是|[：:])\\s*)(?:本|全|各)?(?:${PUBLIC_USER.source})|(?:供|为)(?:本|全|各)?(?:${PUBLIC_USER.source})[^，。；]{0,6}?(?:使用|决策|调用|查询|提供)`, 'g');
/**
 * A public body named for what it does to the products, not as one they serve ("上线前须经区市场监管局业务规范性审核",
 * "由区城市管理局提供数据"): its name ("监管", "城市管理") says no category. Named as such it is left out.
 */
const BODY = '[\\u4e00-\\u9fff]{1,10}?(?:局|委员会|委|办公室|厅|支队|大队|部门)(?:[（(][^）)（(]{1,12}[）)])?';
const NOT_SERVED = new RegExp(`(?<=经|由|报|会同|报送)${BODY}(?=[^，。；]{0,12}?(?:审核|审查|审批|批准|监督|备案|同意|组织|提供(?:数据|授权数据)))`, 'g');
const SERVED_HEAD = /^(?:服务|使用|面向|应用)?对象$|^(?:使用方|使用单位|用户|服务用户|目标用户|需求方|需求单位)$/;
export const servedColumn = (rows: string[][]) => {
  const col = (rows[0] ?? []).findIndex((h) => SERVED_HEAD.test(h.trim()));
  return col < 0 ? [] : rows.slice(1).map((row) => `面向${(row[col] ?? '').trim()}`);
};
/** The data a product is built from, named by its sources ("融合市场监管、税务、社保等数据"): whose data, not whom it serves. */
const DATA_SOURCES = /(?:融合|汇聚|整合|归集|汇集|基于|(?<!开发)利用|依托|调用)(?:(?!提供|用于|面向|服务|为|向)[^，。；]){0,24}?等?(?:部门|领域|单位)?(?:的)?(?:公共|政务)?数据/g;
export const servedPublic = (t: string) => t.replace(DATA_SOURCES, '相关数据').replace(SERVES_PUBLIC, (m) => `${m}（公共治理）`).replace(NOT_SERVED, '有关部门');

/**
 * Products listed under a label that names their category ("（一）公共治理类：企业违法失信线索归集、安全生产隐患研判；"): the
 * label says which category they are, whatever words their names hold ("企业" there is what is governed, no market).
 */
const LABEL_START = '(?:^|[；;。\\n])\\s*(?:[（(][一二三四五六七八九十\\d]+[）)]|\\d+(?:\\.\\d+)*[.、．]?)?\\s*';
// (The list's clauses are joined by commas before it is read: a label's colon may be one.)
const LABELLED_ITEMS = new RegExp(`(${LABEL_START}([^：:。；;，,\\n]{2,16}类)[：:，,])([^；;。\\n]*)`, 'g');
const INLINE_LABEL = new RegExp(`${LABEL_START}[^：:。；;，,\\n]{2,16}类(?:[：:，,]|$)`);
// The label may stand on a line of its own, its products on the lines under it ("（一）公共治理类" / "企业违法失信线索归集、……").
const LABEL_LINE = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])?\s*([^：:。；;，,]{2,16}类)[：:]?\s*$/;
/** A product tagged with its category after its name ("1. 企业年报合规提示（公共治理）；"): the tag decides, as a label does. */
const TAGGED_ITEM = /((?:^|[；;。、，,])\s*(?:\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)])?\s*)([^；;。\n、，,（(]{2,40})([（(]([^）)（(]{2,12})[）)])/g;
const CATEGORY_TAG = /公共治理|公益事业|公益|产业发展|行业发展/;
// A note on all of them ("上述产品均免费提供") is no product of the label's.
const LIST_NOTE = /^\s*(?:上述|以上|前述|注)/;
/**
 * A category label left with nothing under it once what is not offered is struck ("2. 公共治理和公益事业类" / "暂不列入，待
 * 运营成熟后……研究确定"): the label names a category the list does not have.
 */
export function emptyLabelsDropped(text: string): string {
  const lines = text.split('\n');
  return lines
    .filter((line, i) => {
      if (!LABEL_LINE.test(line)) return true;
      for (let k = i + 1; k < lines.length; k++) {
        if (LABEL_LINE.test(lines[k])) return false;
        if (lines[k].trim()) return true;
      }
      return false;
    })
    .join('\n');
}

export function labelsDecide(text: string, groups: readonly { any: readonly string[] }[]): string {
  const names = (label: string) => groups.some((g) => g.any.some((w) => label.includes(w)));
  let under = false;
  return text
    .split('\n')
    .map((line) => {
      const label = LABEL_LINE.exec(line);
      if (label) {
        under = names(label[1]);
        return line;
      }
      if (LIST_NOTE.test(line)) under = false;
      // The label's products run to the next label, on this line or a later one ("……使用；（二）产业发展类：……").
      const next = under ? INLINE_LABEL.exec(line) : null;
      const kept = under ? (next ? next.index : line.length) : 0;
      if (next) under = false;
      return ('＿'.repeat(kept) + line.slice(kept).replace(LABELLED_ITEMS, (all, lead: string, l: string, items: string) => (names(l) ? `${lead}${'＿'.repeat(items.length)}` : all)))
        .replace(TAGGED_ITEM, (all, lead: string, name: string, tag: string, said: string) => (CATEGORY_TAG.test(said) && names(said) ? `${lead}${'＿'.repeat(name.length)}${tag}` : all));
    })
    .join('\n');
}
