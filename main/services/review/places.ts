import { createRequire } from 'node:module';
import type { PlaceInfo, PlaceLookup } from '../../../shared/review/jurisdiction';

/**
 * China's provinces, prefecture cities and counties (GB/T 2260, from the china-area-data package, offline), as a lookup
 * from a name to where it lies. A county name two provinces share (朝阳区) says nothing and is left out; one a province
 * holds twice (桥西区: 石家庄, 张家口, 邢台) gives the province only.
 */
type AreaData = Record<string, Record<string, string>>;
const NOT_A_NAME = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

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
