// Checklist standards (检查标准): the kinds, version statuses, scoring modes and severities, and the inputs
// of `inspection.templates.*`. "Template" is the word on the wire and in the code; the pages call them 检查标准.
import { comparedText, text } from '@duda/contract-kit';
import { z } from 'zod';
import { TEXT_LIMITS } from './text-limits.ts';
import { byId, id } from './common.ts';

/** STANDARD: 检查标准 used by supervisors; DAILY: 日检表 the hall manager walks twice a day. */
export const CHECKLIST_KINDS = ['STANDARD', 'DAILY'] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

/** Only a PUBLISHED version can be used for new inspections; RETIRED versions stay readable for history. */
export const TEMPLATE_STATUSES = ['DRAFT', 'PUBLISHED', 'RETIRED'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

/** PASS_FAIL: 合格/不合格; POINTS: whole points from 0 to maxPoints (e.g. a 0–5 rating). */
export const SCORING_MODES = ['PASS_FAIL', 'POINTS'] as const;
export type ScoringMode = (typeof SCORING_MODES)[number];

/** How urgently a problem on this item must be rectified (整改紧急程度), most urgent first. */
export const SEVERITIES = ['CRITICAL', 'MAJOR', 'MINOR'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * When an item that asks for evidence (拍照留证) needs its photo: ALWAYS, whatever the result; ON_PROBLEM, only when
 * it is a problem (不合格 or below full points), so a passing item costs no photo. Versions saved before the
 * setting existed have none and mean ALWAYS, as they did.
 */
export const PHOTO_WHEN = ['ALWAYS', 'ON_PROBLEM'] as const;
export type PhotoWhen = (typeof PHOTO_WHEN)[number];

export const checklistItemInput = z.object({
  code: comparedText().trim().min(1).max(20),
  title: text().trim().min(1).max(TEXT_LIMITS.itemTitle),
  guidance: text().trim().max(TEXT_LIMITS.itemGuidance).default(''),
  weight: z.number().min(0).max(100),
  scoringMode: z.enum(SCORING_MODES),
  maxPoints: z.number().int().min(1).max(100).nullable(),
  allowNotApplicable: z.boolean(),
  veto: z.boolean(),
  photoRequired: z.boolean(),
  photoWhen: z.enum(PHOTO_WHEN).default('ALWAYS'),
  severity: z.enum(SEVERITIES),
});

/** A draft's content as the editor sends it; the publishing rules are `validateTemplateContent`. */
export const templateContentInput = z.object({
  name: comparedText().trim().min(1).max(TEXT_LIMITS.templateName),
  kind: z.enum(CHECKLIST_KINDS),
  passLine: z.number().min(0).max(100),
  sections: z
    .array(
      z.object({
        code: comparedText().trim().min(1).max(20),
        name: text().trim().min(1).max(TEXT_LIMITS.sectionName),
        items: z.array(checklistItemInput).max(100),
      }),
    )
    .min(1)
    .max(20),
});

export const templateInputs = {
  list: z
    .object({
      kind: z.enum(CHECKLIST_KINDS).nullish(),
      includeRetired: z.boolean().default(false),
    })
    .default({ includeRetired: false }),
  get: byId,
  createDraft: z.object({ fromId: id }),
  updateDraft: z.object({ id, content: templateContentInput }),
  publish: byId,
};
