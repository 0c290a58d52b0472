// Extra jieba dictionaries loaded after init with with_dict: the gazetteer (places), the known
// newspapers, a short news lexicon, and the user's own words. with_dict only changes the
// in-memory dictionary, so all of this is loaded again whenever the worker restarts.
import { KNOWN_PAPERS } from '../sites/known-papers';
import { gazetteer } from './gazetteer';

export interface DictEntry {
  word: string;
  freq: number;
  tag: string;
}

// Compounds of local news that jieba's stock dictionary cuts apart (公/租房, 老旧/小区) yet
// readers search and file by as one word. Kept short: generic words, not topics of one paper.
const NEWS_LEXICON = [
  '公租房', '廉租房', '保障房', '共有产权房', '保障性住房', '保障性租赁住房', '人才公寓', '老旧小区',
  '垃圾分类', '一网通办', '一网统管', '新质生产力', '乡村振兴', '营商环境', '城市更新', '美丽乡村',
  '长者食堂', '社区食堂', '助餐点', '党群服务中心', '新时代文明实践中心', '为民办实事', '民生实事',
  '人居环境', '高质量发展', '新就业群体', '网格员', '文旅融合', '全域旅游', '数字化转型', '基层治理',
  '加装电梯', '家庭医生', '医疗集团', '防汛防台', '河道整治', '污水纳管', '美丽庭院', '农民集中居住',
];

const NEWS_WORD_FREQ = 3000;
const PAPER_FREQ = 5000;
const USER_FREQ = 10_000;

export function newsLexiconDict(): string {
  return NEWS_LEXICON.map((w) => `${w} ${NEWS_WORD_FREQ} n`).join('\n');
}

/** Known newspaper titles (金山报, 浦东时报) as proper nouns, so 报 does not split off. */
export function newspaperDict(names: string[] = KNOWN_PAPERS.map((p) => p.name)): string {
  return [...new Set(names)].map((n) => `${n} ${PAPER_FREQ} nz`).join('\n');
}

const TAG = /^[a-z]{1,4}$/;

/**
 * Parses the user dictionary edited in options: one word per line, optionally followed by a
 * frequency and/or a POS tag ("建发观唐府", "建发观唐府 nz", "建发观唐府 500 ns"). Lines
 * starting with # are comments. Anything malformed is skipped rather than passed to jieba,
 * whose dictionary parser would reject the whole string.
 */
export function parseUserDictionary(text: string): DictEntry[] {
  const out = new Map<string, DictEntry>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [word = '', ...rest] = line.split(/[\s\u3000]+/);
    if (!/[\p{L}\p{N}]/u.test(word) || Array.from(word).length > 30) continue;
    let freq = USER_FREQ;
    let tag = 'nz';
    for (const part of rest) {
      if (/^\d{1,9}$/.test(part)) freq = Math.max(1, Number(part));
      else if (TAG.test(part)) tag = part;
    }
    out.set(word, { word, freq, tag });
  }
  return [...out.values()];
}

export function toJiebaDict(entries: DictEntry[]): string {
  return entries.map((e) => `${e.word} ${e.freq} ${e.tag}`).join('\n');
}

/** Every built-in dictionary, in load order (later entries override earlier ones). */
export function builtInDictionaries(): string[] {
  return [gazetteer().toJiebaDict(), newsLexiconDict(), newspaperDict()];
}
