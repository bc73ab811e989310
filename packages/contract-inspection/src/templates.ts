// Checklist standards (检查标准): the inputs of `inspection.templates.*` (their kinds, version statuses, scoring
// modes and severities are in enums.ts). "Template" is the word on the wire and in the code; the pages call them 检查标准.
import { comparedText, text } from '@duda/contract-kit';
import { z } from 'zod';
import { TEXT_LIMITS } from './text-limits.ts';
import { byId, id } from './common.ts';
import { CHECKLIST_KINDS, PHOTO_WHEN, SCORING_MODES, SEVERITIES } from './enums.ts';

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
