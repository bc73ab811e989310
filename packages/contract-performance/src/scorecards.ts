// `performance.months`, `performance.scorecards`: the monthly run, each person's scorecard with its evidence, the
// self → superior assessment, adjustments with a reason, the city's sign-off and HR's export.
import { commonErrors, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { monthInput } from './library.ts';
import { GRADES } from './scoring.ts';
import { scorecardsErrors } from './scorecards-errors.ts';

const id = z.uuid({ error: commonErrors.invalidId.code });
const comment = text().trim().max(1000);

export const SCORECARD_STATUSES = ['COMPUTED', 'SELF_ASSESSED', 'ASSESSED'] as const;
export type ScorecardStatus = (typeof SCORECARD_STATUSES)[number];
export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;

/**
 * What backs one figure (the evidence trail): the records it was computed from, each with the page that opens it
 * in its own area's remote (`/inspection/inspections/<id>`), or the person who entered it.
 */
export interface Evidence {
  /**
   * IMPORT: a row of an imported file (满意率), the file and row in the title. SKILL_TEST: a handling exercise (技能测试);
   * REQUIRED_READING: a required item not read by its deadline; COMPLAINTS: a month's complaints in forms;
   * DUTY_RATE: the portal's count of the person's duties (必做) of the month.
   */
  kind:
    | 'INSPECTION'
    | 'RECTIFICATION_ORDER'
    | 'EXAM_ATTEMPT'
    | 'EXAM'
    | 'ENTERED'
    | 'IMPORT'
    | 'SKILL_TEST'
    | 'REQUIRED_READING'
    | 'COMPLAINTS'
    | 'DUTY_RATE';
  id: string;
  title: string;
  /** The figure this record contributed (its score, 1 for an overdue order …). */
  figure: number | null;
  /** Portal path of its page, or null when it has none. */
  link: string | null;
  /**
   * Only on one's own scorecard, for a record one's role may not read (the inspection and order behind a clerk's
   * deduction): the grant its area accepts, as `?grant=` beside the link, for this record alone.
   */
  grant?: string;
  /**
   * DUTY_RATE only: when the portal counted the figure (an ISO instant) and whether the month had closed by then
   * (月末已结) or the figure is as far as the month had got.
   */
  counted?: { at: string; final: boolean };
}

export const monthInputs = {
  /**
   * Records a run of an open month (pull every source, (re)compute the city's scorecards) and queues it; the answer
   * is the run (`performance.months.runStatus` follows it), or the one already queued or running.
   */
  run: z.object({ month: monthInput }),
  /** The city month's state and its grade distribution against the guideline. */
  get: z.object({ month: monthInput }),
  signOff: z.object({ month: monthInput }),
  /** HR's file of a signed-off month: person, 工号, org, score, grade, deductions with reasons. */
  export: z.object({ month: monthInput, format: z.enum(EXPORT_FORMATS).default('xlsx') }),
};

export const scorecardInputs = {
  /** A month's scorecards in the caller's scope, narrowed to a unit (city, district or hall), a step, a grade or a name. */
  list: pageInput.extend({
    month: monthInput,
    hallId: id.nullish(),
    orgNodeId: id.nullish(),
    status: z.enum(SCORECARD_STATUSES).nullish(),
    grade: z.enum(GRADES).nullish(),
    search: text().trim().max(40).nullish(),
  }),
  get: z.object({ id }),
  /** 自评: the person's own view before the superior's. */
  selfAssess: z.object({ id, comment }),
  /**
   * 上级评: the figures performance keeps itself (manual, entered), each with the superior's comment on it if any
   * (shown beside the figure), and the superior's comment on the whole.
   */
  assess: z.object({
    id,
    values: z
      .array(
        z.object({
          kpiId: id,
          value: z.number().finite().min(-1_000_000).max(1_000_000),
          comment: text().trim().max(200).nullish(),
        }),
      )
      .max(30),
    comment,
  }),
  /** 加减分: added beside the computed figure, never over it. */
  adjust: z.object({
    id,
    points: z
      .number()
      .finite()
      .min(-100)
      .max(100)
      .refine((points) => points !== 0, { error: scorecardsErrors.adjustmentZero.code }),
    reason: text().trim().min(1, { error: scorecardsErrors.reasonRequired.code }).max(500),
  }),
};
