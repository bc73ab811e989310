// The area's terms (training.examKind.*, training.examPhase.* …) and the service's worded refusals in the portal
// language, from the contract's catalogs: the pages and the service say the same words.
import { messageFor, type Locale } from '@duda/contract-kit';
import { trainingCatalogs } from '@duda/contract-training';
import { useI18n } from 'vue-i18n';

export interface Worded {
  code: string;
  params?: Record<string, unknown>;
}

/** Words a code with parameters in a locale; the code itself when no catalog knows it. */
export function wordIn(locale: string, worded: Worded): string {
  const lang: Locale = locale === 'en' ? 'en' : 'zh-CN';
  return messageFor(trainingCatalogs, worded.code, (worded.params ?? {}) as never, lang) ?? worded.code;
}

/** `term('examKind', 'RETAKE')` → 补考 / Retake, following the portal language. */
export function useWords() {
  const { locale } = useI18n();
  return {
    term: (group: string, key: string) => wordIn(locale.value, { code: `training.${group}.${key}` }),
    word: (worded: Worded) => wordIn(locale.value, worded),
  };
}

/** Status tones of the design system, by the area's statuses and phases. */
export const TONES: Record<string, string> = {
  DRAFT: 'draft',
  PUBLISHED: 'published',
  RETIRED: 'archived',
  SCHEDULED: 'pending',
  OPEN: 'open',
  CLOSED: 'closed',
  CANCELLED: 'cancelled',
  NOT_STARTED: 'pending',
  IN_PROGRESS: 'in_progress',
  SUBMITTED: 'submitted',
};
