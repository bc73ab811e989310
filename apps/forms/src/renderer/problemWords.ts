// The renderer's problems in the portal's language: form-rule refusals from the area's catalog (the same words
// the service sends), JSON Schema problems from the renderer's texts.
import { messageFor } from '@duda/contract-kit';
import { formsCatalogs } from '@duda/contract-forms';
import { useI18n } from 'vue-i18n';
import { localeOf } from './fieldModel.ts';
import type { ProblemWords } from './formProblems.ts';

export function useProblemWords(): ProblemWords {
  const { t, locale } = useI18n();
  return {
    rule: (issue) =>
      messageFor(formsCatalogs, issue.code, (issue.params ?? {}) as never, localeOf(locale.value)) ??
      issue.code,
    schema: (problem, label) => t(`forms.renderer.problem.${problem.code}`, { label, limit: problem.limit }),
  };
}
