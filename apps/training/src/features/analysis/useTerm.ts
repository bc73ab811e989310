import type { MessageCatalog } from '@duda/contract-kit';
import { useI18n } from 'vue-i18n';

/** Words a contract term (a flag, a status, an exam kind) in the portal's language. */
export function useTerm(terms: { catalog: MessageCatalog }, area: string) {
  const { locale } = useI18n();
  return (key: string) => terms.catalog[`${area}.${key}`]?.[locale.value === 'en' ? 'en' : 'zh-CN'] ?? key;
}
