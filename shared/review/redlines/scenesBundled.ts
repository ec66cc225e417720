import type { ClauseReading } from '../clauses';
import { notNegated } from './grantUnit';

/**
 * Hebei's mode (art. 15) asks for each scenario to be granted on its own. Several scenarios counted and then chosen for
 * together ("上述四个场景通过一次遴选确定一家运营机构统一承担，签订一份授权运营协议") are one grant of a bundle, however each
 * is named. Scenarios each selected and signed on their own (分别, 单独, 逐一) keep the mode.
 */
// Or named back as a group ("上述场景统一遴选一家运营机构承担").
// Counted by class or by field: "三类应用场景", "上述三个领域的应用场景".
const SCENES_COUNTED = /(?:[两二三四五六七八九十]|\d{1,2}|N|n|多|若干)(?:个|类|项)(?:领域|行业)?(?:的)?(?:应用|授权)?场景|(?:上述|以上|前述|所列)(?:(?:[两二三四五六七八九十]|\d{1,2})(?:个|类|项))?(?:领域|行业)?(?:的)?(?:各|全部|所有)?(?:应用|授权)?场景/;
// Or one body takes them all: "由同一运营机构承担", "中标单位一并承担三类场景的授权运营".
const ONE_FOR_ALL = /一次(?:性)?(?:公开)?(?:遴选|招标|选定|选择|授权|授予)|统一(?:承接|承担)|(?:由|交由)(?:同一|同一家|一家)(?:运营机构|运营主体|运营单位|机构|单位|企业)|一并(?:承担|承接|负责|运营)|统一(?:遴选|招标|授权|授予|选定)|作为一个(?:授权运营)?项目|统一由(?:乙方|运营机构|其)(?:运营|承担|负责)|(?:签订|签署|订立)一份|一份(?:授权运营)?(?:协议|合同)|(?:确定|选定|遴选|选择)(?:一家|同一|同一家)(?:运营机构|运营主体|运营单位)(?:统一|一并|共同)/;
const EACH_OWN = /分别|单独|逐一|各自|逐个|一场景一授权/;

/** Fields merged into one scenario by name ("将……交通出行、医疗健康、社会保障……等领域的数据开发利用整合为“城市综合数据服务”一个场景"). */
// Each field a run between enumeration commas: a run that could hold one backtracks through every way of grouping a long
// list (a 20-item list took seconds).
const FIELDS_MERGED = /(?:[^，。；、]{0,40}、){2,}[^，。；、]{0,40}?(?:整合|合并|归并|打包|统筹)(?:为|成)[^，。；]{0,16}?(?:一个|单一|同一|一项)(?:综合)?(?:应用|授权)?场景/;
/**
 * The agreement itself granting scenarios it counts ("本协议授权运营的应用场景为医疗健康、交通出行和文化旅游三个场景"), or one grant
 * to the operator over them ("甲方授权乙方在交通出行、医疗健康、文化旅游三个应用场景内……开展运营", "甲方授权乙方在以下应用场景内
 * 开展……：普惠金融服务、医疗保险理赔核验、……").
 */
const AGREEMENT_COUNTS = /(?:本(?:协议|合同)(?:项下)?(?:授权|授予)[^。；]{0,12}?(?:应用)?场景(?:为|包括)|(?:授权|授予)(?:乙方|运营机构|授权运营机构|其)(?:在|对|就|运营|开展)?)[^。；]{0,40}?(?:[两二三四五六七八九十]|\d{1,2})个(?:应用)?场景(?!中|之一|之外)|(?:授权|授予)(?:乙方|运营机构|授权运营机构|其)(?:在|对|就)?(?:以下|下列|如下)(?:应用)?场景[^：:。；]{0,12}?[：:][^。；、]{2,30}、/;
// Supplementary agreements signed each under one master ("各场景分别签订场景补充协议") are no grant of their own.
const EACH_SUPPLEMENT = /分别(?:签订|签署)[^，。；]{0,8}?补充协议/g;

export function scenesBundled(s: string): ClauseReading | null {
  const merged = FIELDS_MERGED.exec(s);
  if (merged && notNegated(s, FIELDS_MERGED)) return { reading: 'permission', condition: merged[0] };
  // A principle quoted ("按照“一场景一授权”原则实施，将……三个场景作为一个授权运营项目") is not kept by being named.
  let eachOwn: boolean | undefined;
  const each = () => (eachOwn ??= EACH_OWN.test(s.replace(/[“"「][^”"」]{0,12}[”"」](?:的)?原则/g, '').replace(EACH_SUPPLEMENT, '')));
  // Granted together, counted or listed.
  // A grant to the operator under the one-scenario principle ("依照“一场景一授权”原则，授权乙方在“……”和“……”两个场景内") keeps
  // each scenario's grant its own; the agreement's own count of its scenarios does not.
  const byAgreement = AGREEMENT_COUNTS.exec(s);
  const principled = !!byAgreement && !/^本/.test(byAgreement[0]) && /一场景一授权/.test(s);
  if (byAgreement && !principled && notNegated(s, AGREEMENT_COUNTS) && !each()) return { reading: 'permission', condition: byAgreement[0] };
  const counted = SCENES_COUNTED.exec(s);
  if (!counted || each()) return null;
  // Chosen for together before they are counted too ("通过一次公开招标确定一家运营机构，统一承接……等N个场景的授权运营").
  const one = ONE_FOR_ALL.exec(s.slice(counted.index)) ?? ONE_FOR_ALL.exec(s.slice(0, counted.index));
  return one && notNegated(s, ONE_FOR_ALL) ? { reading: 'permission', condition: one[0] } : null;
}
