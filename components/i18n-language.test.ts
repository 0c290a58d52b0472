// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_KEY, chosenLanguage, setChosenLanguage, t, uiLanguage } from './i18n';

afterEach(() => setChosenLanguage(null));

describe('i18n language chosen in options', () => {
  it('English overrides the browser, Chinese back, and none follows the browser', () => {
    setChosenLanguage('en');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en');
    expect(t('readerPrev', '甲')).toBe('Previous: 甲');
    expect(uiLanguage()).toBe('en');
    setChosenLanguage('zh_CN');
    expect(t('readerPrev', '甲')).toBe('上一篇：甲');
    setChosenLanguage(null);
    expect(localStorage.getItem(LANGUAGE_KEY)).toBeNull();
    expect(chosenLanguage()).toBeNull();
    expect(t('readerPrev', '甲')).toBe('上一篇：甲');
  });
});
