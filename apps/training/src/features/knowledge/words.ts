// The knowledge base's terms (training.articleStatus.*, training.readingState.*) in the portal language, from the
// contract's catalogs, so the pages and the service say the same words.
import { messageFor, type Locale } from '@duda/contract-kit';
import { trainingCatalogs } from '@duda/contract-training';
import { useI18n } from 'vue-i18n';

export function useWords() {
  const { locale } = useI18n();
  const lang = (): Locale => (locale.value === 'en' ? 'en' : 'zh-CN');
  return {
    term: (group: string, key: string) =>
      messageFor(trainingCatalogs, `training.${group}.${key}`, {}, lang()) ?? key,
  };
}

/** The reading states as status tags of the design system. */
export const READING_TONES = { UNOPENED: 'draft', OPENED: 'pending', FINISHED: 'pass' } as const;
/** The required-reading outcomes likewise. */
export const OUTCOME_TONES = { PENDING: 'pending', UNREAD: 'overdue', FINISHED: 'pass' } as const;
