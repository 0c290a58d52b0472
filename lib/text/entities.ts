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

/** The shape of a name: a common surname, Han characters only, not a place written short. */
function isPersonName(word: string, tag: string, g: Gazetteer): boolean {
  const len = Array.from(word).length;
  // 金山 is tagged nr, yet 金山区 is a place; 张堰新 is 张堰(镇) + 新(城), 金山嘴 金山(区) + 嘴.
  if (['', '市', '区', '县', '镇'].some((suffix) => g.has(word + suffix))) return false;
  if (len === 3 && ['市', '区', '县', '镇', '乡', '街道'].some((suffix) => g.has(word.slice(0, 2) + suffix))) return false;
  if (!SURNAMES.has(word[0]!) || !/^\p{Script=Han}+$/u.test(word)) return false;
  if (tag === 'nr' || tag === 'nrfg' || tag === 'nrt') return len === 2 || len === 3;
  // HMM-recognised new words; two-character ones only with a person context (see below).
  return tag === 'x' && (len === 3 || len === 2);
}

// jieba's dictionary tags many ordinary words nr (许可证, 高水平, 马赛克), and its HMM makes
// names out of any three characters it cannot place: a name counts when the text treats it as
// a person — a title or role just before it, a verb of saying or a title just after it — or
// when it recurs. Bylines need none of this.
const ROLE_BEFORE = /(?:记者|通讯员|实习生|市民|村民|居民|党员|志愿者|负责人|书记|主任|局长|长|经理|董事长|主席|委员|代表|老师|教师|医生|护士|民警|警官|专家|教授|工程师|师傅|阿姨|大爷|老人|学生|同学|选手|冠军|作者|主持人|创始人|店主|网友|游客|家属|工作人员|讲解员|社工|网格员|楼组长|小朋友|孩子|儿子|女儿|父亲|母亲|妻子|丈夫)$/;
const PERSON_AFTER = /^(?:说|说道|表示|介绍|指出|认为|告诉|称|透露|坦言|回忆|笑着说|强调|提出|建议|希望|感慨|同志|先生|女士|老师|师傅|书记|主任|局长|区长|镇长|一行|等人|带领|主持|出席|讲话|发言|介绍说|摄|报道)$/;
const RECURS = 2;

/** Index of the nearest token in direction `step` that is not whitespace (-1 when none). */
function neighbour(tagged: TaggedWord[], i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < tagged.length; j += step) if (!/^\s+$/.test(tagged[j]!.word)) return j;
  return -1;
}

interface PersonSeen {
  count: number;
  inContext: boolean;
  /** An unknown two-character word: a name only in a person context, however often it recurs. */
  weak: boolean;
}

function tally(map: Map<string, number>, word: string): void {
  map.set(word, (map.get(word) ?? 0) + 1);
}

const byCount = <T extends { count: number; name: string }>(a: T, b: T) => b.count - a.count || (a.name < b.name ? -1 : 1);

// Administrative names written in full (张堰镇, 顺义区, 杭州市): places whatever the context.
const FULL_NAME = /^\p{Script=Han}{2,}(?:省|市|区|县|旗|盟|州|镇|乡|街道|苏木|地区)$/u;
const SHORT_SUFFIXES = ['市', '区', '县', '新区', '镇', '乡', '街道'];

interface PlaceMatch {
  district: string | null;
  /** Written in full, or a province or prefecture city (上海, 杭州): needs no support. */
  strong: boolean;
}

/**
 * Where a word jieba tagged ns is, if it is a place. A short form (滨江 for 滨江区, 新建 for
 * 新建区, 南翔 for 南翔镇) is also an ordinary word far more often than a place far away: it
 * counts only when it lands in the province of the paper or of a place the article names in
 * full (杭州 … 滨江). Undefined: not a known place.
 */
function matchPlace(g: Gazetteer, name: string, hint: string | null, nearby: string[]): PlaceMatch | undefined {
  if (g.has(name) && (FULL_NAME.test(name) && Array.from(name).length >= 3)) return { district: g.districtOf(name, { hint, nearby }), strong: true };
  const forms = [name, ...SHORT_SUFFIXES.map((suffix) => name + suffix)].filter((n) => g.has(n));
  if (!forms.length) return undefined;
  const major = forms.some((n) => g.lookup(n).some((p) => p.level === 'province' || p.level === 'city'));
  return { district: g.districtOf(forms[0]!, { hint, nearby }), strong: major };
}

const province = (district: string) => district.slice(0, 2);

const PLACE_SUFFIX = /(?:省|市|区|县|镇|乡|村|街道|街|路|弄|巷|里|坊|桥|港|湾|岛|湖|江|河|山|园区|园|新城|小区|社区|苑|庄|门|城|寺|塔|广场|公园|景区|码头|车站|机场)$/u;

export function extractEntities(
  tagged: TaggedWord[],
  options: { bylines?: string[]; districtHint?: string | null; gazetteer?: Gazetteer } = {},
): Entities {
  const g = options.gazetteer ?? gazetteer();
  const places = new Map<string, number>();
  const orgs = new Map<string, number>();
  const people = new Map<string, PersonSeen>();
  let lastNamed = -1;
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i]!;
    const { word, tag } = t;
    const before = tagged[i - 1];
    // 启迪/nz + 集团 → 启迪集团: a proper noun followed by a bare organisation word.
    if (before && ORG_SUFFIX.test(word) && word.length <= 3 && /^(?:nz|ns|nr|nt|x)$/.test(before.tag) && /^\p{Script=Han}{2,}$/u.test(before.word)) {
      tally(orgs, before.word + word);
      continue;
    }
    if (Array.from(word).length < 2) continue;
    if (tag === 'ns') tally(places, word);
    // jieba's dictionary tags a few two-character words nt that are no organisation (新设 "newly
    // set up"); every two-character nt name we tried (人大, 政协 …) is tagged j, so bare nt needs three.
    else if ((tag === 'nt' && Array.from(word).length >= 3) || (ORG_SUFFIX.test(word) && Array.from(word).length >= 3 && /^n|^x|^j/.test(tag))) tally(orgs, word);
    else if (isPersonName(word, tag, g)) {
      const seen = people.get(word) ?? { count: 0, inContext: false, weak: tag === 'x' && Array.from(word).length === 2 };
      seen.count++;
      const prevAt = neighbour(tagged, i, -1);
      // In a list of names (记者 杨季峰 陈忆文, 张三、李四说) a name shares the context of the one before.
      const listed = prevAt >= 0 && (tagged[prevAt]!.word === '、' ? neighbour(tagged, prevAt, -1) : prevAt) === lastNamed;
      const inContext = listed || (prevAt >= 0 && ROLE_BEFORE.test(tagged[prevAt]!.word)) || PERSON_AFTER.test(tagged[neighbour(tagged, i, 1)]?.word ?? '');
      seen.inContext ||= inContext;
      if (inContext) lastNamed = i;
      people.set(word, seen);
    }
  }
  const named = new Map<string, number>();
  for (const [name, seen] of people) if (seen.inContext || (seen.count >= RECURS && !seen.weak)) named.set(name, seen.count);
  for (const name of options.bylines ?? []) {
    const clean = name.replace(/\s+/g, '');
    if (clean) named.set(clean, Math.max(1, named.get(clean) ?? 0));
  }
  const nearby = [...places.keys()];
  const hint = options.districtHint ?? null;
  const matched = [...places].map(([name, count]) => ({ name, count, match: matchPlace(g, name, hint, nearby) }));
  const supported = new Set([...(hint ? [province(hint)] : []), ...matched.flatMap((p) => (p.match?.strong && p.match.district ? [province(p.match.district)] : []))]);
  return {
    places: matched
      .flatMap(({ name, count, match }) => {
        if (match && (match.strong || (match.district && supported.has(province(match.district))))) return [{ name, count, district: match.district }];
        // jieba's own dictionary tags many common words ns (城市, 镇里, 喜迁新居): a name the gazetteer
        // cannot place counts only when it is shaped like a place (ends in a place word: 路, 村, 小区 …).
        // A short form no context supports is still a place when it is shaped like one (塘村), unplaced.
        if (Array.from(name).length >= 3 && PLACE_SUFFIX.test(name)) return [{ name, count, district: null }];
        return [];
      })
      .sort(byCount),
    organisations: [...orgs].map(([name, count]) => ({ name, count })).sort(byCount),
    people: [...named].map(([name, count]) => ({ name, count })).sort(byCount),
  };
}
