import { useState } from 'preact/hooks';
import { parseTopicTerms, type Topic, type TopicMatchMode, type TopicScope } from '@/lib/alerts/topic';
import type { TopicInput } from '@/lib/store/alert-types';
import { t } from './i18n';

export interface TopicEditorProps {
  /** The topic being edited; null for a new one. */
  topic: (Topic & { id: number }) | null;
  onSave: (input: TopicInput) => Promise<string | null>;
  onCancel?: () => void;
}

const join = (terms: readonly string[] | undefined) => (terms ?? []).map((x) => (/[\s,，、;；|｜/／]/.test(x) ? `"${x}"` : x)).join(' ');

/** The full topic form of the options page: every field of lib/alerts Topic. */
export function TopicEditor({ topic, onSave, onCancel }: TopicEditorProps) {
  const [name, setName] = useState(topic?.name ?? '');
  const [anyOf, setAnyOf] = useState(join(topic?.anyOf));
  const [mustHave, setMustHave] = useState(join(topic?.mustHave));
  const [exclude, setExclude] = useState(join(topic?.exclude));
  const [newspapers, setNewspapers] = useState(join(topic?.newspapers));
  const [scope, setScope] = useState<TopicScope>(topic?.scope ?? 'both');
  const [mode, setMode] = useState<TopicMatchMode>(topic?.mode ?? 'word');
  const [error, setError] = useState<string | null>(null);
  const value = (set: (v: string) => void) => (e: Event) => set((e.currentTarget as HTMLInputElement).value);

  const submit = async (e: Event) => {
    e.preventDefault();
    const input: TopicInput = {
      ...(topic ? { id: topic.id } : {}),
      name,
      anyOf: parseTopicTerms(anyOf),
      mustHave: parseTopicTerms(mustHave),
      exclude: parseTopicTerms(exclude),
      newspapers: parseTopicTerms(newspapers),
      scope,
      mode,
    };
    const problem = await onSave(input).catch((x: unknown) => String(x));
    setError(problem);
    if (!problem && !topic) {
      setName('');
      setAnyOf('');
      setMustHave('');
      setExclude('');
      setNewspapers('');
    }
  };

  return (
    <form class="topic-editor" data-testid="topic-editor" onSubmit={submit}>
      <label>
        {t('topicName')}
        <input data-testid="topic-editor-name" value={name} maxLength={40} onInput={value(setName)} />
      </label>
      <label>
        {t('topicAnyOf')}
        <input data-testid="topic-editor-any" value={anyOf} onInput={value(setAnyOf)} placeholder={t('topicAnyOfHint')} />
      </label>
      <label>
        {t('topicMustHave')}
        <input data-testid="topic-editor-must" value={mustHave} onInput={value(setMustHave)} />
      </label>
      <label>
        {t('topicExclude')}
        <input data-testid="topic-editor-exclude" value={exclude} onInput={value(setExclude)} />
      </label>
      <label>
        {t('topicNewspapers')}
        <input data-testid="topic-editor-papers" value={newspapers} onInput={value(setNewspapers)} placeholder={t('topicNewspapersHint')} />
      </label>
      <label>
        {t('topicScope')}
        <select data-testid="topic-editor-scope" value={scope} onChange={(e) => setScope((e.currentTarget as HTMLSelectElement).value as TopicScope)}>
          <option value="both">{t('topicScopeBoth')}</option>
          <option value="headline">{t('topicScopeHeadline')}</option>
          <option value="body">{t('topicScopeBody')}</option>
        </select>
      </label>
      <label>
        {t('topicMode')}
        <select data-testid="topic-editor-mode" value={mode} onChange={(e) => setMode((e.currentTarget as HTMLSelectElement).value as TopicMatchMode)}>
          <option value="word">{t('topicModeWord')}</option>
          <option value="substring">{t('topicModeSubstring')}</option>
        </select>
      </label>
      <div class="actions">
        <button type="submit" class="primary" data-testid="topic-editor-save">
          {topic ? t('topicUpdate') : t('topicAdd')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('topicCancel')}
          </button>
        )}
      </div>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

export interface TopicListProps {
  topics: (Topic & { id: number })[] | null;
  onEdit: (id: number) => void;
  onDelete: (id: number) => void;
  onMute: (id: number, muted: boolean) => void;
}

const SCOPE_KEY = { both: 'topicScopeBoth', headline: 'topicScopeHeadline', body: 'topicScopeBody' } as const;

export function TopicList({ topics, onEdit, onDelete, onMute }: TopicListProps) {
  if (topics == null) return <p class="loading">{t('readerLoading')}</p>;
  if (topics.length === 0) return <p class="hint">{t('topicsEmpty')}</p>;
  return (
    <ul class="topic-list">
      {topics.map((tp) => (
        <li key={tp.id} data-testid="topic-row" class={tp.muted ? 'topic-row muted' : 'topic-row'}>
          <strong>{tp.name}</strong> <span class="hint">{tp.anyOf.join('、')}</span>
          {!!tp.mustHave?.length && <span class="hint"> +{tp.mustHave.join(' +')}</span>}
          {!!tp.exclude?.length && <span class="hint"> -{tp.exclude.join(' -')}</span>}
          <span class="hint">
            {' · '}
            {t(SCOPE_KEY[tp.scope])} · {tp.mode === 'word' ? t('topicModeWord') : t('topicModeSubstring')}
            {tp.newspapers?.length ? ` · ${tp.newspapers.join('、')}` : ''}
          </span>
          <span class="group-actions">
            <button type="button" class="link" onClick={() => onEdit(tp.id)}>
              {t('topicEdit')}
            </button>
            <button type="button" class="link" onClick={() => onMute(tp.id, !tp.muted)}>
              {tp.muted ? t('topicUnmute') : t('topicMute')}
            </button>
            <button type="button" class="link" data-testid="topic-delete" onClick={() => onDelete(tp.id)}>
              {t('topicDelete')}
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
