import { letsHappen, partyOf, type ClauseParse } from '../clauseParse';
import { ON_ITS_OWN } from '../clauseParties';

/**
 * 转授权 by use (subAuthorization.ts): whoever works the granted data and deals what it makes on its own account holds the
 * grant, whatever the operator calls it (联盟成员, 区域运营服务商, 受托方, 场景合伙人) and however it was let in.
 */

/** Who uses what is delivered, not the data: a developer, a customer. */
export const USER_NAME = /开发利用|用户|客户|需求方|使用方|应用方/;

/**
 * Dealing on its own account: selling, listing or running what it makes in its own right or name, or keeping its own
 * books ("自行对外销售", "以受托方名义在数据交易场所挂牌", "独立开展产品开发和市场推广", "独立核算、自负盈亏").
 */
const OWN_ACCOUNT = new RegExp(
  `${ON_ITS_OWN}(?:对外)?(?:开展|承担|负责)?[^，。；]{0,12}?(?:销售|出售|经营|签约|收费|挂牌|上架|定价|推广)|` +
    `以[^，。；]{0,10}?(?:名义|身份)[^，。；]{0,16}?(?:销售|出售|经营|运营|签约|收费|挂牌|上架)|自负盈亏|独立核算|` +
    `面向[^，。；]{0,12}?(?:用户|客户|市场|社会|企业|主体)(?:提供|销售)|` +
    // Making and providing products on its own: "面向细分领域企业自主开发和提供数据产品".
    `${ON_ITS_OWN}(?:研发|开发)(?:和|及|并|、)(?:对外)?(?:提供|销售)`,
  'g',
);
const DENIED_BEFORE = /(?:不得|禁止|严禁|不能|不可|无权|不允许|不应|不)[^，。；]{0,6}$/;
/** The data named after a use ("使用……账号调用……救助数据"), not a product made from it. */
// Or the means of calling it: "使用……分配的调用账号", "数据调用额度".
const DATA_USED = /^[^，。；]*?(?:数据(?!产品|服务|成果|报告)|调用(?:账号|账户|额度|接口|权限))/;
/** Another party put to run the operation ("由合作企业投资建设和运营", "由合作社……开展……产品运营"). */
const RUN_BY = /由([^，。；由]{2,16}?)(?:在|以|投资|负责|承担|开展|从事|独立|自行|自主)[^，。；]{0,24}?(?:运营|经营)(?!维护|保障|支撑|辅助|平台|责任|风险)/;
/**
 * Set to work within the granted data, whatever its act ("由合作伙伴在本方案授权数据范围内……开发和提供数据产品", "基于
 * 授权数据开发"): the scope of the grant is what it works on.
 */
const ON_GRANTED_DATA = /(?:在|于)[^，。；]{0,6}?授权(?:的)?数据(?:资源)?范围|(?:基于|利用|依托|运用)(?:本方案|本协议|上述)?(?:的)?授权(?:的)?数据/;
const worksData = (p: ClauseParse, sentence: string) =>
  !!p.act &&
  (p.act.kind === 'process' ||
    (p.act.kind === 'use' && (p.object?.kind !== 'derived' || DATA_USED.test(p.text.slice(p.act.at + p.act.verb.length)))) ||
    ON_GRANTED_DATA.test(sentence.slice(Math.max(0, sentence.indexOf(p.holder!.text)), p.start + p.act.at)));
const anotherWorker = (party: string | null | undefined, name: string) => (party === 'group' || party === 'other') && !USER_NAME.test(name);
/**
 * The operation of products handed to another ("将……等行业发展类产品的开发和运营交由其全资子公司具体实施"): with the
 * granted data worked by it, what it runs is the grant (a product's marketing alone, with no data, is outsourced work).
 */
const OPERATION_BEFORE = /(?:运营|经营|销售)(?:工作|业务)?[^，。；]{0,2}$/;
const HANDS = /^(?:交由|转由|交给|委托|移交)$/;
const handsOperation = (parsed: ClauseParse[]) =>
  parsed.some((p) => !!p.act && HANDS.test(p.act.verb) && !!p.recipient && anotherWorker(p.recipient.party, p.recipient.text) && OPERATION_BEFORE.test(p.text.slice(0, p.act.at)) && letsHappen(p));
/**
 * Another party that works the granted data itself and deals what it makes on its own account runs the grant, whoever
 * let it in: "联盟成员……使用乙方授权范围内的数据开发自有产品，并自行对外销售", "由合作企业投资建设和运营，独立核算、
 * 自负盈亏" (not a customer buying products, nor the operator selling what a partner made: "由乙方统一对外销售").
 */
export function dealsOwnWork(parsed: ClauseParse[], sentence: string): boolean {
  // The holder's name as the clause writes it: the parse may keep only its head ("开发利用机构" read as 机构).
  const fullName = (p: ClauseParse) => {
    const at = p.text.indexOf(p.holder!.text);
    return at < 0 ? p.holder!.text : p.text.slice(0, at + p.holder!.text.length);
  };
  const worker = parsed.find((p) => !!p.holder && anotherWorker(p.holder.party, fullName(p)) && worksData(p, sentence) && letsHappen(p));
  if (worker && handsOperation(parsed)) return true;
  const run = RUN_BY.exec(sentence);
  // What it deals may be said before it is said to work the data ("区域运营服务商……独立承担……产品的开发、定价和销售，使用
  // ……数据调用额度"): read from where it is first named.
  const named = worker ? sentence.indexOf(worker.holder!.text) : -1;
  const from = worker ? (named >= 0 ? Math.min(worker.start, named) : worker.start) : run && anotherWorker(partyOf(run[1]), run[1]) ? run.index : -1;
  if (from < 0) return false;
  for (const m of sentence.slice(from).matchAll(OWN_ACCOUNT)) {
    const at = from + m.index!;
    if (DENIED_BEFORE.test(sentence.slice(0, at))) continue;
    const q = parsed.find((x) => at >= x.start && at < x.start + x.text.length);
    if (q && (!letsHappen(q) || q.holder?.party === 'operator' || q.holder?.party === 'grantor')) continue;
    return true;
  }
  return false;
}

