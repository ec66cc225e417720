/**
 * Whether the ruleset chosen is the one for the place a document belongs to. A case starts on 国家通用 unless its
 * secretary picks a region, and a document from elsewhere is easily reviewed under the case's rules: a 河北 plan under
 * 国家通用 is never checked for 依场景授权 or the 10-day filing; a 贵州 plan under 河北省 gets a red line for the
 * 整体授权 its own rules allow. The review says so, and which ruleset fits, rather than change the rules itself.
 */

/** Where a place name lies: its province, and its prefecture city when the name is one or lies in one. */
export interface PlaceInfo {
  province: string;
  city?: string;
}
export type PlaceLookup = (name: string) => PlaceInfo | undefined;

export interface RulesetPlace {
  id: string;
  name: string;
  /** 河北省, 秦皇岛市, 重庆市…, or 国家通用 (no place). */
  jurisdiction: string;
}

/** Province and prefecture names in a title ("中共邯郸市委办公室关于…", "河北省邯郸市…"), never a county's: too many are common words. */
const NAMED_PLACE = /[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|地区|盟)/gu;

/**
 * The place a document names itself by: the place its title opens with, else the first province or city its title names;
 * a province named with a city of its own after it ("河北省秦皇岛市…") is that city.
 */
export function documentPlace(title: string, where: PlaceLookup): { name: string; info: PlaceInfo } | null {
  const named: { name: string; info: PlaceInfo }[] = [];
  // The longest known name the title opens with, suffix or not ("秦皇岛经济技术开发区…", "黔东南州林业…").
  const opening = title.replace(/^[\s《“"「（(【]+/u, '');
  for (let n = Math.min(12, opening.length); n >= 2; n--) {
    const info = where(opening.slice(0, n));
    if (info) {
      named.push({ name: opening.slice(0, n), info });
      break;
    }
  }
  for (const m of title.matchAll(NAMED_PLACE)) {
    // The shortest known name ending where the match ends: "关于印发邯郸市" → "邯郸市".
    for (let i = m[0].length - 2; i >= 0; i--) {
      const name = m[0].slice(i);
      const info = where(name);
      if (info && (info.city === name || info.province === name)) {
        named.push({ name, info });
        break;
      }
    }
  }
  const [head] = named;
  if (!head) return null;
  return (!head.info.city && named.find((x) => x.info.city && x.info.province === head.info.province)) || head;
}

/** The most specific ruleset whose jurisdiction holds the place: its city's, else its province's, else none. */
function fittest(place: PlaceInfo, rulesets: RulesetPlace[], where: PlaceLookup): RulesetPlace | undefined {
  const placed = rulesets.map((r) => ({ r, at: where(r.jurisdiction) }));
  const city = placed.find(({ at }) => at?.city && at.city === place.city);
  return (city ?? placed.find(({ at }) => at && !at.city && at.province === place.province))?.r;
}

/** The warning to show when the chosen ruleset is not the one for the document's place, else null. */
export function rulesetMismatch(title: string, chosen: RulesetPlace, rulesets: RulesetPlace[], where: PlaceLookup): string | null {
  const place = documentPlace(title, where);
  if (!place) return null;
  const own = where(chosen.jurisdiction);
  // The ruleset of the place itself, or a province's rules in its cities (河北省 on a 秦皇岛 plan is right, if less
  // particular than 秦皇岛市): the chosen one holds the place.
  if (own && own.province === place.info.province && (!own.city || own.city === place.info.city)) return null;
  const region = place.info.city && place.info.city !== place.name ? `${place.info.province}${place.info.city}` : place.info.province;
  const said = `文件标题所称“${place.name}”${place.name === region ? '' : `属${region}`}`;
  const best = fittest(place.info, rulesets, where);
  if (best) {
    const lost = own ? `所选规则集“${chosen.name}”适用于${chosen.jurisdiction}` : `当前按“${chosen.name}”审查，当地规则特有的要求不会检查`;
    return `${said}，${lost}。请确认规则集是否选对：可改选“${best.name}”后重新审查。`;
  }
  // No ruleset of its own: 国家通用 fits; a local one of another place does not.
  if (!own) return null;
  const national = rulesets.find((r) => !where(r.jurisdiction));
  return `${said}，所选规则集“${chosen.name}”适用于${chosen.jurisdiction}。请确认规则集是否选对${national ? `：该地区没有本地规则集，可改选“${national.name}”后重新审查` : ''}。`;
}
