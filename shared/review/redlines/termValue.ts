import type { Evidence } from '../report';
import { evidence, type ReadDocument } from '../sections';
import { automaticExtensions, durations, monthsBetween, parseNumeral, sentences, withTermNumbers, withWrittenDates } from '../text';
import { renewalOf } from './renewal';

/**
 * The term the operator may hold without a new grant, computed as a value from what the document says, where the
 * sentence-by-sentence reading (checks.ts) does not reach:
 * - the initial term plus the renewals nobody decides again (renewal.ts), the initial term read before the renewal in
 *   the same sentence or last in the document; a renewal of three years or more exceeds three years whatever precedes it;
 * - an end counted in whole years after the start ("至生效之日后第三个完整自然年度的最后一日止"), from the signing date
 *   the document records or plans;
 * - a term stated as a term the document defines ("本协议的授权期限为运营期"), read with that definition;
 * - a term from the signing to a date, in a plan that says when the signing is planned ("协议签订工作计划于2027年1月底前
 *   完成"): measured from the latest day planned, so the term is the shortest the plan allows.
 */
type Day = [number, number, number];
const TERM_WORDS = /期限|有效期|授权期|运营期|为期|运营周期|协议期|授权周期/;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** "运营单位选定和协议签订工作计划于2027年1月底前完成", "预计于2026年9月签订协议": the latest day the signing is planned for. */
const PLANNED = /(?:签订|签署|签约)[^。；]{0,16}?(?:计划|预计|拟|力争|争取|预期)?(?:于|在)?\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?|(?:计划|预计|拟|力争|争取|预期)(?:于|在)\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?[^。；]{0,12}?(?:签订|签署|签约)/;
export function plannedSigning(r: ReadDocument): Day | null {
  for (const b of r.blocks) {
    for (const s of sentences(r.text(b))) {
      if (!/计划|预计|拟|力争|争取|预期/.test(s)) continue;
      const m = PLANNED.exec(withWrittenDates(s));
      if (!m) continue;
      const [y, mo, d] = (m[1] ? m.slice(1, 4) : m.slice(4, 7)).map((x) => (x === undefined ? NaN : Number(x)));
      return [y, mo, Number.isFinite(d) ? d : lastDay(y, mo)];
    }
  }
  return null;
}

/** "至生效之日后第三个完整自然年度的最后一日止" (or "第三年末"): the end, N whole years after the year the term starts. */
const WHOLE_YEARS = /(?:生效|签订|签署|起算|上线|验收)(?:之日|日)?(?:后|起)的?第\s*([一二两三四五六七八九十\d]+)\s*个?\s*(?:完整的?)?\s*(?:自然|会计|日历|公历|运营)?\s*年(?:度)?(?:的)?(?:最后一日|最后一天|末|届满|结束|终了)/;
function wholeYears(s: string, start: Day | null): number | null {
  const m = WHOLE_YEARS.exec(s);
  if (!m) return null;
  const n = parseNumeral(m[1]);
  if (!n) return null;
  // Without a start the part of the first year still lies before the N whole years: more than N years.
  return start ? monthsBetween(...start, start[0] + n, 12, 31) : n * 12 + 1;
}

/** "授权期限为运营期", "有效期按照本协议所称服务周期确定": the term is a term the document defines. */
function definedTermOf(r: ReadDocument, s: string): string | null {
  for (const d of r.glossary.used(s)) {
    if (d.how !== 'means' && d.how !== 'includes') continue;
    const said = new RegExp(`(?:期限|有效期|授权期)[^，。；]{0,4}?(?:为|是|即|按照?|以|同|与)[^，。；]{0,8}?[“"「]?${d.term}`);
    if (said.test(s)) return d.meaning;
  }
  return null;
}

export function termValue(r: ReadDocument, signedOn: Day | null, maxMonths: number): { evidence: Evidence; found: string }[] {
  const out: { evidence: Evidence; found: string }[] = [];
  const over = (m: number) => m > maxMonths + 0.5;
  const start = signedOn ?? plannedSigning(r);
  let initial: number | null = null;
  for (const b of r.blocks) {
    for (const raw of sentences(r.text(b))) {
      const s = withTermNumbers(withWrittenDates(raw));
      const isTerm = TERM_WORDS.test(s);
      const meaning = isTerm ? definedTermOf(r, s) : null;
      const read = meaning ? `${s}（${meaning}）` : s;
      // An end counted in whole years after the start is a term's end whether or not the sentence names the term (a
      // definition split from its term's heading: "（三）运营期" / "指自……至生效之日后第三个完整自然年度的最后一日止").
      const whole = wholeYears(raw + (meaning ?? ''), start) ?? wholeYears(read, start);
      if (whole !== null && over(whole)) out.push({ evidence: evidence(r, b, raw), found: `${WHOLE_YEARS.exec(raw + (meaning ?? ''))?.[0] ?? ''}（约 ${Math.round(whole)} 个月）` });
      // A definition referred to, or a range from a planned signing: measured as any term is.
      if (meaning || (!signedOn && start && isTerm)) {
        for (const d of durations(read, start)) {
          if (d.kind === 'cap' || !over(d.months) || (!meaning && !/签订|签署|生效/.test(d.text))) continue;
          out.push({ evidence: evidence(r, b, raw), found: `${d.text}（约 ${Math.round(d.months)} 个月）` });
        }
      }
      // Renewals nobody decides again; those checks.ts already adds to an initial term (automaticExtensions) are left to it.
      const renewal = renewalOf(raw);
      const before = isTerm ? durations(renewal ? s.slice(0, renewal.at) : s).filter((d) => d.kind !== 'cap' && Number.isFinite(d.months)) : [];
      const first = before.sort((a, z) => z.months - a.months)[0]?.months ?? null;
      if (renewal && !(automaticExtensions(raw).length && (first ?? initial) !== null)) {
        const base = first ?? initial;
        const each = renewal.each === 'same' ? base : renewal.each;
        if (each !== null) {
          const total = (base ?? 0) + each * renewal.count;
          // Unknown initial term: a renewal of the whole limit or more already exceeds it.
          if (over(total) || (base === null && each * renewal.count >= maxMonths)) {
            out.push({ evidence: evidence(r, b, raw), found: `${renewal.text}（${Number.isFinite(total) ? `共约 ${Math.round(total)} 个月` : '续期次数不限，期限没有上限'}）` });
          }
        }
      }
      if (first !== null) initial = first;
    }
  }
  return out;
}
