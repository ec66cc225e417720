import { partyOf, type ClauseParse, type ParseContext } from '../clauseParse';
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

/**
 * A table of terms, one matter a row ("| 数据范围 | 市场主体登记原始数据 |", "| 交付方式 | 离线拷贝（加密移动硬盘） |"): the
 * data named in one row leaves by the delivery another row sets. A delivery that copies the whole store ("全量库表拷贝",
 * "整库拷贝") is the records whatever the data row says; one kept inside ("平台内调用") or denied ("不提供拷贝") is not.
 */
const DELIVERY_KEY = /(?:交付|提供|供给|供数|传输)(?:方式|形式|途径)$/;
const DATA_KEY = /数据(?:范围|内容|资源|项|对象)$|^(?:交付|提供)(?:内容|物)$/;
const PLACE_KEY = /(?:交付|使用|存放|部署|存储)(?:地点|位置|场所|环境)$/;
const RECIPIENT_KEY = /(?:交付|接收|提供|使用)(?:对象|单位|方|主体)$/;
const SHIPS = /拷贝|复制|离线|硬盘|光盘|U盘|移动介质|下载|导出|文件/;
const WHOLE_STORE = /全量[^，。；]{0,4}?(?:库|表|数据)[^，。；]{0,4}?(?:拷贝|复制|导出|同步)|整库|库表(?:拷贝|复制|导出)/;
const KEPT_IN = /(?:平台|专区|域|沙箱|空间)(?:内|中)|不出域|不得|不提供|禁止|严禁|仅返回/;
export function termsTableOut(rows: string[][], ctx: ParseContext): string | null {
  const value = (key: RegExp) => rows.find((r) => key.test(r[0].trim()))?.[1] ?? '';
  const delivery = value(DELIVERY_KEY);
  const place = value(PLACE_KEY);
  // Back to the data's public holders is no release ("| 交付对象 | 市数据局 |").
  const to = partyOf(value(RECIPIENT_KEY));
  if (!SHIPS.test(delivery) || KEPT_IN.test(delivery) || KEPT_IN.test(place) || to === 'grantor' || to === 'public') return null;
  const data = objectOf(value(DATA_KEY), ctx.glossary)?.kind;
  return WHOLE_STORE.test(delivery) || data === 'raw' || data === 'restorable' ? delivery : null;
}
