import type { Block } from '../domain/document';
import type { ReadDocument } from './sections';
import { durations, sentences } from './text';

/**
 * Where a document fixes the grant's term, however it is headed: "1.3 授权期间 本协议的授权期间为叁年" under 授权事项,
 * "2027年1月1日至2029年12月31日为授权运营期" under 工作目标. A lawyer looking for the term reads the sentence that gives
 * the grant's period a length or its dates, wherever it sits. A sentence that only names the term ("授权期满前三个月
 * 申请续期", "运营期间产生的数据"), another matter's period ("整改期限为30日", "日志保存期限不少于五年") or a rule
 * quoted from a higher text ("根据《办法》，授权运营期限原则上不超过3年") does not fix it.
 */

/** The grant's period by its name: 授权期限, 授权运营期, 授权期间, 协议有效期, 合作期限, "为期三年". */
const GRANT_PERIOD = /(?:授权|运营|协议|合同|合作)[^，。；：:]{0,4}?(?:期限|期间|有效期|期)|有效期|为期/;
/** A rule cited from another text, not this document's own term. */
const CITED = /(?:根据|依据|按照|依照)[^，。；]{0,4}《/;
/** Shorter spans are time limits of steps (整改期限, 公示期), not a grant's term. */
const MIN_MONTHS = 6;

/** The first sentence of `text` that fixes the grant's term, if any. */
export function termFixedIn(text: string): string | undefined {
  for (const s of sentences(text)) {
    const at = s.search(GRANT_PERIOD);
    if (at < 0 || CITED.test(s.slice(0, at))) continue;
    if (durations(s).some((d) => Number.isFinite(d.months) && d.months >= MIN_MONTHS)) return s;
  }
  return undefined;
}

/**
 * The first block that fixes the grant's term. A clause's caption is the subject of its first sentence ("第二条 合作期" /
 * "自2027年3月1日起至2029年2月28日止。"): the caption names the period, the sentence gives its dates.
 */
export function termStatement(r: ReadDocument): { b: Block; s: string } | undefined {
  let caption = '';
  for (const b of r.blocks) {
    if (b.kind === 'heading') {
      const own = r.text(b).replace(b.numbering ?? '', '').trim();
      caption = own.length <= 12 ? own : '';
      continue;
    }
    const t = r.text(b);
    const s = termFixedIn(t) ?? (caption && termFixedIn(`${caption}：${sentences(t)[0] ?? ''}`) ? sentences(t)[0] : undefined);
    if (s) return { b, s };
    caption = '';
  }
  return undefined;
}
