import { useState } from 'preact/hooks';
import { t } from './i18n';

export interface WordListEditorProps {
  heading: string;
  hint: string;
  words: string[];
  onAdd: (word: string) => void;
  onRemove: (word: string) => void;
  /** Prefix of the data-testids: `${testId}-input`, `${testId}-add`, `${testId}-word`. */
  testId: string;
}

/** A list of words with an add box and a remove button per word (options: dictionary, watched words). */
export function WordListEditor({ heading, hint, words, onAdd, onRemove, testId }: WordListEditorProps) {
  const [draft, setDraft] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    const word = draft.trim();
    if (!word) return;
    onAdd(word);
    setDraft('');
  };
  return (
    <section class="dictionary" data-testid={testId}>
      <h2>{heading}</h2>
      <p class="hint">{hint}</p>
      <form onSubmit={submit}>
        <input data-testid={`${testId}-input`} aria-label={`${heading}：${t('wordPlaceholder')}`} value={draft} maxLength={30} placeholder={t('wordPlaceholder')} onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} />{' '}
        <button type="submit" data-testid={`${testId}-add`}>
          {t('wordAdd')}
        </button>
      </form>
      <ul>
        {words.map((w) => (
          <li key={w} data-testid={`${testId}-word`}>
            {w}
            <button type="button" aria-label={t('wordRemove', w)} title={t('wordRemove', w)} onClick={() => onRemove(w)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
