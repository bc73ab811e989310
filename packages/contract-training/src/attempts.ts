// Taking an exam (答题): the inputs of `training.attempts.*` and what they refuse.
//
// One device per attempt: the browser that starts an attempt holds it; another device is refused (never takes
// over silently). To move to another device the examinee asks a trainer, who releases the attempt
// (`attempts.releaseDevice`); the next device to open the exam then holds it, with every saved answer.
import { text } from '@duda/contract-kit';
import { z } from 'zod';
import { id } from './common.ts';
import { questionResponse } from './questions.ts';

/** A browser's own id, kept in its localStorage: the one device an attempt accepts answers from. */
export const deviceId = text().trim().min(8).max(100);
/** 1-based position of a question in the attempt. */
export const slotNumber = z.number().int().min(1).max(500);

export const attemptInputs = {
  start: z.object({ examId: id, deviceId }),
  get: z.object({ attemptId: id }),
  save: z.object({
    attemptId: id,
    deviceId,
    slot: slotNumber,
    /** The page's counter of changes; a save with a lower or equal seq than the stored one changes nothing. */
    seq: z.number().int().min(0).max(2_147_483_647),
    response: questionResponse,
  }),
  submit: z.object({ attemptId: id, deviceId }),
  reportFocusLoss: z.object({ attemptId: id, deviceId, count: z.number().int().min(1).max(100).default(1) }),
  mine: z.object({ examId: id.nullish() }),
  result: z.object({ attemptId: id }),
  ofExam: z.object({ examId: id }),
  releaseDevice: z.object({ attemptId: id }),
};
