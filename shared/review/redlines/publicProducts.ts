import type { ReadDocument } from '../sections';

/**
 * The products a document lists under a public category ("1.公共服务类：校园食品安全风险预警看板（服务教育局、市场监督
 * 管理局）、学生膳食营养分析报告（服务教育局、学校）；", "（一）公共治理和公益服务类产品：……"): named later by their name
 * alone ("学校使用校园食品安全风险预警看板……的，……支付平台使用费"), they are still a public use. A name the document also
 * lists under a market category decides nothing.
 */
const CATEGORY = /(公共服务|公共治理|公益(?:服务|事业)?|产业发展|行业发展|产业|行业|市场化|经营性)(?:(?:和|与|及|、)(?:公共服务|公共治理|公益(?:服务|事业|性)?|产业发展|行业发展|产业|行业))?(?:类|性)(?:数据)?(?:产品|服务|产品和服务)?[：:]([^。；\n]+)/g;
const LABEL_ONLY = /^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）.．、]\s*)?(?:公共服务|公共治理|公益|产业发展|行业发展|产业|行业)[\u4e00-\u9fff、和与及]{0,10}?(?:类|性)(?:数据)?(?:产品|服务|产品和服务)?[：:]?\s*$/;
const PUBLIC_CATEGORY = /^(?:公共服务|公共治理|公益)/;
const ASIDE = /[（(][^（）()]*[）)]/g;
// A product is named by what it is: its head noun ends the name.
const PRODUCT_NAME = /^[\u4e00-\u9fff“”"A-Za-z0-9]{3,24}?(?:看板|报告|服务|平台|模型|指数|系统|应用|地图|产品|接口|清单|画像|评价|评估|核验|预警|分析|监测|大屏|专题)$/;

export function publicProducts(r: ReadDocument): string[] {
  const pub = new Set<string>();
  const market = new Set<string>();
  let label = '';
  // A category heading over products set out as headings of their own ("（一）公共治理和公益事业类" / "1.燃气安全风险
  // 预警服务" / "面向……"): each product heading under it, until a heading as high as the category's.
  let under: { set: Set<string>; level: number } | null = null;
  for (const b of r.blocks) {
    if (b.kind === 'heading') {
      const h = b.text.trim();
      if (under && b.level <= under.level) under = null;
      const name = h.replace(ASIDE, '');
      // (A heading's text has no number: the category opens it.)
      if (LABEL_ONLY.test(h) && !/[：:]\s*$/.test(h)) under = { set: PUBLIC_CATEGORY.test(h) ? pub : market, level: b.level };
      else if (under && PRODUCT_NAME.test(name)) under.set.add(name);
    }
    // The category may stand as an item's heading and its products in the paragraph under it ("1.公共服务类" / "……").
    const t = label + r.text(b);
    label = LABEL_ONLY.test(r.text(b)) ? `${r.text(b).replace(/[：:]?\s*$/, '')}：` : '';
    if (label || !/类/.test(t)) continue;
    for (const m of t.matchAll(CATEGORY)) {
      const names = m[2]
        .replace(ASIDE, '')
        .split(/[、，,]|(?:以及|和|及)(?=[\u4e00-\u9fff“"]{4})/)
        .map((x) => x.trim().replace(/^(?:包括|主要包括|如|等)/, '').replace(/等$/, ''))
        .filter((x) => PRODUCT_NAME.test(x));
      for (const n of names) (PUBLIC_CATEGORY.test(m[1]) ? pub : market).add(n);
    }
  }
  return [...pub].filter((n) => !market.has(n));
}
