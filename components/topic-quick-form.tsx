import { useState } from 'preact/hooks';
import { parseTopicLine } from '@/lib/alerts/topic';
import { t } from './i18n';

export interface QuickTopic {
  name: string;
  anyOf: string[];
  mustHave: string[];
  exclude: string[];
}

export interface TopicQuickFormProps {
  /** Resolves with an error to show, or null when saved. */
  onSave: (topic: QuickTopic) => Promise<string | null>;
}

/**
 * A topic in a few clicks: a name and the terms on one line (`山阳镇 山阳 +规划 -中学`: plain
 * terms any-of, + must-have, - excluded). Without a name the first term names the topic.
 */
export function quickTopic(name: string, line: string): QuickTopic {
  const terms = parseTopicLine(line);
  return { name: name.trim() || terms.anyOf[0] || '', anyOf: terms.anyOf, mustHave: terms.mustHave ?? [], exclude: terms.exclude ?? [] };
}

export function TopicQuickForm({ onSave }: TopicQuickFormProps) {
  const [name, setName] = useState('');
  const [line, setLine] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const problem = await onSave(quickTopic(name, line)).catch((x: unknown) => String(x));
    setBusy(false);
    setError(problem);
    if (!problem) {
      setName('');
      setLine('');
    }
  };
  return (
    <form data-testid="topic-form" class="topic-form" onSubmit={submit}>
      <input data-testid="topic-name-input" placeholder={t('topicNamePlaceholder')} value={name} maxLength={40} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
      <input data-testid="topic-terms-input" placeholder={t('topicTermsPlaceholder')} value={line} maxLength={500} onInput={(e) => setLine((e.currentTarget as HTMLInputElement).value)} />
      <button type="submit" data-testid="topic-save" class="primary" disabled={busy || !line.trim()}>
        {t('topicAdd')}
      </button>
      {error && (
        <p class="form-error" role="alert" data-testid="topic-error">
          {error}
        </p>
      )}
    </form>
  );
}
