// The exam editor's form: Moodle's defaults for a new exam, the form of a saved one, and what is sent.
import type { ExamKind, ExamSettings } from '@duda/contract-training';
import { currentMonth, monthRange } from '@duda/month';

export type ExamForm = Omit<ExamSettings, 'orgNodeId' | 'paperId' | 'opensAt' | 'closesAt'> & {
  orgNodeId: string | null;
  paperId: string | null;
  opensAt: Date | null;
  closesAt: Date | null;
};

const HOUR = 3_600_000;

/** The roles an exam may target: staff of the halls, and the district supervisors. */
export const SITTING_ROLES = [
  'clerk',
  'duty_manager',
  'manager_assistant',
  'hall_manager',
  'district_supervisor',
] as const satisfies readonly ExamSettings['target']['roles'][number][];

/** A new exam: this month, 09:00–11:00 China time on the 15th, one attempt, results after close. */
export function newExamForm(now: Date, kind: ExamKind = 'DISTRICT_WRITTEN'): ExamForm {
  const month = currentMonth(now);
  const fifteenth = monthRange(month).start.getTime() + 14 * 24 * HOUR;
  return {
    title: '',
    kind,
    month,
    orgNodeId: null,
    paperId: null,
    target: { orgNodeIds: [], roles: ['clerk'], personIds: [] },
    opensAt: new Date(fifteenth + 9 * HOUR),
    closesAt: new Date(fifteenth + 11 * HOUR),
    timeLimitMinutes: 60,
    attemptsAllowed: 1,
    gradingMethod: 'HIGHEST',
    overdueHandling: 'AUTOSUBMIT',
    graceMinutes: 0,
    passMark: 60,
    reviewRule: 'AFTER_CLOSE',
    reviewAt: null,
    multipleChoiceScoring: 'ALL_OR_NOTHING',
    retakeOfId: null,
  };
}

/**
 * What the form sends; fields that only one mode uses are cleared for the others (grace minutes, the release date,
 * the exam retaken), so switching a mode back and forth never leaves a stale value the server would refuse.
 */
export function toExamInput(form: ExamForm) {
  return {
    ...form,
    title: form.title.trim(),
    orgNodeId: form.orgNodeId ?? '',
    paperId: form.paperId ?? '',
    opensAt: form.opensAt ?? new Date(Number.NaN),
    closesAt: form.closesAt ?? new Date(Number.NaN),
    graceMinutes: form.overdueHandling === 'GRACE_PERIOD' ? form.graceMinutes : 0,
    reviewAt: form.reviewRule === 'ON_DATE' ? form.reviewAt : null,
    retakeOfId: form.kind === 'RETAKE' ? form.retakeOfId : null,
  };
}

/** The form of a saved exam. */
export function formOf(exam: ExamForm & { retakeOf?: { id: string } | null }): ExamForm {
  return {
    title: exam.title,
    kind: exam.kind,
    month: exam.month,
    orgNodeId: exam.orgNodeId,
    paperId: exam.paperId,
    target: {
      orgNodeIds: [...exam.target.orgNodeIds],
      roles: [...exam.target.roles],
      personIds: [...exam.target.personIds],
    },
    opensAt: exam.opensAt,
    closesAt: exam.closesAt,
    timeLimitMinutes: exam.timeLimitMinutes,
    attemptsAllowed: exam.attemptsAllowed,
    gradingMethod: exam.gradingMethod,
    overdueHandling: exam.overdueHandling,
    graceMinutes: exam.graceMinutes,
    passMark: exam.passMark,
    reviewRule: exam.reviewRule,
    reviewAt: exam.reviewAt,
    multipleChoiceScoring: exam.multipleChoiceScoring,
    retakeOfId: exam.retakeOf?.id ?? exam.retakeOfId ?? null,
  };
}
