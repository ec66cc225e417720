import type { DocumentTerms } from './index';
import { OPERATOR_NAME } from './actors';

// The granted scenario read through the document's definitions (definitions.ts), for authorizationMode.ts.
/**
 * A scenario defined as whatever the operator chooses or as any use at all ("“授权场景”，是指乙方依据市场需求自行确定的
 * 数据应用方向"): a clause granting within that term grants no scenario.
 */
const OPEN_MEANING = new RegExp(`${OPERATOR_NAME}[^。；]{0,20}?(?:自行|自主|自己|单方)(?:确定|选择|决定|策划|设定|提出)|(?:各类|一切|全部|所有|任何|各种)(?:的)?[^，。；]{0,6}?(?:应用|场景|方向|活动|业务|用途)|不限`);
// The granted scenario's own definition open ("“授权场景”，是指与……有关的一切数据应用") is the grant's scope; another
// scenario's ("“示范场景”，是指……各类应用") grants nothing.
const GRANTED_TERM = /授权(?:的)?(?:应用)?场景|授权范围|授权事项/;
/** What follows a term that the sentence defines ("“示范场景”，是指……"). */
const DEFINES_AFTER = /^[”"」』]?[，,]?\s*(?:是指|系指|指的是|指)/;
/** Whether the sentence defines `term` (found as text: a term is the user's words, never a pattern). */
function definesHere(s: string, term: string): boolean {
  for (let at = s.indexOf(term); at >= 0; at = s.indexOf(term, at + 1)) if (DEFINES_AFTER.test(s.slice(at + term.length))) return true;
  return false;
}
export function definedOpen(s: string, doc?: DocumentTerms): string | null {
  for (const [term, meaning] of doc?.terms ?? []) {
    if (!/场景|授权范围|授权事项/.test(term) || !s.includes(term)) continue;
    if (definesHere(s, term) && !GRANTED_TERM.test(term)) continue;
    if (OPEN_MEANING.test(meaning)) return `${term}：${meaning}`;
  }
  return null;
}
