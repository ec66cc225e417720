import type { ClauseReading } from '../clauses';
import { notNegated } from './grantUnit';

/**
 * Hebei's mode (art. 15) asks for each scenario to be granted on its own. Several scenarios counted and then chosen for
 * together ("上述四个场景通过一次遴选确定一家运营机构统一承担，签订一份授权运营协议") are one grant of a bundle, however each
 * is named. Scenarios each selected and signed on their own (分别, 单独, 逐一) keep the mode.
 */
// Or named back as a group ("上述场景统一遴选一家运营机构承担").
const SCENES_COUNTED = /(?:[两二三四五六七八九十]|\d{1,2})个(?:应用|授权)?场景|(?:上述|以上|前述|所列)(?:各|全部|所有)?(?:应用|授权)?场景/;
const ONE_FOR_ALL = /一次(?:性)?(?:遴选|招标|选定|选择|授权|授予)|统一(?:遴选|招标|授权|授予|选定)|作为一个(?:授权运营)?项目|统一由(?:乙方|运营机构|其)(?:运营|承担|负责)|(?:签订|签署|订立)一份|一份(?:授权运营)?(?:协议|合同)|(?:确定|选定|遴选|选择)(?:一家|同一|同一家)(?:运营机构|运营主体|运营单位)(?:统一|一并|共同)/;
const EACH_OWN = /分别|单独|逐一|各自|逐个|一场景一授权/;

export function scenesBundled(s: string): ClauseReading | null {
  const counted = SCENES_COUNTED.exec(s);
  // A principle quoted ("按照“一场景一授权”原则实施，将……三个场景作为一个授权运营项目") is not kept by being named.
  if (!counted || EACH_OWN.test(s.replace(/[“"「][^”"」]{0,12}[”"」](?:的)?原则/g, ''))) return null;
  const one = ONE_FOR_ALL.exec(s.slice(counted.index));
  return one && notNegated(s, ONE_FOR_ALL) ? { reading: 'permission', condition: one[0] } : null;
}
