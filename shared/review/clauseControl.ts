import { clauses } from './text';
import type { ClauseParse } from './clauseParse';

/** The operator's control passing to another ("股权变更导致实际控制人变化", "被其他企业收购、兼并"). */
const CONTROL_CHANGE = /(?:实际控制人|控股股东|控制权)[^，。；]{0,4}?(?:发生)?(?:变更|变化|转移|易主)|(?:被|由)[^，。；]{0,10}?(?:收购|兼并|吸收合并|控股)|(?:合并|分立)(?:后|的)/;
/** The agreement going on regardless: "本协议继续有效", "授权不受影响". */
const GOES_ON = /(?:本协议|协议|授权|运营权)[^，。；]{0,6}?(?:继续有效|继续履行|继续执行|不受影响|效力不变|仍然有效|仍有效)/;
/**
 * The grant passing with the operator's control: who controls the operator now holds it, so a change of control with
 * the agreement kept in force is another party taking the grant (a succession).
 */
export function controlChange(sentence: string): Pick<ClauseParse, 'text' | 'start' | 'act'> | null {
  const ch = CONTROL_CHANGE.exec(sentence);
  if (!ch || /(?:不得|禁止|严禁|不应)[^，。；]{0,8}$/.test(sentence.slice(0, ch.index))) return null;
  const c = clauses(sentence).find((x) => x.start > ch.index && GOES_ON.test(x.text) && !/不|终止|解除/.test(x.text.slice(0, GOES_ON.exec(x.text)!.index)));
  if (!c) return null;
  const g = GOES_ON.exec(c.text)!;
  return { text: c.text, start: c.start, act: { kind: 'succeed', verb: g[0], at: g.index } };
}

