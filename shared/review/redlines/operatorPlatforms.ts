import type { ReadDocument } from '../sections';
import { OPERATOR } from './actors';

/**
 * The operator's own platform named by its own name ("“黔程宿”服务平台由运营机构投资建设", "乙方自建的“链上茶”交易平台"):
 * a channel others are made to go through is the operator's when the document says it built or owns it (Hebei art. 37,
 * Chongqing art. 22), whatever the sentence that binds them calls it. Not a platform it only runs or maintains for the
 * grantor, nor the authorized-operation platform, its zone or sandbox, which are the grantor's however built.
 */
const NAMED = '“[^”“]{1,16}”(?:[\\u4e00-\\u9fff]{0,6}?)平台';
const BUILT = '(?:投资建设|出资建设|自建|自行建设|投资|建设|搭建|开发|研发|所有|持有)';
const OWNED_AFTER = new RegExp(`(${NAMED})(?:[（(][^）)]{0,30}[）)])?[^，。；“]{0,4}?(?:由${OPERATOR}[^，。；]{0,6}?${BUILT}|归${OPERATOR}所有|(?:产权|所有权)(?:归|属于)${OPERATOR})`, 'g');
const OWNED_BEFORE = new RegExp(`${OPERATOR}(?:[^，。；“]{0,8}?${BUILT}的?|的|自有的?)(${NAMED})`, 'g');
/** The grantor's infrastructure, however it is named or built. */
const GRANTORS = /授权运营|公共数据|数据资源|数据开放|开发利用|专区|沙箱|政务/;

const kept = new WeakMap<ReadDocument, string[]>();
export function operatorPlatforms(r: ReadDocument): string[] {
  const k = kept.get(r);
  if (k) return k;
  const out = new Set<string>();
  for (const b of r.blocks) {
    const t = r.text(b);
    if (!t.includes('平台') || !t.includes('“')) continue;
    for (const re of [OWNED_AFTER, OWNED_BEFORE]) for (const m of t.matchAll(re)) if (!GRANTORS.test(m[1])) out.add(m[1]);
  }
  const list = [...out];
  kept.set(r, list);
  return list;
}

/** `text` with each of the operator's named platforms called the operator's ("运营机构的“黔程宿”服务平台"). */
export function withOperatorPlatforms(text: string, platforms: readonly string[]): string {
  let out = text;
  for (const p of platforms) if (out.includes(p)) out = out.split(p).join(`运营机构的${p}`).replace(/(?:运营机构|乙方)的运营机构的/g, '运营机构的');
  return out;
}
