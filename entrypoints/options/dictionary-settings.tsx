import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { WordListEditor } from '@/components/keywords-word-list';
import { t } from '@/components/i18n';
import { openQubaoDb } from '@/lib/store';
import { getUserDictionary, getWatchedTerms, setUserDictionary, setWatchedTerms } from '@/lib/store/search-settings';
import { parseUserDictionary } from '@/lib/text/dictionaries';

/** Adds a word to the dictionary text (one entry per line, the format jieba's loader reads). */
export function addDictionaryWord(text: string, word: string): string {
  if (parseUserDictionary(text).some((e) => e.word === word)) return text;
  return (text.trim() ? `${text.trimEnd()}\n` : '') + word;
}

/** Removes every line whose entry is `word` (comments and other entries stay as written). */
export function removeDictionaryWord(text: string, word: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => parseUserDictionary(line)[0]?.word !== word)
    .join('\n');
}

/**
 * Options sections for the text engine: the user dictionary (loaded into jieba at every worker
 * start; the background is told to load it at once after a change) and the watched words.
 */
export function DictionarySettings() {
  const [dictionary, setDictionary] = useState('');
  const [watched, setWatched] = useState<string[]>([]);

  useEffect(() => {
    const db = openQubaoDb();
    getUserDictionary(db).then(setDictionary, () => undefined);
    getWatchedTerms(db).then(setWatched, () => undefined);
  }, []);

  const saveDictionary = useCallback(async (text: string) => {
    setDictionary(text);
    await setUserDictionary(openQubaoDb(), text);
    await browser.runtime.sendMessage({ type: 'text/dictionary-changed' }).catch(() => undefined);
  }, []);

  const saveWatched = useCallback(async (words: string[]) => {
    setWatched(await setWatchedTerms(openQubaoDb(), words));
  }, []);

  return (
    <>
      <WordListEditor
        heading={t('dictionaryHeading')}
        hint={t('dictionaryHint')}
        testId="dictionary"
        words={parseUserDictionary(dictionary).map((e) => e.word)}
        onAdd={(w) => void saveDictionary(addDictionaryWord(dictionary, w))}
        onRemove={(w) => void saveDictionary(removeDictionaryWord(dictionary, w))}
      />
      <WordListEditor
        heading={t('watchedHeading')}
        hint={t('watchedHint')}
        testId="watched"
        words={watched}
        onAdd={(w) => void saveWatched([...watched, w])}
        onRemove={(w) => void saveWatched(watched.filter((x) => x !== w))}
      />
    </>
  );
}
