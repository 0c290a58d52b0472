import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { nodeSegmenter } from '../text/segmenter-node';
import { buildTopicMatcher, topicMatcherCache, type ArticleText } from './matcher';
import type { Topic } from './topic';
import type { WordSegmenter } from './word-boundaries';

const jieba = nodeSegmenter();
const jiebaSearch = createRequire(import.meta.url)('jieba-wasm') as { cut_for_search(t: string, hmm: boolean): string[] };
// jieba's search mode too, as lib/text's engine offers it (区长 inside 副区长).
const seg: WordSegmenter = {
  cut: (t) => jieba.cut(t),
  cutForSearch: (t) => jiebaSearch.cut_for_search(t, true),
};

function topic(id: string, anyOf: string[], extra: Partial<Topic> = {}): Topic {
  return { id, name: id, anyOf, scope: 'both', mode: 'word', ...extra };
}

const article: ArticleText = {
  introTitle: '聚焦民生实事',
  title: '山阳镇推进保障性租赁住房建设',
  subtitle: null,
  body: '本报讯 社区长期关注的保障性租赁住房项目近日开工。副区长李明到山阳镇调研，要求加快进度。\n该项目共建房源三百套。',
  paperName: '金山报',
};

const ids = (topics: Topic[], a = article) => buildTopicMatcher(topics).match(a, seg).map((m) => m.topicId).sort();

describe('buildTopicMatcher', () => {
  it('whole-word: 区长 does not match inside 社区长期 but does inside 副区长; substring matches both', () => {
    const only社区 = { ...article, body: '社区长期关注这件事。' };
    expect(ids([topic('w', ['区长'])], only社区)).toEqual([]);
    expect(ids([topic('s', ['区长'], { mode: 'substring' })], only社区)).toEqual(['s']);
    expect(ids([topic('w', ['区长'])], { ...article, body: '副区长李明出席。' })).toEqual(['w']);
  });

  it('matches all topics in one call and reports terms and the first match on the original text', () => {
    const matches = buildTopicMatcher([topic('a', ['租赁住房', '山阳镇']), topic('b', ['不存在的词']), topic('c', ['三百套'])]).match(article, seg);
    const a = matches.find((m) => m.topicId === 'a')!;
    expect(a.terms).toEqual(['租赁住房', '山阳镇']);
    expect(a.first).toEqual({ field: 'title', start: 0, end: 3 });
    const c = matches.find((m) => m.topicId === 'c')!;
    expect(article.body.slice(c.first.start, c.first.end)).toBe('三百套');
    expect(matches.map((m) => m.topicId)).not.toContain('b');
  });

  it('folds traditional characters and full-width forms both in terms and in text', () => {
    expect(ids([topic('t', ['山陽鎮'])])).toEqual(['t']);
    const fullWidth = { ...article, body: 'ＡＢＣ公司中标。' };
    expect(ids([topic('abc', ['abc'])], fullWidth)).toEqual(['abc']);
  });

  it('maps the first match back through normalisation (traditional source text)', () => {
    const trad = { title: '無關標題', body: '今天區長到山陽鎮調研。' };
    const [m] = buildTopicMatcher([topic('t', ['山阳镇'])]).match(trad, seg);
    expect(trad.body.slice(m!.first.start, m!.first.end)).toBe('山陽鎮');
  });

  it('matches quoted phrases with their space, and only as written', () => {
    const a = { title: 'x', body: '推进城市 更新工作' };
    expect(ids([topic('p', ['城市 更新'])], a)).toEqual(['p']);
    expect(ids([topic('p', ['城市 更新'])], { title: 'x', body: '推进城市更新工作' })).toEqual([]);
  });

  it('needs every must-have term and drops the topic on any exclusion', () => {
    expect(ids([topic('m', ['山阳镇'], { mustHave: ['调研', '进度'] })])).toEqual(['m']);
    expect(ids([topic('m', ['山阳镇'], { mustHave: ['调研', '招聘'] })])).toEqual([]);
    expect(ids([topic('x', ['山阳镇'], { exclude: ['副区长'] })])).toEqual([]);
    expect(ids([topic('x', ['山阳镇'], { exclude: ['广告'] })])).toEqual(['x']);
  });

  it('checks must-have terms and exclusions as whole words too', () => {
    const a = { title: '', body: '山阳镇社区长期开展志愿服务。' };
    expect(ids([topic('m', ['山阳镇'], { mustHave: ['区长'] })], a)).toEqual([]);
    expect(ids([topic('m', ['山阳镇'], { mustHave: ['区长'], mode: 'substring' })], a)).toEqual(['m']);
    expect(ids([topic('x', ['山阳镇'], { exclude: ['区长'] })], a)).toEqual(['x']);
    expect(ids([topic('x', ['山阳镇'], { exclude: ['区长'], mode: 'substring' })], a)).toEqual([]);
  });

  it('reports must-have terms among matched terms', () => {
    const [m] = buildTopicMatcher([topic('m', ['山阳镇'], { mustHave: ['调研'] })]).match(article, seg);
    expect(m!.terms).toEqual(['山阳镇', '调研']);
  });

  it('respects the scope: headline (引题/主题/副题) or body', () => {
    expect(ids([topic('h', ['民生实事'], { scope: 'headline' })])).toEqual(['h']);
    expect(ids([topic('h', ['三百套'], { scope: 'headline' })])).toEqual([]);
    expect(ids([topic('b', ['民生实事'], { scope: 'body' })])).toEqual([]);
    // An exclusion outside the scope does not count either.
    expect(ids([topic('b', ['三百套'], { scope: 'body', exclude: ['民生实事'] })])).toEqual(['b']);
  });

  it('limits topics to their newspapers', () => {
    expect(ids([topic('n', ['山阳镇'], { newspapers: ['金山报'] })])).toEqual(['n']);
    expect(ids([topic('n', ['山阳镇'], { newspapers: ['松江报'] })])).toEqual([]);
    expect(ids([topic('n', ['山阳镇'], { newspapers: ['金山报'] })], { ...article, paperName: null })).toEqual([]);
  });

  it('skips muted topics unless asked', () => {
    const t = [topic('m', ['山阳镇'], { muted: true })];
    expect(buildTopicMatcher(t).match(article, seg)).toEqual([]);
    expect(buildTopicMatcher(t, { includeMuted: true }).match(article, seg)).toHaveLength(1);
  });

  it('lets topics share terms without interfering', () => {
    const topics = [topic('a', ['山阳镇']), topic('b', ['山阳镇'], { exclude: ['调研'] }), topic('c', ['山阳镇'], { scope: 'body' })];
    expect(ids(topics)).toEqual(['a', 'c']);
  });

  it('without a segmenter, keeps Latin word edges and accepts CJK terms anywhere', () => {
    const m = buildTopicMatcher([topic('abc', ['abc']), topic('区长', ['区长'])]);
    expect(m.match({ title: '', body: 'abcd 社区长期' }, null).map((x) => x.topicId)).toEqual(['区长']);
    expect(m.match({ title: '', body: 'ABC 公司' }, null).map((x) => x.topicId)).toEqual(['abc']);
  });

  it('finds the earliest match when a longer term ends later than a shorter one starts', () => {
    const [m] = buildTopicMatcher([topic('t', ['保障性租赁住房', '住房'], { mode: 'substring' })]).match({ title: '', body: '保障性租赁住房' }, seg);
    expect(m!.first).toEqual({ field: 'body', start: 0, end: 7 });
  });
});

describe('topicMatcherCache', () => {
  it('rebuilds only when the topics change', () => {
    const get = topicMatcherCache();
    const topics = [topic('a', ['山阳镇'])];
    const first = get(topics);
    expect(get([topic('a', ['山阳镇'])])).toBe(first);
    const changed = get([topic('a', ['山阳镇', '朱泾镇'])]);
    expect(changed).not.toBe(first);
    expect(changed.match({ title: '朱泾镇', body: '' }, null)).toHaveLength(1);
  });
});

describe('buildTopicMatcher against a naive reference', () => {
  it('agrees on random substring topics over random texts', async () => {
    const fc = (await import('fast-check')).default;
    const alphabet = fc.constantFrom('山', '阳', '镇', '区', '长', '期', '社');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 3 }).map((a) => a.join(''));
    const text = fc.array(alphabet, { maxLength: 30 }).map((a) => a.join(''));
    const topicArb = fc.record({
      anyOf: fc.array(word, { minLength: 1, maxLength: 3 }),
      mustHave: fc.array(word, { maxLength: 2 }),
      exclude: fc.array(word, { maxLength: 2 }),
      scope: fc.constantFrom('headline' as const, 'body' as const, 'both' as const),
    });
    fc.assert(
      fc.property(fc.array(topicArb, { minLength: 1, maxLength: 8 }), text, text, (specs, title, body) => {
        const topics = specs.map((s, i) => topic(String(i), s.anyOf, { ...s, mode: 'substring' }));
        const got = buildTopicMatcher(topics).match({ title, body }, null).map((m) => m.topicId).sort();
        const expected = topics
          .filter((t) => {
            const scoped = t.scope === 'headline' ? [title] : t.scope === 'body' ? [body] : [title, body];
            const has = (w: string) => scoped.some((s) => s.includes(w));
            return t.anyOf.some(has) && (t.mustHave ?? []).every(has) && !(t.exclude ?? []).some(has);
          })
          .map((t) => t.id)
          .sort();
        expect(got).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});
