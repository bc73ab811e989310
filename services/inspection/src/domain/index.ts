// The inspection domain (服务检查) the server alone runs: plain functions, no storage or transport. The rules a
// page runs too (scoring, validation, checklist weights) are in @duda/contract-inspection.
export * from './cross-inspection.ts';
export * from './defect-library.ts';
export * from './month-archive.ts';
export * from './monthly-notice.ts';
export * from './notice-workflow.ts';
export * from './plan.ts';
export * from './plan-completion.ts';
export * from './plan-entries.ts';
export * from './plan-workflow.ts';
export * from './queue-warning.ts';
export * from './ranking.ts';
export * from './rectification.ts';
export * from './rectification-policy.ts';
export * from './rest-passes.ts';
export * from './score-aggregation.ts';
export * from './short-staves.ts';
export * from './starting-templates.ts';
export * from './template-versioning.ts';
