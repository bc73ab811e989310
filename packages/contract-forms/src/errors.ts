// What the Forms and approvals service refuses, as codes with parameters; the portal words them in zh-CN or English.
import { defineErrors } from '@duda/contract-kit';
import { approvalsCatalogs } from './approvals-errors.ts';
import { formRuleErrors, formSchemaErrors } from './form-rules-errors.ts';
import { formsSubmissionErrors, submissionStatusTerms } from './submission-errors.ts';
import { formsTemplateErrors, templateStatusTerms, uiSchemaProblemTerms } from './template-errors.ts';

export const formsErrors = defineErrors('forms', {
  manageDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权为该单位登记',
    en: 'You may not add entries for this org unit.',
  },
  titleRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写标题', en: 'Enter a title.' },
});

/** What a page registers so this area's refusals read in the portal language. */
export const formsCatalogs = [
  formsErrors.catalog,
  ...approvalsCatalogs,
  formsTemplateErrors.catalog,
  templateStatusTerms.catalog,
  uiSchemaProblemTerms.catalog,
  formsSubmissionErrors.catalog,
  submissionStatusTerms.catalog,
  formRuleErrors.catalog,
  formSchemaErrors.catalog,
];
