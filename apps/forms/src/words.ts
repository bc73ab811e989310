// The area's terms (forms.templateStatus.*, forms.approvalStatus.* …) and the service's worded refusals in the
// portal language, from the contract's catalogs: the pages and the service say the same words.
import { messageFor } from '@duda/contract-kit';
import { formsCatalogs } from '@duda/contract-forms';
import { useI18n } from 'vue-i18n';
import { localeOf } from './renderer/fieldModel.ts';

/** `term('templateStatus', 'DRAFT')` → 草稿 / Draft, following the portal language. */
export function useWords() {
  const { locale } = useI18n();
  return {
    term: (group: string, key: string) =>
      messageFor(formsCatalogs, `forms.${group}.${key}`, {}, localeOf(locale.value)) ?? key,
  };
}

/** Design-system tones of the area's statuses. */
export const STATUS_TONES: Record<string, string> = {
  DRAFT: 'draft',
  PUBLISHED: 'published',
  RETIRED: 'archived',
  SUBMITTED: 'submitted',
  IN_PROGRESS: 'in_progress',
  APPROVED: 'approved',
  REJECTED: 'rejected',
  RETURNED: 'rejected',
  WITHDRAWN: 'cancelled',
};
