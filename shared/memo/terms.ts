/**
 * Compound terms of the domain that a title line must never split, though a word segmenter sees two or three words in
 * each (公共|数据|资源, 授权|运营). Longest first wins where terms overlap. Names of documents, bodies and procedures as
 * the regulations (shared/regulations, templates/rulesets) and the memo templates write them.
 */
export const TITLE_TERMS: readonly string[] = [
  // the matter
  '公共数据资源', '公共数据', '数据资源', '授权运营', '运营机构', '运营服务费', '数据产品和服务', '数据产品', '数据要素', '数据安全',
  '政务数据', '政务服务', '数据和政务服务局', '数据局', '大数据中心', '人民政府', '管理办法', '实施细则', '价格管理',
  // the documents
  '实施方案', '运营协议', '授权运营协议', '送审稿', '征求意见稿', '修订稿', '专家论证意见', '论证意见', '协议审查意见', '审查意见',
  '评审报告', '评估报告', '年度评估报告', '评审结果汇总表', '汇总表', '会议纪要', '会议材料', '会议议程', '议题审批表', '议题说明',
  // the procedure
  '三重一大', '党组会', '常务会议', '专题会议', '评审委员会', '专家组', '遴选',
];

/** Numbers with their 第 and unit, repeated: 2026年, 第5次, 2026年第5次, 第十三届, 12.5%, 〔2026〕3号. */
const NUMBERED = /(?:〔[0-9０-９]+〕)?(?:第?(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|(?<=第)[〇零一二三四五六七八九十百千]+)[年月日次届期号版项条款个名家%％]?)+/gu;

/** One-character place suffixes: "秦皇岛|市" is one name, never split at the suffix. */
const PLACE_SUFFIX = new Set([...'省市县区州盟旗镇乡']);

/**
 * Character positions (cut before index i) that fall inside a domain term or split a place name from its suffix.
 * A cut at i means a line ends after chars[i-1].
 */
export function protectedCuts(chars: readonly string[]): Set<number> {
  const text = chars.join('');
  const inside = new Set<number>();
  const terms = [...TITLE_TERMS].sort((a, b) => b.length - a.length);
  for (const term of terms) {
    const len = [...term].length;
    for (let from = text.indexOf(term); from >= 0; from = text.indexOf(term, from + 1)) {
      const start = [...text.slice(0, from)].length;
      for (let i = start + 1; i < start + len; i++) inside.add(i);
    }
  }
  for (let i = 1; i < chars.length; i++) if (PLACE_SUFFIX.has(chars[i]) && /\p{Script=Han}/u.test(chars[i - 1]) && !/[《（“]/.test(chars[i - 1])) inside.add(i);
  // A number stays with its 第 and its unit, and a date with the ordinal after it: "2026年第5次" is one phrase
  // (the segmenter cuts 2026|年 and 第|5).
  for (const m of text.matchAll(NUMBERED)) {
    const start = [...text.slice(0, m.index)].length;
    for (let i = start + 1; i < start + [...m[0]].length; i++) inside.add(i);
  }
  return inside;
}
