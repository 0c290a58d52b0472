// Named entities of an article from jieba's POS tags: places (ns, resolved to a district with
// the gazetteer), organisations (nt, or nouns ending like an organisation), people (nr and
// unknown words that look like names, plus the bylines, which are the reliable part).
import type { TaggedWord } from './engine';
import { gazetteer, type Gazetteer } from './gazetteer';

export interface PlaceEntity {
  name: string;
  /** County-level district from the gazetteer (上海市金山区), null when unknown or ambiguous. */
  district: string | null;
  count: number;
}

export interface NamedEntity {
  name: string;
  count: number;
}

export interface Entities {
  places: PlaceEntity[];
  organisations: NamedEntity[];
  people: NamedEntity[];
}

const ORG_SUFFIX =
  /(?:集团|公司|委员会|人民政府|政府|办公室|局|学校|大学|学院|中学|小学|幼儿园|医院|卫生院|银行|协会|商会|研究院|研究所|法院|检察院|派出所|合作社|基金会|报社)$/;
// Common surnames; a person candidate must start with one (jieba tags words such as 文明 nr).
const SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤',
  ),
);

function isPersonName(word: string, tag: string, g: Gazetteer): boolean {
  const len = Array.from(word).length;
  // 金山 is tagged nr, yet 金山区 is a place.
  if (['', '市', '区', '县', '镇'].some((suffix) => g.has(word + suffix))) return false;
  if (!SURNAMES.has(word[0]!) || !/^\p{Script=Han}+$/u.test(word)) return false;
  if (tag === 'nr' || tag === 'nrfg' || tag === 'nrt') return len === 2 || len === 3;
  return tag === 'x' && len === 3; // HMM-recognised new words: full three-character names only
}

function tally(map: Map<string, number>, word: string): void {
  map.set(word, (map.get(word) ?? 0) + 1);
}

const byCount = <T extends { count: number; name: string }>(a: T, b: T) => b.count - a.count || (a.name < b.name ? -1 : 1);

/** A place jieba tagged but the gazetteer lacks as written: 金山 → 金山区, 上海 → 上海市. */
function resolvePlace(g: Gazetteer, name: string, hint: string | null, nearby: string[]): string | null {
  if (g.has(name)) return g.districtOf(name, { hint, nearby });
  for (const suffix of ['市', '区', '县', '新区', '镇']) {
    if (g.has(name + suffix)) return g.districtOf(name + suffix, { hint, nearby });
  }
  return null;
}

const PLACE_SUFFIX = /(?:省|市|区|县|镇|乡|村|街道|街|路|弄|巷|里|坊|桥|港|湾|岛|湖|江|河|山|园区|园|新城|小区|社区|苑|庄|门|城|寺|塔|广场|公园|景区|码头|车站|机场)$/u;

export function extractEntities(
  tagged: TaggedWord[],
  options: { bylines?: string[]; districtHint?: string | null; gazetteer?: Gazetteer } = {},
): Entities {
  const g = options.gazetteer ?? gazetteer();
  const places = new Map<string, number>();
  const orgs = new Map<string, number>();
  const people = new Map<string, number>();
  let prev: TaggedWord | null = null;
  for (const t of tagged) {
    const { word, tag } = t;
    const before = prev;
    prev = t;
    // 启迪/nz + 集团 → 启迪集团: a proper noun followed by a bare organisation word.
    if (before && ORG_SUFFIX.test(word) && word.length <= 3 && /^(?:nz|ns|nr|nt|x)$/.test(before.tag) && /^\p{Script=Han}{2,}$/u.test(before.word)) {
      tally(orgs, before.word + word);
      continue;
    }
    if (Array.from(word).length < 2) continue;
    if (tag === 'ns') tally(places, word);
    else if (tag === 'nt' || (ORG_SUFFIX.test(word) && Array.from(word).length >= 3 && /^n|^x|^j/.test(tag))) tally(orgs, word);
    else if (isPersonName(word, tag, g)) tally(people, word);
  }
  for (const name of options.bylines ?? []) {
    const clean = name.replace(/\s+/g, '');
    if (clean) people.set(clean, Math.max(1, people.get(clean) ?? 0));
  }
  const nearby = [...places.keys()];
  const hint = options.districtHint ?? null;
  return {
    places: [...places]
      .map(([name, count]) => ({ name, count, district: resolvePlace(g, name, hint, nearby) }))
      // jieba's own dictionary tags many common words ns (城市, 镇里, 喜迁新居): a name the gazetteer
      // cannot place counts only when it is shaped like a place (ends in a place word: 路, 村, 小区 …).
      .filter((p) => p.district || (Array.from(p.name).length >= 3 && PLACE_SUFFIX.test(p.name)))
      .sort(byCount),
    organisations: [...orgs].map(([name, count]) => ({ name, count })).sort(byCount),
    people: [...people].map(([name, count]) => ({ name, count })).sort(byCount),
  };
}
