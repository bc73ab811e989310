// What the Forms and approvals service refuses, as codes with parameters; the portal words them in zh-CN or English.
import { approvalsCatalogs } from './approvals-errors.ts';
import { complaintsCatalogs } from './complaints-errors.ts';
import { policiesCatalogs } from './policies-errors.ts';
import { formRuleErrors, formSchemaErrors } from './form-rules-errors.ts';
import { formsSubmissionErrors, submissionStatusTerms } from './submission-errors.ts';
import { formsTemplateErrors, templateStatusTerms, uiSchemaProblemTerms } from './template-errors.ts';

/** What a page registers so this area's refusals read in the portal language. */
export const formsCatalogs = [
  ...approvalsCatalogs,
  ...complaintsCatalogs,
  ...policiesCatalogs,
  formsTemplateErrors.catalog,
  templateStatusTerms.catalog,
  uiSchemaProblemTerms.catalog,
  formsSubmissionErrors.catalog,
  submissionStatusTerms.catalog,
  formRuleErrors.catalog,
  formSchemaErrors.catalog,
];
