// Properties of the topic matcher (lib/alerts/matcher) with the real jieba engine:
// - it never throws and returns well-formed ranges for any text and any topics, including lone
//   surrogates, controls and terms that normalise to nothing;
// - a term inserted into any text (delimited, in substring mode anywhere) is always found;
// - whole-word mode agrees with a model computed from jieba's cut of the whole field: a term is a
//   word at an occurrence when both its ends are token boundaries, or it lies inside one token on
//   the edges of that token's search-mode pieces (区长 in 副区长, never in 社区长期);
// - the result does not depend on the order of the topics.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTopicMatcher, type TopicMatch } from '../../lib/alerts/matcher';
import type { Topic } from '../../lib/alerts/topic';
import type { TextEngine } from '../../lib/text/engine';
import { nodeTextEngine } from '../../lib/text/engine-node';

let engine: TextEngine;
beforeAll(() => {
  engine = nodeTextEngine();
});

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyText = fc.string({ unit: anyUnit, maxLength: 200 });
// Characters that normalise to themselves (simplified Han, ASCII-free) so offsets in the model
// and in the matcher agree; chosen so that words form and overlap (社区/区长/长期, 租赁/住房).
const HAN = Array.from('社区长期副办公会山阳镇金卫保障性租赁住房城市更新老旧小议召开推进工作年内');
const hanText = fc.array(fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...HAN) }, { weight: 1, arbitrary: fc.constantFrom('，', '。') }), { maxLength: 60 }).map((a) => a.join(''));
const hanTerm = fc.array(fc.constantFrom(...HAN), { minLength: 2, maxLength: 4 }).map((a) => a.join(''));

function topic(id: number, anyOf: string[], mode: Topic['mode'], extra: Partial<Topic> = {}): Topic {
  return { id, name: `t${id}`, anyOf, scope: 'both', mode, ...extra };
}

const sortById = (ms: TopicMatch[]) => [...ms].sort((a, b) => String(a.topicId).localeCompare(String(b.topicId)));

describe('topic matcher properties', () => {
  it('never throws and returns ranges inside the field, for any text and any topics', () => {
    const topicArb = fc.record({ anyOf: fc.array(anyText.map((s) => s.slice(0, 12)), { maxLength: 4 }), mustHave: fc.array(anyText.map((s) => s.slice(0, 6)), { maxLength: 2 }), mode: fc.constantFrom('word' as const, 'substring' as const), scope: fc.constantFrom('headline' as const, 'body' as const, 'both' as const) });
    fc.assert(
      fc.property(fc.array(topicArb, { maxLength: 6 }), anyText, anyText, fc.boolean(), (specs, title, body, withEngine) => {
        const matches = buildTopicMatcher(specs.map((s, i) => topic(i, s.anyOf, s.mode, { mustHave: s.mustHave, scope: s.scope }))).match({ title, body, introTitle: title.slice(3), subtitle: null }, withEngine ? engine : null);
        for (const m of matches) {
          const field = m.first.field === 'body' ? body : m.first.field === 'title' ? title : title.slice(3);
          expect(m.first.start).toBeGreaterThanOrEqual(0);
          expect(m.first.end).toBeLessThanOrEqual(field.length);
          expect(m.first.start).toBeLessThan(m.first.end);
          expect(m.terms.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds every inserted term: anywhere in substring mode, between punctuation in word mode', () => {
    fc.assert(
      fc.property(hanTerm, hanText, fc.nat(), fc.constantFrom('word' as const, 'substring' as const), (term, text, at, mode) => {
        const i = at % (text.length + 1);
        const body = mode === 'word' ? `${text.slice(0, i)}。${term}，${text.slice(i)}` : text.slice(0, i) + term + text.slice(i);
        const got = buildTopicMatcher([topic(1, [term], mode)]).match({ title: '', body }, engine);
        expect(got.map((m) => m.topicId)).toEqual([1]);
        expect(body.slice(got[0]!.first.start, got[0]!.first.end)).toBe(term);
      }),
      { numRuns: 300 },
    );
  });

  it('whole-word mode matches exactly where jieba makes the term a word, never inside a longer word', () => {
    const isWordAt = (text: string, start: number, end: number, term: string) => {
      const tokens = engine.tokens(text);
      if (tokens.some((t) => t.start === start) && tokens.some((t) => t.end === end)) return true;
      const covering = tokens.find((t) => t.start <= start && t.end >= end);
      if (!covering) return false; // straddles two tokens: 区长 in 社区|长期
      const pieces = engine.cutForSearch(covering.word).filter((p) => p && p !== covering.word);
      if (pieces.includes(term)) return true;
      const starts = new Set<number>();
      const ends = new Set<number>();
      for (const p of pieces) for (let k = covering.word.indexOf(p); k >= 0; k = covering.word.indexOf(p, k + 1)) (starts.add(k), ends.add(k + p.length));
      return starts.has(start - covering.start) && ends.has(end - covering.start);
    };
    const seen = { word: 0, notWord: 0 };
    fc.assert(
      fc.property(hanTerm, hanText, fc.nat(), (term, text, at) => {
        const i = at % (text.length + 1);
        const body = text.slice(0, i) + term + text.slice(i);
        const words: number[] = [];
        for (let k = body.indexOf(term); k >= 0; k = body.indexOf(term, k + 1)) if (isWordAt(body, k, k + term.length, term)) words.push(k);
        const got = buildTopicMatcher([topic(1, [term], 'word')]).match({ title: '', body }, engine);
        seen[words.length ? 'word' : 'notWord']++;
        if (words.length === 0) expect(got).toEqual([]);
        else expect(got.map((m) => m.first.start)).toEqual([words[0]]);
      }),
      { numRuns: 300 },
    );
    // Both sides of the property were exercised, not only terms that are always words.
    expect(Math.min(seen.word, seen.notWord)).toBeGreaterThan(20);
  });

  it('gives the same matches whatever the order of the topics', () => {
    const topicArb = fc.record({ anyOf: fc.array(hanTerm, { minLength: 1, maxLength: 3 }), mustHave: fc.array(hanTerm, { maxLength: 1 }), exclude: fc.array(hanTerm, { maxLength: 1 }), mode: fc.constantFrom('word' as const, 'substring' as const) });
    fc.assert(
      fc.property(fc.array(topicArb, { minLength: 1, maxLength: 10 }), hanText, hanText, fc.nat(), (specs, title, body, seed) => {
        const topics = specs.map((s, i) => topic(i, s.anyOf, s.mode, { mustHave: s.mustHave, exclude: s.exclude }));
        const shuffled = [...topics].sort((a, b) => ((Number(a.id) * 7919 + seed) % 101) - ((Number(b.id) * 7919 + seed) % 101));
        const article = { title, body };
        expect(sortById(buildTopicMatcher(shuffled).match(article, engine))).toEqual(sortById(buildTopicMatcher(topics).match(article, engine)));
      }),
      { numRuns: 200 },
    );
  });
});
