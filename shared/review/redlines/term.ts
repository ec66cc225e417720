import type { Evidence } from '../report';
import { evidence, type ReadDocument } from '../sections';
import { durations, monthsBetween, sentences, withTermNumbers, withWrittenDates } from '../text';

/**
 * The term of an authorisation read across sentences, where no single sentence states it:
 * - a start and an end written apart: "期限为三年，自2026年1月1日起算" … "继续运营至2030年12月31日", or "于2026年7月1日
 *   签署，自双方签署之日起生效，有效期至2031年6月30日" (the start is the signing);
 * - phases added up: "前两年为场景培育期，后三年为规模运营期，两期合计即为本次授权运营的期限".
 */

const TERM_WORDS = /期限|有效期|授权期|运营期|为期|运营周期|协议期|期间|运营至|授权至|有效至/;
const DATE = '(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日';
/** "自2026年1月1日起算", "自2026年1月1日起". */
const STARTS = new RegExp(`自\\s*${DATE}\\s*(?:起|开始)`);
/** The term starts when the agreement is signed or takes effect, and the document says when it was signed. */
const FROM_SIGNING = /自[^，。；]{0,8}?(?:签订|签署|签字|订立)(?:之日|日)(?:起)?/;
/** "运营至2030年12月31日", "有效期至2031年6月30日" (not the end of a written range "自…起至…止"). */
const ENDS = new RegExp(`(?<!日\\s*(?:起)?\\s*)(?:至|到)\\s*${DATE}`, 'g');
/** Phases of one term added up, with no total written beside the word that adds them. */
const SUMMED = /合计|共计|总计|累计|之和|相加/;
const TOTAL_WRITTEN = /(?:合计|共计|总计|累计)\s*(?:为)?\s*[0-9零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]+\s*(?:个)?\s*(?:年|月)/;

export function termAcrossSentences(r: ReadDocument, signedOn: [number, number, number] | null, maxMonths: number): { evidence: Evidence; found: string }[] {
  const out: { evidence: Evidence; found: string }[] = [];
  let start: { date: [number, number, number]; text: string } | null = null;
  for (const b of r.blocks) {
    for (const raw of sentences(r.text(b))) {
      if (!TERM_WORDS.test(raw)) continue;
      const s = withTermNumbers(withWrittenDates(raw));
      const st = STARTS.exec(s);
      if (st && !start) start = { date: [Number(st[1]), Number(st[2]), Number(st[3])], text: st[0] };
      if (!start && signedOn && FROM_SIGNING.test(s)) start = { date: signedOn, text: `自签署之日起（${signedOn.join('-')}）` };
      if (start) {
        for (const e of s.matchAll(ENDS)) {
          const months = monthsBetween(...start.date, Number(e[1]), Number(e[2]), Number(e[3]));
          if (months > maxMonths + 0.5) out.push({ evidence: evidence(r, b, raw), found: `${start.text}${e[0]}（约 ${Math.round(months)} 个月）` });
        }
      }
      if (SUMMED.test(s) && !TOTAL_WRITTEN.test(s)) {
        const parts = durations(s).filter((d) => d.kind === 'term' && Number.isFinite(d.months));
        const total = parts.reduce((n, d) => n + d.months, 0);
        if (parts.length > 1 && total > maxMonths + 0.5) {
          out.push({ evidence: evidence(r, b, raw), found: `${parts.map((d) => d.text).join('加')}合计（约 ${Math.round(total)} 个月）` });
        }
      }
    }
  }
  return out;
}
