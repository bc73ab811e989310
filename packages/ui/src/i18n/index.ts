export {
  createDudaI18n,
  defaultLocale,
  i18n,
  isDudaLocale,
  LOCALE_STORAGE_KEY,
  registerMessages,
  supportedLocales,
} from './i18n.ts';
export type { DudaLocale, LocaleMessagesInput } from './i18n.ts';
export type { DudaMessages } from './messages/zh-CN.ts';
export { useLocale } from './useLocale.ts';
