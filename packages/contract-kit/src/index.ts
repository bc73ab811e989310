export * from './errors.ts';
export { commonErrors, commonTerms, monthTerm } from './common-errors.ts';
export * from './wire.ts';
export { defineFieldLabels, fieldLabelOf, labelledDetail } from './field-labels.ts';
export { recordingReceivedType, renderZodIssue, zodIssueParams, ZOD_CODE_PREFIX } from './zod-issues.ts';
export * from './paging.ts';
export { comparedText, isStorableText, text } from './text.ts';
export * from './pending.ts';
export { coercedMoment, moment, MOMENT_RANGE } from './moment.ts';
