export * from './errors.ts';
export { commonErrors } from './common-errors.ts';
export * from './wire.ts';
export { recordingReceivedType, renderZodIssue, zodIssueParams, ZOD_CODE_PREFIX } from './zod-issues.ts';
export * from './paging.ts';
