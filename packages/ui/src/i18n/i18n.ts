import { createI18n } from 'vue-i18n';
import type { LocaleMessageDictionary } from 'vue-i18n';
import en from './messages/en.ts';
import zhCN from './messages/zh-CN.ts';

export const supportedLocales = ['zh-CN', 'en'] as const;
export type DudaLocale = (typeof supportedLocales)[number];

export const defaultLocale: DudaLocale = 'zh-CN';
export const LOCALE_STORAGE_KEY = 'duda.locale';

export function isDudaLocale(value: unknown): value is DudaLocale {
  return supportedLocales.includes(value as DudaLocale);
}

function readStoredLocale(): DudaLocale {
  const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
  return isDudaLocale(stored) ? stored : defaultLocale;
}

export function createDudaI18n(locale: DudaLocale = readStoredLocale()) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: defaultLocale,
    messages: { 'zh-CN': zhCN, en },
  });
}

/**
 * The one instance the shell and every remote share (Module Federation loads `@duda/ui` as a singleton),
 * so switching language in the shell header re-renders the remotes too.
 */
export const i18n = createDudaI18n();

export type LocaleMessagesInput = Partial<Record<DudaLocale, LocaleMessageDictionary<unknown>>>;

/** Lets a remote add its own messages to the shared instance; existing keys are deep-merged, not replaced. */
export function registerMessages(messages: LocaleMessagesInput): void {
  for (const locale of supportedLocales) {
    const dictionary = messages[locale];
    if (dictionary) i18n.global.mergeLocaleMessage(locale, dictionary);
  }
}
