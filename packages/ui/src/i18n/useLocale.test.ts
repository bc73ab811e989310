import { afterEach, describe, expect, it } from 'vitest';
import { createDudaI18n, i18n, LOCALE_STORAGE_KEY } from './i18n.ts';
import { useLocale } from './useLocale.ts';

describe('useLocale', () => {
  afterEach(() => {
    useLocale().setLocale('zh-CN');
    localStorage.clear();
  });

  it('defaults to zh-CN with the Chinese Element Plus locale', () => {
    const { locale, elementLocale } = useLocale();
    expect(locale.value).toBe('zh-CN');
    expect(elementLocale.value.name).toBe('zh-cn');
    expect(i18n.global.t('duda.filterBar.search')).toBe('查询');
  });

  it('switches the shared instance, Element Plus locale and <html lang>, and persists the choice', () => {
    const { locale, elementLocale, setLocale } = useLocale();
    setLocale('en');
    expect(locale.value).toBe('en');
    expect(elementLocale.value.name).toBe('en');
    expect(i18n.global.t('duda.filterBar.search')).toBe('Search');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
  });

  it('starts a new instance in the stored language, ignoring values it does not support', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    expect(createDudaI18n().global.locale.value).toBe('en');
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    expect(createDudaI18n().global.locale.value).toBe('zh-CN');
  });
});
