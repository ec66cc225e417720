// The bounds of the scenario granted (split from authorizationMode.ts along the reading: that file had passed 400 lines):
// a scenario as wide as every field, one whose bounds stay open, one that spans a sector's fields.
import { CLOSED_LIST, notNegated } from './grantUnit';

export const SCENE = '(?:应用)?场景';

/**
 * The scenario granted said to face or cover every field ("面向经济社会发展各领域的数据产品开发", "覆盖全市各行业"): a
 * scenario as wide as all fields is none. Serving many users of one field ("服务于各类金融机构") is not.
 */
const EVERY_FIELD = /(?:面向|覆盖|涵盖|服务于?|适用于|包括|包含)[^，。；]{0,12}?(?:各|全部|所有|一切|各个|各类)(?:个|类)?(?:领域|行业|产业|方面|板块)/;
/**
 * A scenario whose bounds stay open: what relates to or derives from it ("智慧交通及相关衍生场景"), or a list of fields
 * it covers ("涵盖城市管理、公共服务、产业发展等方面").
 */
// Whatever relates to it, called a scenario or a field: "城市数字化治理及相关产业服务", "城市交通出行及相关延伸服务". A
// scenario's own services ("智慧停车及相关增值服务") stay inside it, and so do the bodies of a field it serves ("……金融机构以及相关
// 行业管理部门"): they are whom it serves.
const OPEN_TAIL = new RegExp(`及(?:其)?(?:相关|衍生|延伸|关联|配套)(?:的)?(?:衍生|延伸|关联)?(?:的)?(?:${SCENE}|(?:衍生|延伸|关联)?[^，。；”"」]{0,4}?(?:领域|产业|行业)(?!管理|主管|部门|协会|组织|机构|企业|单位|从业|人员|主体|用户|客户)|(?:衍生|延伸|关联)(?:的)?(?:服务|产品|业务|应用))|${SCENE}[^。；]{0,20}?(?:涵盖|覆盖|包括|包含)[^。；]{0,30}?、[^。；]{0,20}?等(?:方面|领域|行业|板块)`
  // Or the scenarios a field grows into ("……以及运营期内经甲方确认的上述领域延伸场景"): the field is the unit.
  + `|(?:领域|行业)(?:的)?(?:延伸|衍生|拓展|关联)(?:的)?${SCENE}`);
/**
 * The scenario itself said to span fields ("本场景覆盖工业制造、现代农业、商贸流通、金融服务等行业领域的数据开发应用"):
 * three fields and more are a sector, not a scenario, whatever heading it stands under.
 */
const SCENE_SPANS_FIELDS = new RegExp(`(?:本|该|此)${SCENE}[^。；]{0,12}?(?:涵盖|覆盖|包括|包含|面向)[^。；]{0,30}?、[^。；]{0,30}?、[^。；]{0,30}?等(?:行业|产业)?(?:领域|行业|产业)`);

/**
 * Whether the sentence leaves the scenario without bounds, and the words that do: every field or an open tail only where
 * the sentence is about the scenarios granted (`inGrant`), a scenario spanning a sector's fields wherever it is said.
 */
export function sceneUnbounded(s: string, inGrant: boolean): string | null {
  if (CLOSED_LIST.test(s)) return null;
  for (const re of inGrant ? [EVERY_FIELD, OPEN_TAIL, SCENE_SPANS_FIELDS] : [SCENE_SPANS_FIELDS]) if (notNegated(s, re)) return re.exec(s)![0];
  return null;
}
