import { computed } from 'vue';
import elementEn from 'element-plus/es/locale/lang/en';
import elementZhCn from 'element-plus/es/locale/lang/zh-cn';
import { i18n, LOCALE_STORAGE_KEY, supportedLocales } from './i18n.ts';
import type { DudaLocale } from './i18n.ts';

const elementLocales = { 'zh-CN': elementZhCn, en: elementEn } satisfies Record<DudaLocale, unknown>;

export function applyDocumentLanguage(locale: DudaLocale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Current language of the whole portal; usable outside components (router guards, services) too. */
export function useLocale() {
  const locale = computed(() => i18n.global.locale.value as DudaLocale);
  const elementLocale = computed(() => elementLocales[locale.value]);

  function setLocale(next: DudaLocale): void {
    i18n.global.locale.value = next;
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, next);
    applyDocumentLanguage(next);
  }

  return { locale, setLocale, elementLocale, supportedLocales };
}
