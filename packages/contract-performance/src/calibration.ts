// `performance.calibration` (等级与校准): the city's grading rules (bands, the distribution guideline and whether
// grades are held to it, the appeal window), and per district the distribution against the guideline, the
// score/grade grid, grade moves with a reason, and the lock that fixes the results.
import { commonErrors, text } from '@duda/contract-kit';
import { z } from 'zod';
import { calibrationErrors } from './calibration-errors.ts';
import { monthInput } from './library.ts';
import { GRADES } from './scoring.ts';

const id = z.uuid({ error: commonErrors.invalidId.code });
const percent = z.number().finite().min(0).max(100);

/** BANDS: a score's band is its grade. DISTRIBUTION: the bands, then held to the guideline (domain/calibration.ts). */
export const GRADE_METHODS = ['BANDS', 'DISTRIBUTION'] as const;
export type GradeMethod = (typeof GRADE_METHODS)[number];

export const calibrationInputs = {
  settings: z.object({}),
  saveSettings: z.object({
    bands: z.object({ excellent: percent, good: percent, pass: percent }),
    guideline: z.object({ excellentMax: percent, failMin: percent }),
    method: z.enum(GRADE_METHODS),
    appealWindowDays: z
      .number()
      .int({ error: calibrationErrors.windowDays.code })
      .min(1, { error: calibrationErrors.windowDays.code })
      .max(60, { error: calibrationErrors.windowDays.code }),
  }),
  /** The districts the caller calibrates, with their month's state. */
  districts: z.object({ month: monthInput }),
  view: z.object({ month: monthInput, districtId: id }),
  move: z.object({
    scorecardId: id,
    grade: z.enum(GRADES),
    reason: text().trim().min(1, { error: calibrationErrors.reasonRequired.code }).max(500),
  }),
  lock: z.object({ month: monthInput, districtId: id }),
};
