import { useEffect, useState } from 'preact/hooks';
import { TOPIC_LIMITS } from '@/lib/alerts/topic';
import { t } from './i18n';

export interface TopicFromSelectionProps {
  /** Creates a topic for the word; resolves with an error to show, or null. */
  onWatch: (word: string) => Promise<string | null>;
  /** Where selections count (the reader's body); default the whole document. */
  within?: () => Element | null;
}

/** The selected text if it can be a topic term: one line, 2–TOPIC_LIMITS.termLength characters. */
export function selectedTerm(text: string | null | undefined): string | null {
  const s = (text ?? '').trim();
  if (!s || /\n/.test(s)) return null;
  const n = Array.from(s).length;
  return n >= 2 && n <= TOPIC_LIMITS.termLength ? s : null;
}

/** "关注这个词": a bar that appears while a word is selected in the reader. */
export function TopicFromSelection({ onWatch, within }: TopicFromSelectionProps) {
  const [word, setWord] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    const update = () => {
      const sel = document.getSelection();
      const area = within?.();
      if (area && sel?.anchorNode && !area.contains(sel.anchorNode)) return;
      const next = selectedTerm(sel?.toString());
      if (next) {
        setWord(next);
        setNotice(null);
      }
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [within]);
  if (!word && !notice) return null;
  const watch = async () => {
    if (!word) return;
    const problem = await onWatch(word).catch((e: unknown) => String(e));
    setNotice(problem ?? t('watchWordDone', word));
    if (!problem) setWord(null);
  };
  return (
    <div class="watch-selection" role="toolbar">
      {word && (
        <button type="button" data-testid="watch-selection" onClick={watch}>
          {t('watchWord', word)}
        </button>
      )}
      {notice && <span class="notice">{notice}</span>}
    </div>
  );
}
