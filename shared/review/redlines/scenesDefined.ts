import type { DocumentTerms } from './index';
import { OPERATOR_NAME } from './actors';

// The granted scenario read through the document's definitions (definitions.ts), for authorizationMode.ts.
/**
 * A scenario defined as whatever the operator chooses or as any use at all ("“授权场景”，是指乙方依据市场需求自行确定的
 * 数据应用方向"): a clause granting within that term grants no scenario.
 */
// Or as what the operator proposes and only files ("乙方……提出并报甲方备案的数据应用场景"), as a field's whole name
// ("……所服务业务领域的总称"), or as four fields and more ("涵盖交通出行、城市管理、应急管理、生态环境、市场监管等领域").
const OPEN_MEANING = new RegExp(`${OPERATOR_NAME}[^。；]{0,20}?(?:自行|自主|自己|单方)(?:确定|选择|决定|策划|设定|提出)|${OPERATOR_NAME}[^。；]{0,20}?提出并?报[^，。；]{0,8}?备案|(?:各类|一切|全部|所有|任何|各种)(?:的)?[^，。；]{0,10}?(?:应用|场景|方向|活动|业务|用途)|(?:领域|方向|业务|行业)的总称|(?:、[^，。；、]{1,8}){3,}等(?:领域|行业|方面|板块)|不限`);
/**
 * Or the listed scenarios with a catch-all after them that no grant of its own gates ("附件1所列应用场景，以及授权期内
 * 甲方根据工作需要确定的其他应用场景", "……以及乙方在金融服务领域内开发的其他业务"): what the term grants is left open.
 */
const CATCH_ALL_MEMBER = /(?:以及|及|和|或|、)[^。；]{0,30}?(?:其他|其它|其余)[^，。；]{0,12}?(?:场景|业务|领域|方向|应用)/;
const OWN_GRANT_GATE = /(?:经|报)[^，。；]{0,10}?(?:批准|审批|核准|同意|审核|审定|认可)|另行(?:签订|授权|约定)|单独授权|逐一授权|一场景一授权/;
const openMeaning = (m: string) => OPEN_MEANING.test(m) || (CATCH_ALL_MEMBER.test(m) && !OWN_GRANT_GATE.test(m));
// The granted scenario's own definition open ("“授权场景”，是指与……有关的一切数据应用") is the grant's scope; another
// scenario's ("“示范场景”，是指……各类应用") grants nothing.
// The plain scenario is the unit the mode grants by ("本方案按照“一场景一授权”原则实施。本方案所称应用场景，是指……各类数据开发
// 利用活动"): defined open, one scenario is the whole field.
const GRANTED_TERM = /授权(?:的)?(?:应用)?场景|授权范围|授权事项|^(?:应用)?场景$/;
/** What follows a term that the sentence defines ("“示范场景”，是指……"). */
const DEFINES_AFTER = /^[”"」』]?[，,]?\s*(?:是指|系指|指的是|指)/;
/** Whether the sentence defines `term` (found as text: a term is the user's words, never a pattern). */
function definesHere(s: string, term: string): boolean {
  for (let at = s.indexOf(term); at >= 0; at = s.indexOf(term, at + 1)) if (DEFINES_AFTER.test(s.slice(at + term.length))) return true;
  return false;
}
export function definedOpen(s: string, doc?: DocumentTerms): string | null {
  for (const [term, meaning] of [...(doc?.terms ?? []), ...(doc?.covers ?? [])]) {
    if (!/场景|授权范围|授权事项/.test(term) || !s.includes(term)) continue;
    if (definesHere(s, term) && !GRANTED_TERM.test(term)) continue;
    if (openMeaning(meaning)) return `${term}：${meaning}`;
  }
  return null;
}
