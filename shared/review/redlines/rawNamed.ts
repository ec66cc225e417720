import type { ClauseParse, ParseContext } from '../clauseParse';
import { describesRaw, objectOf } from '../clauseObjects';
import { itemStyle } from '../clauseLeads';

/**
 * What leaves said elsewhere to be the records (rawDataExport.ts): a release names a thing by its name, and the sentence
 * next to it says what that thing is.
 * - A thing described by a word pointing back: "形成初加工数据集，该数据集保留全部原始记录……；乙方可以将初加工数据集
 *   出域交付", "数据产品……可以导出平台。前条所称数据产品，包括……分析表，该表按旅客证件号码逐条列示……".
 * - The items of a release's list, each a sentence of its own: "交付的成果包括：（一）分析报告；（二）原始报名数据表".
 */

/** A thing named by a word pointing back, in a sentence that says it is the records. */
const BACK_REF = /(?:该|此|上述|前述|前条所称|前款所称|本条所称|上款所称)([\u4e00-\u9fff]{0,8}?(?:数据集|数据表|数据包|数据产品|数据库|产品|成果|文件|名单|清单|表|数据))/g;

/** The things `sentence` names by a word pointing back and says are the records; none when it says they are not. */
export function namedRaw(sentence: string): string[] {
  if (!describesRaw(sentence)) return [];
  return [...sentence.matchAll(BACK_REF)].map((m) => m[1]);
}

/**
 * Whether the release `p` of `sentence` acts on one of `names`: by its name or head, or, its object left out, by the
 * thing its sentence names ("……审核的数据产品，可以导出公共数据平台").
 */
export function actsOnNamed(p: ClauseParse, sentence: string, names: string[]): boolean {
  if (p.act?.kind !== 'release' || (p.object && p.object.kind !== 'derived' && p.object.kind !== 'data')) return false;
  const obj = p.object?.text ?? '';
  return names.some((n) => p.text.includes(n) || (obj ? obj.length >= 2 && (n.endsWith(obj) || obj.endsWith(n)) : sentence.includes(n)));
}

/** The release seen as acting on the records. */
export const asRaw = (p: ClauseParse, text: string): ClauseParse => ({ ...p, object: { kind: 'raw', text } });

/** A release whose list follows the colon: "乙方向……交付的成果包括：（一）……；". */
const LIST_LEAD = /(?:包括|包含|如下|为|有|以下)[^，。；]{0,4}$/;
export const opensList = (sentence: string, p: ClauseParse) =>
  p.act?.kind === 'release' && LIST_LEAD.test(p.text) && /^[：:]/.test(sentence.slice(p.start + p.text.length));
/** The first item, written after the lead's colon in its sentence. */
export const firstItem = (sentence: string, p: ClauseParse) => sentence.slice(p.start + p.text.length + 1);

/** An item of the list that names the records: "（三）经清洗的原始报名数据表（含参赛者全部字段）". */
export function rawItem(sentence: string, ctx: ParseContext): string | null {
  if (!itemStyle(sentence)) return null;
  const o = objectOf(sentence, ctx.glossary);
  return o && (o.kind === 'raw' || o.kind === 'restorable') ? o.text : describesRaw(sentence) ? sentence : null;
}
