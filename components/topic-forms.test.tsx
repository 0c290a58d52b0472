// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { FollowList } from './follow-list';
import { FollowOffer } from './follow-offer';
import { TopicEditor } from './topic-editor';
import { selectedTerm } from './topic-from-selection';
import { quickTopic, TopicQuickForm } from './topic-quick-form';
import { initialFollowState } from '@/lib/crawl/follow-check';
import type { FollowRecord } from '@/lib/store/alert-types';

afterEach(() => (document.body.innerHTML = ''));
const root = () => document.body.appendChild(document.createElement('div'));
const one = (el: Element, id: string) => el.querySelector(`[data-testid="${id}"]`) as HTMLElement;
const type = (input: HTMLElement, value: string) => {
  (input as HTMLInputElement).value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('topic quick form', () => {
  it('reads name and terms from one line, naming the topic after the first term when left empty', () => {
    expect(quickTopic('', '山阳镇 山阳 +规划 -山阳镇中学')).toEqual({ name: '山阳镇', anyOf: ['山阳镇', '山阳'], mustHave: ['规划'], exclude: ['山阳镇中学'] });
    expect(quickTopic(' 我的镇 ', '"保障性 租赁住房"').name).toBe('我的镇');
  });

  it('saves and clears, or shows the problem and keeps the input', async () => {
    const el = root();
    const onSave = vi.fn(async () => null as string | null);
    render(<TopicQuickForm onSave={onSave} />, el);
    type(one(el, 'topic-name-input'), '养老');
    type(one(el, 'topic-terms-input'), '养老服务站 +新港路');
    await settle();
    one(el, 'topic-save').click();
    await settle();
    expect(onSave).toHaveBeenCalledWith({ name: '养老', anyOf: ['养老服务站'], mustHave: ['新港路'], exclude: [] });
    expect((one(el, 'topic-terms-input') as HTMLInputElement).value).toBe('');
    onSave.mockResolvedValueOnce('请至少填写一个关键词');
    type(one(el, 'topic-terms-input'), '-只排除');
    await settle();
    one(el, 'topic-save').click();
    await settle();
    expect(one(el, 'topic-error').textContent).toBe('请至少填写一个关键词');
    expect((one(el, 'topic-terms-input') as HTMLInputElement).value).toBe('-只排除');
  });
});

describe('topic editor', () => {
  it('edits every field of a topic and keeps its id', async () => {
    const el = root();
    const onSave = vi.fn(async () => null);
    render(<TopicEditor topic={{ id: 4, name: '住房', anyOf: ['保障性 租赁住房', '公租房'], scope: 'both', mode: 'word' }} onSave={onSave} />, el);
    expect((one(el, 'topic-editor-any') as HTMLInputElement).value).toBe('"保障性 租赁住房" 公租房');
    type(one(el, 'topic-editor-exclude'), '招聘');
    type(one(el, 'topic-editor-papers'), '江湾时报');
    const scope = one(el, 'topic-editor-scope') as HTMLSelectElement;
    scope.value = 'headline';
    scope.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    one(el, 'topic-editor-save').click();
    await settle();
    expect(onSave).toHaveBeenCalledWith({ id: 4, name: '住房', anyOf: ['保障性 租赁住房', '公租房'], mustHave: [], exclude: ['招聘'], newspapers: ['江湾时报'], scope: 'headline', mode: 'word' });
  });
});

describe('关注这个词 and followed papers', () => {
  it('takes a one-line selection of 2–50 characters as a term', () => {
    expect(selectedTerm(' 养老服务站 ')).toBe('养老服务站');
    expect(selectedTerm('养')).toBeNull();
    expect(selectedTerm('第一行\n第二行')).toBeNull();
    expect(selectedTerm('字'.repeat(51))).toBeNull();
  });

  it('offers 关注此报 on a detected page only, and lists followed papers with their error in words', () => {
    const el = root();
    const onFollow = vi.fn();
    render(<FollowOffer offer={{ detected: true, paperName: '江湾时报', followed: false }} busy={false} notice={null} onFollow={onFollow} />, el);
    one(el, 'follow-button').click();
    expect(onFollow).toHaveBeenCalled();
    render(<FollowOffer offer={{ detected: false, paperName: null, followed: false }} busy={false} notice={null} onFollow={onFollow} />, el);
    expect(one(el, 'follow-button')).toBeNull();

    const state = { ...initialFollowState(1000), lastCheckAt: 1000, nextCheckAt: 9e12, articlesFound: 7, lastError: { zh: '连不上这个网站（网络错误），稍后会自动重试', en: '' } };
    const rec: FollowRecord = { paperId: 3, name: '江湾时报', scheme: '{}', origin: 'http://127.0.0.1:8080', state, nextCheckAt: state.nextCheckAt, saveJob: null, createdAt: 1 };
    const onUnfollow = vi.fn();
    render(<FollowList follows={[rec]} detailed now={2000} onUnfollow={onUnfollow} />, el);
    expect(one(el, 'followed-row')).not.toBeNull();
    expect(one(el, 'followed-found').textContent).toBe('7');
    expect(one(el, 'followed-error').textContent).toContain('网络错误');
    one(el, 'unfollow-button').click();
    expect(onUnfollow).toHaveBeenCalledWith(3);
  });
});
