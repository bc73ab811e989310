// Monthly service notices (服务检查通报): the inputs of `inspection.notices.*` (their statuses and typical-case
// tones are in enums.ts).
import { comparedText, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { TEXT_LIMITS } from './text-limits.ts';
import { byId, id, month, scopeMonth } from './common.ts';
import { CASE_TONES } from './enums.ts';

const commonProblem = z.object({
  itemCode: comparedText().max(20),
  itemTitle: text().max(100),
  sectionName: text().max(40),
  inspected: z.number().int().min(0),
  failed: z.number().int().min(0),
  failureRate: z.number().min(0).max(100),
  hallsAffected: z.number().int().min(0),
});

const typicalCase = z.object({
  inspectionId: text(),
  hallName: text().max(50),
  tone: z.enum(CASE_TONES),
  title: text().trim().min(1).max(TEXT_LIMITS.caseTitle),
  description: text().max(TEXT_LIMITS.caseDescription),
  photoIds: z.array(text()).max(9),
});

/** What the supervisor may change in a draft notice; the computed tables are not part of it. */
export const noticePatchInput = z.object({
  title: text().max(TEXT_LIMITS.noticeTitle).optional(),
  summary: text().max(TEXT_LIMITS.noticeSummary).optional(),
  commonProblems: z.array(commonProblem).max(20).optional(),
  typicalCases: z.array(typicalCase).max(20).optional(),
});

export const noticeInputs = {
  list: pageInput.extend({ month: month.nullish() }),
  get: byId,
  generate: scopeMonth,
  update: z.object({ id, patch: noticePatchInput }),
  publish: byId,
  export: byId,
};
