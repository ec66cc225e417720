import type { ReadDocument } from '../sections';
import { lastDayOfMonth as lastDay, sentences, withWrittenDates } from '../text';

/**
 * When a plan schedules the signing of the grant's agreement, read as the latest day it allows: a month
 * ("协议签订工作计划于2027年1月底前完成"), a range of months ("2027年9月至10月，完成招标，签订授权运营协议"), a quarter
 * ("2027年三季度完成运营机构选择和协议签订"), a half year or a year, or a phase of the schedule dated so whose name or
 * first step is the signing ("选择签约阶段（2027年7月—9月）" / "实施机构与中标人签订授权运营协议"). A term running from
 * the signing to a date is then at least as long as from that day. Agreements others sign later (a user's 服务协议 with
 * the operator) and the signing as a term's start ("自协议签订之日起") schedule nothing.
 */
type Day = [number, number, number];

/** "2027年1月底前完成……协议签订", "预计于2026年9月签订协议" (kept from the first reading: a month said with the words of a plan). */
// Not the signing as a term's start ("自协议签订之日起至2026年11月30日止" plans no signing in November).
const PLANNED = /(?:签订|签署|签约)(?!之日|日起)(?:(?!至|到|起)[^。；]){0,16}?(?:计划|预计|拟|力争|争取|预期)?(?:于|在)?\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?|(?:计划|预计|拟|力争|争取|预期)(?:于|在)\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?[^。；]{0,12}?(?:签订|签署|签约)/;
const SCHEDULED = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?(?:底|末|中旬|上旬|下旬)?(?:前|之前|以前)?[，,]?\s*(?:完成|实现|办结)[^。；]{0,16}?(?:协议|合同)(?:的)?(?:签订|签署|签约)/;

/** The grant's agreement signed: "协议签订", "签订授权运营协议", "签约"; not a user's agreement, nor the signing as a start. */
const SIGNING = /(?<!重新|另行|再次|续)(?:(?:协议|合同)[^，。；]{0,16}?(?:签订|签署|签约)|(?:签订|签署)[^，。；]{0,10}?(?:协议|合同)|签约)(?!之日|日起|后|以后|之后|前|以前|之前|时)/g;
const OTHER_AGREEMENT = /(?:服务|使用|开发利用|采购|保密|安全|产品|数据使用|框架|战略合作|备忘录)(?:协议|合同)|(?:使用单位|用户|开发利用机构|数据需求方)[^，。；]{0,10}?(?:签订|签署|签约)/;
/** A period of a year a step is planned for, and its last day. */
const PERIOD = /(\d{4})\s*年\s*(?:(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?(?:\s*(?:至|到|—|–|-|－|～|~)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?|(?:第)?([一二三四1-4])\s*季度|([上下])半年|(?:年)?(?:底|末|内))?/g;
/** A planned signing: the last day of its period, and how precise the period is (0 a day … 5 a whole year). */
interface Planned { day: Day; precision: number }
function periodEnd(m: RegExpExecArray): Planned {
  const y = Number(m[4] ?? m[1]);
  if (m[5]) return { day: [y, Number(m[5]), m[6] ? Number(m[6]) : lastDay(y, Number(m[5]))], precision: m[6] ? 0 : 2 };
  if (m[2]) return { day: [y, Number(m[2]), m[3] ? Number(m[3]) : lastDay(y, Number(m[2]))], precision: m[3] ? 0 : 1 };
  if (m[7]) {
    const month = ('一二三四'.indexOf(m[7]) + 1 || Number(m[7])) * 3;
    return { day: [y, month, lastDay(y, month)], precision: 3 };
  }
  if (m[8]) return { day: m[8] === '上' ? [y, 6, 30] : [y, 12, 31], precision: 4 };
  return { day: [y, 12, 31], precision: 5 };
}

/** The period nearest before the grant's signing in `s` (or just after it: "协议预计在2027年第三季度签订" has it between). */
function signingPeriod(s: string): Planned | null {
  const w = withWrittenDates(s);
  for (const sg of w.matchAll(SIGNING)) {
    const clause = w.slice(0, sg.index! + sg[0].length).split(/[。；;]/).pop()!;
    if (OTHER_AGREEMENT.test(clause.slice(-24))) continue;
    const before = [...clause.matchAll(PERIOD)].pop();
    if (before) return periodEnd(before);
    const after = new RegExp(PERIOD.source).exec(w.slice(sg.index! + sg[0].length).slice(0, 16));
    if (after) return periodEnd(after);
  }
  return null;
}

export function plannedSigning(r: ReadDocument): Day | null {
  for (const b of r.blocks) {
    for (const s of sentences(r.text(b))) {
      if (!/计划|预计|拟|力争|争取|预期|完成|实现|办结/.test(s)) continue;
      const w = withWrittenDates(s);
      const m = PLANNED.exec(w) ?? SCHEDULED.exec(w);
      if (!m) continue;
      const [y, mo, d] = (m[1] ? m.slice(1, 4) : m.slice(4, 7)).map((x) => (x === undefined ? NaN : Number(x)));
      return [y, mo, Number.isFinite(d) ? d : lastDay(y, mo)];
    }
  }
  // A period before the signing in one sentence, or a schedule's phase dated in its heading and signing in its name or
  // its first sentence. The most precise one the plan gives is its plan: a schedule's "2027年3月：签订授权运营协议" over
  // a goal's "到2027年底，完成……协议签订" (the first of equal precision).
  let best: Planned | null = null;
  const consider = (p: Planned | null) => {
    if (p && (!best || p.precision < best.precision)) best = p;
  };
  let dated: string | null = null;
  for (const b of r.blocks) {
    const text = r.text(b);
    if (b.kind === 'heading') {
      dated = new RegExp(PERIOD.source).test(text) ? text : null;
      consider(signingPeriod(text));
      continue;
    }
    for (const s of sentences(text)) consider(signingPeriod(s));
    if (dated) consider(signingPeriod(`${dated}，${sentences(text)[0] ?? ''}`));
    dated = null;
  }
  return (best as Planned | null)?.day ?? null;
}
