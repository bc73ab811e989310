// The Forms and approvals area's contract (表单与审批).
export * from './errors.ts';
export * from './approvals.ts';
export * from './approvals-errors.ts';
export * from './ui-schema.ts';
export * from './ui-schema-data.ts';
export * from './form-rules.ts';
export * from './form-rules-errors.ts';
export * from './template.ts';
export * from './template-errors.ts';
export * from './submission.ts';
export * from './submission-errors.ts';
export * from './submission-files.ts';
export * from './complaints.ts';
export * from './complaints-errors.ts';
export * from './policies.ts';
export * from './policies-errors.ts';
export * from './policy-document.ts';
