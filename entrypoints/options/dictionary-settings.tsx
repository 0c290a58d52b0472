import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { WordListEditor } from '@/components/keywords-word-list';
import { t } from '@/components/i18n';
import { openQubaoDb } from '@/lib/store';
import { getUserDictionary, getWatchedTerms, setUserDictionary, setWatchedTerms } from '@/lib/store/search-settings';

// lib/text/dictionaries (parseUserDictionary) pulls the 580 kB gazetteer into whatever imports
// it; the options page only needs the word each line starts with. The background parses and
// validates the text in full when it loads it.
const entryWord = (line: string): string | null => {
  const trimmed = line.trim();
  return !trimmed || trimmed.startsWith('#') ? null : (trimmed.split(/[\s\u3000]+/)[0] ?? null);
};

/** The words of the dictionary text, in order, each once. */
export function dictionaryWords(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).map(entryWord).filter((w): w is string => !!w))];
}

/** Adds a word to the dictionary text (one entry per line, the format jieba's loader reads). */
export function addDictionaryWord(text: string, word: string): string {
  if (dictionaryWords(text).includes(word)) return text;
  return (text.trim() ? `${text.trimEnd()}\n` : '') + word;
}

/** Removes every line whose entry is `word` (comments and other entries stay as written). */
export function removeDictionaryWord(text: string, word: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => entryWord(line) !== word)
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
        words={dictionaryWords(dictionary)}
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
