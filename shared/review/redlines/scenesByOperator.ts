import type { ClauseReading } from '../clauses';
import { notNegated, OWN_GRANT } from './grantUnit';
import { OPERATOR_NAME } from './actors';

/**
 * Hebei's mode (art. 15): the scenarios decided by the operator instead of the grant — what is done under the scenario,
 * the scenario list it writes and only files, the paper it writes or signs, what it goes on to develop, the scenarios it
 * proposes once chosen. The grantor approving them (PLAN_APPROVED) or a grant of their own (OWN_GRANT) keeps the mode.
 * Moved out of authorizationMode.ts (session 23), which reads the rest of the mode.
 */
const SCENE = '(?:应用)?场景';
/**
 * What is done under the scenario decided by the operator: the concrete uses or projects ("具体应用由乙方根据实际需要
 * 确定", "具体服务内容由乙方自行安排"), or a scenario list it proposes that grows at any time ("白名单由乙方提出……可随时
 * 补充"). The grant then binds no scenario. Its plan approved by the grantor ("报甲方审核同意后实施") keeps the mode.
 */
const CONCRETE_BY_OPERATOR = new RegExp(`(?:具体|实际)(?:的)?(?:应用|项目|内容|服务内容|场景|用途|产品|业务|方向|事项)[^，。；]{0,4}?由${OPERATOR_NAME}[^，。；]{0,16}?(?:确定|决定|选择|策划|安排|自定)`);
const LIST_BY_OPERATOR = new RegExp(`(?:清单|白名单|名单|目录)(?:由|经)${OPERATOR_NAME}[^，。；]{0,6}?(?:提出|确定|制定|编制|申报)[^。；]{0,16}?(?:随时|动态|不定期|适时)(?:补充|调整|增加|增补|更新|扩充)`);
const PLAN_APPROVED = /(?:报|经)[^，。；]{0,8}?(?:审核|审批|批准|核准)/;
/**
 * The scenario list written by the operator and only filed or told ("具体场景清单由乙方每年编制并报甲方知悉", "场景目录由
 * 运营机构提出，报实施机构备案"): the operator decides what is granted. Its list approved ("报甲方审核同意后实施") keeps the
 * mode; a product list ("产品清单由乙方编制并报备案") is no scenario.
 */
/**
 * The granted scenarios fixed by a paper the operator writes, filed or signed with its users ("授权场景以乙方每年报甲方备案
 * 的年度产品计划所列场景为准", "具体应用场景，以其与使用方签订的服务合同为准"): the operator decides what is granted. A
 * paper the grantor approves ("经甲方批准的……为准") keeps the mode (PLAN_APPROVED).
 */
// Or by what the operator goes on to do: "应用场景：以乙方实际开发为准", "授权场景以运营机构实际上线的产品为准", "应用
// 场景，按乙方实际运营情况确定" — the scenario follows the operator, not the grant. Session 23.
const BY_OPERATOR_DOING = new RegExp(`${SCENE}[”"」]?(?:[，,：:|｜]\\s*)?(?:以|按|按照|根据|视|依)(?:${OPERATOR_NAME}|其)(?:的)?(?:实际|自身|自行)?(?:开发|上线|运营|经营|提供|推出|开展|研发)[^，。；]{0,8}?(?:为准|确定|而定)`);
/**
 * The scenarios proposed by the operator once chosen, and only confirmed or filed ("具体应用场景，将在运营机构确定后由运营
 * 机构……共同研究提出，报实施机构确认后实施"): the grant was made before any scenario. An approval (PLAN_APPROVED) or a grant
 * of its own keeps the mode. Session 23.
 */
const PROPOSED_AFTER = new RegExp(`${SCENE}[^。；]{0,30}?由(?:中标)?(?:${OPERATOR_NAME}|其)[^。；]{0,30}?(?:提出|拟定|策划|确定)[^。；]{0,10}?(?:知悉|备案|报备|告知|通报|确认)`);
const BY_OPERATOR_PAPER = new RegExp(`${SCENE}[”"」]?[，,]?[^。；]{0,6}?以(?:${OPERATOR_NAME}|其)[^。；]{0,24}?(?:备案|报备|告知|签订|签署|制定|编制|提出|确定)的[^。；]{0,16}?为准`);
const LIST_FILED = new RegExp(`${SCENE}(?:清单|名单|目录|名录)(?:由|经)${OPERATOR_NAME}[^，。；]{0,8}?(?:提出|确定|制定|编制|申报|拟定)[^。；]{0,16}?(?:知悉|备案|报备|告知|通报)`);

/** The scenarios decided by the operator, in the order the reader tried them. */
export function scenesByOperator(s: string): ClauseReading | null {
  for (const re of [CONCRETE_BY_OPERATOR, LIST_BY_OPERATOR]) if (notNegated(s, re) && !(re === CONCRETE_BY_OPERATOR && PLAN_APPROVED.test(s))) return { reading: 'permission', condition: re.exec(s)![0] };
  if (notNegated(s, LIST_FILED) && !PLAN_APPROVED.test(s) && !OWN_GRANT.test(s)) return { reading: 'permission', condition: LIST_FILED.exec(s)![0] };
  if (notNegated(s, BY_OPERATOR_PAPER) && !PLAN_APPROVED.test(s) && !OWN_GRANT.test(s)) return { reading: 'permission', condition: BY_OPERATOR_PAPER.exec(s)![0] };
  for (const re of [BY_OPERATOR_DOING, PROPOSED_AFTER]) if (notNegated(s, re) && !PLAN_APPROVED.test(s) && !OWN_GRANT.test(s)) return { reading: 'permission', condition: re.exec(s)![0] };
  return null;
}
