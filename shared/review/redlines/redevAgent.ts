import { clauseAt } from '../text';
import { isNegated } from '../clauses';
import { DEVELOPER, OPERATOR, OPERATOR_GROUP, SETS_UP, isOperatorGroup, subjectBefore } from './actors';

/**
 * Who re-develops: the operator's side (the operator, a company of its group, one it holds or set up) or the market.
 * The agent may be named before the act, after it ("由乙方负责实施"), in a table's column or header, or by taking part
 * in another's act; a development reserved to the operator ("应当委托乙方……实施") is the operator's whoever is named.
 * A developer or a 经营主体 re-developing a delivered product is what the rules want; the operator's side is not.
 */

export const IS_OPERATOR = new RegExp(`^${OPERATOR}$`);

/** "乙方控股的数智公司", "运营机构全资设立的某某科技有限公司": a company the operator holds, read as its group ("子公司"). */
const HELD_COMPANY = new RegExp(`${OPERATOR}${SETS_UP}的?[\\u4e00-\\u9fff]{1,14}?(?:公司|企业)`, 'g');
export const readHeld = (t: string) => t.replace(HELD_COMPANY, (m) => '＿'.repeat(m.length - 3) + '子公司');

/**
 * Who acts, when the sentence does not say it before the verb:
 * - a table's column names the agent ("实施主体：乙方控股的渝数智联科技有限公司");
 * - a party taking part in another's act ("乙方关联公司拟参与下游经营主体对已交付产品再开发的") is an agent of it.
 * A company the operator holds or set up ("乙方控股的……公司", "乙方全资子公司") is the operator's side.
 */
// A field written with 为 as with a colon ("场景化再开发，责任主体为运营机构"); a 运营机构 named with 为 is who operates, not a column.
export const AGENT_COLUMN = /(?:^|[，,])(?:(?:实施|承担|承接|责任|执行|负责|后续开发|开发|运营)(?:主体|单位|方|机构)[：:]|(?:实施|承担|承接|责任|执行|负责|后续开发|开发)(?:主体|单位|方|机构)为(?![了何此其]))\s*([^，。；]+)/;
const HELD_BY_OPERATOR = new RegExp(`^${OPERATOR}(?:的|及其)?(?:控股|全资|参股|出资设立|设立|投资|下属|所属|旗下)|^${OPERATOR}(?![\u4e00-\u9fff]{0,2}(?:以外|之外))`);
export const operatorSide = (name: string | null) => name !== null && (isOperatorGroup(name) || HELD_BY_OPERATOR.test(name.trim()));
const TAKES_PART = /参与|协助|联合|配合|合作/g;
// Only in the act's own clause, and not refused: "乙方不参与已交付产品的再开发，经营主体的再开发活动不受限制" names the
// operator as the one who stays out, not as who re-develops in the next clause.
export function participant(text: string, at: number): string | null {
  const c = clauseAt(text, at);
  let last = -1;
  TAKES_PART.lastIndex = 0;
  for (let m; (m = TAKES_PART.exec(text)) && m.index < at; ) if (m.index >= c.start) last = m.index;
  return last < 0 || isNegated(c.text, last - c.start) ? null : subjectBefore(text, last);
}

/** An act asked about, not allowed: "核查关联公司是否参与已交付产品的再开发". */
export const QUESTIONED = /(?:是否|有无|有没有|是不是)[^，。；]{0,24}$/;

/**
 * A table's column whose header holds the act names who does it ("增值开发主体：运营机构（自营）", "再开发主体：经公开选择的
 * 经营主体（不含运营机构及其关联方）"): the cell decides, with what it leaves out struck first.
 */
const HEADER_AGENT = /^(?:的)?(?:实施|承担|承接|执行|责任)?(?:主体|单位|方|机构|企业)(?:[：:]|为(?![了何此其]))\s*([^，。；]+)/;
const LEFT_OUT = /[（(](?:不含|不包括|不包含|排除|除)[^）)]*[）)]|除[^，。；]{1,20}?(?:以外|之外|外)的?|(?:不含|不包括|不包含|排除)[^，。；（(]*/g;
export function headerAgent(text: string, end: number): string | null | undefined {
  const h = HEADER_AGENT.exec(text.slice(end));
  if (!h) return undefined;
  const cell = readHeld(h[1].replace(LEFT_OUT, ''));
  return subjectBefore(cell, cell.length) ?? (operatorSide(cell) ? cell : null);
}

/** Re-development reserved to the operator: "应当委托乙方或乙方认可的合作方实施". */
export const RESERVED = new RegExp(`(?:委托|交由|应由|须由|只能由|仅由)${OPERATOR}`);

/** The agent after a topic ("再开发由取得资格的开发利用主体依法开展"): who does it is named after 由. */
// Also after the condition that asks for it: "交付的产品需二次开发的，由乙方或其指定单位承担".
// Or after the list of acts it names ("后续版本升级、功能扩展和衍生开发，均由乙方负责实施").
// A preference may stand before 由: "……二次开发的，同等条件下由运营机构优先承接".
export const AGENT_AFTER = new RegExp(`^(?:[^，。；]{0,4}?的)?(?:[，,]\\s*)?(?:在?同等条件下|原则上)?[^，。；]{0,4}?由[^，。；]{0,20}?(${OPERATOR_GROUP}|${DEVELOPER})`);
