import { createRequire } from 'node:module';
import type { PlaceInfo, PlaceLookup } from '../../../shared/review/jurisdiction';

/**
 * China's provinces, prefecture cities and counties (GB/T 2260, from the china-area-data package, offline), as a lookup
 * from a name to where it lies. A county name two provinces share (朝阳区) says nothing and is left out; one a province
 * holds twice (桥西区: 石家庄, 张家口, 邢台) gives the province only.
 */
type AreaData = Record<string, Record<string, string>>;
const NOT_A_NAME = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const PEOPLES = '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|鄂温克|德昂|保安|裕固|京|独龙|鄂伦春|赫哲';
/** "黔西南布依族苗族自治州" → 黔西南 + 州: the place before its peoples' names. */
const AUTONOMOUS = new RegExp(`^(.+?)(?:(?:${PEOPLES})族)+自治(州|县|旗)$`);

let lookup: PlaceLookup | null = null;
export function places(): PlaceLookup {
  if (lookup) return lookup;
  const data = createRequire(import.meta.url)('china-area-data/data.json') as AreaData;
  const found = new Map<string, PlaceInfo[]>();
  const add = (name: string, info: PlaceInfo) => {
    if (!NOT_A_NAME.has(name)) found.set(name, [...(found.get(name) ?? []), info]);
  };
  for (const [pc, province] of Object.entries(data['86'])) {
    add(province, { province });
    for (const [cc, cityName] of Object.entries(data[pc] ?? {})) {
      // A municipality's "cities" are 市辖区/县: its districts lie in the province itself.
      const city = NOT_A_NAME.has(cityName) ? undefined : cityName;
      if (city) add(city, { province, city });
      for (const county of Object.values(data[cc] ?? {})) add(county, city ? { province, city } : { province });
    }
  }
  // The short names titles use: a city or province without its suffix (邯郸, 河北, 广西), an autonomous prefecture or
  // county by its place name (黔东南州, 黔东南, 秀山县). A county's bare name is too often a word (平安, 和平): never.
  for (const [name, infos] of [...found]) {
    for (const info of infos) {
      const short: string[] = [];
      const autonomous = AUTONOMOUS.exec(name);
      if (autonomous) short.push(`${autonomous[1]}${autonomous[2] === '州' ? '州' : autonomous[2]}`);
      if (info.city === name || (!info.city && info.province === name)) {
        if (autonomous && autonomous[2] !== '县') short.push(autonomous[1]);
        else if (/^.{2,}(?:省|市)$/.test(name)) short.push(name.slice(0, -1));
        else if (/自治区$/.test(name)) short.push(name.replace(/(?:维吾尔|壮族|回族)?自治区$/, ''));
      }
      for (const x of short) if (x.length >= 2 && x !== name) add(x, info);
    }
  }
  const index = new Map<string, PlaceInfo>();
  for (const [name, infos] of found) {
    // A province's own name is the province, whatever city of it shares the name (重庆市 is no city of 重庆市).
    const own = infos.find((x) => x.province === name && !x.city);
    if (own) index.set(name, own);
    else if (infos.every((x) => x.province === infos[0].province)) index.set(name, infos.every((x) => x.city === infos[0].city) ? infos[0] : { province: infos[0].province });
  }
  lookup = (name) => index.get(name);
  return lookup;
}
