import { notNegated } from './grantUnit';

/**
 * Hebei art. 15 makes the choice of the operator part of the mode: "由实施机构通过公共资源交易中心组织公开招标、邀请招标、
 * 谈判等公平竞争方式确定运营机构". A text that names the operator itself, the competition waived, breaks it:
 * "由实施机构与该公司直接签订授权运营协议……不再另行组织招标、谈判等遴选程序", "直接确定某公司为运营机构", "采用单一来源
 * 方式选定运营机构". Not a ban on doing so ("不得直接指定运营机构"), a competition held ("通过公开招标确定运营机构"), nor a
 * purchase after the choice ("运营机构确定后，设备采购不再另行招标": no operator is chosen by it).
 */
const COMPETITION = '(?:公开招标|邀请招标|招标|谈判|磋商|遴选|比选|竞争性?|竞价|公开选择)';
const WAIVED = new RegExp(`(?:不再|无需|无须|不必|不另行|免于|免予|不经|未经|不通过|不采用)(?:另行|再行|单独)?(?:组织|开展|履行|经过|通过|经由|采取|采用|进行)?[^，。；]{0,8}?${COMPETITION}`);
// The party may stand between ("直接与市数科公司按场景分别签订授权运营协议").
// Or chosen among a closed group ("在市属国有企业中推荐产生运营机构人选"), or named on the strength of an earlier
// arrangement ("根据……战略合作框架协议，由该集团……全资子公司作为本项目运营机构"): no open competition.
const DIRECTLY = /直接(?:(?:与|和|同|向)[^，。；]{1,16}?)?(?:指定|确定|委托|选定|签订|签署|授予)|单一来源|(?:在|从)[^，。；]{0,10}?(?:国有|国企|市属|区属|县属|省属)[^，。；]{0,10}?(?:企业|公司)中[^，。；]{0,4}?(?:推荐|指定|选定|确定|选择|产生)|指定[^，。；]{0,24}?为(?:本场景的?)?(?:运营机构|运营主体|运营单位|运营方)|(?:根据|依据|按照|基于)[^。；]{0,40}?(?:战略合作|框架协议|合作协议|备忘录)[^。；]{0,40}?作为[^，。；]{0,8}?(?:运营机构|运营主体|运营单位|运营方)/;
/**
 * The sentence chooses the operator: names it, signs the agreement with it or gives it the operation, the waiver read
 * anywhere in it ("……直接签订授权运营协议，由其承担本场景运营工作，不再另行组织招标").
 */
// Later scenarios carried on by the first operator ("第二期、第三期场景由首期运营机构续接运营，无需重新组织遴选") are given to it
// too; so is an operator recommended and approved ("推荐产生运营机构人选，报市政府常务会议审定").
const CHOOSES = /(?:确定|选定|选择|指定|委托|明确|推荐|产生)[^，。；]{0,16}?(?:运营机构|运营主体|运营单位|运营方)|(?:运营机构|运营主体|运营单位|运营方)[^，。；]{0,24}?(?:确定|选定|选择|指定|产生)|作为[^，。；]{0,8}?(?:运营机构|运营主体|运营单位|运营方)|(?:签订|签署)[^，。；]{0,6}?授权运营协议|(?:承担|续接|接续|承接|接手)[^，。；]{0,10}?运营(?:工作)?/;
/** A purchase waives no competition for the operator: "运营机构确定后，平台设备采购不再另行招标". */
const PURCHASE = /采购|购置|购买|建设项目|工程/;

export function operatorChosenWithout(s: string): string | null {
  if (!CHOOSES.test(s)) return null;
  for (const re of [DIRECTLY, WAIVED]) {
    const m = re.exec(s);
    if (m && notNegated(s, re) && !PURCHASE.test(s.slice(Math.max(0, m.index - 12), m.index))) return m[0];
  }
  return null;
}
