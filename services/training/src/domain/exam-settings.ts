// The rules an exam's settings keep (考试设置), and whether an examinee may see their result yet (review rule).
import type { AppError } from '@duda/contract-kit';
import { examsErrors, type ExamSettings, type PaperStatus, type ReviewRule } from '@duda/contract-training';

export interface PaperForExam {
  title: string;
  status: PaperStatus;
  totalPoints: number;
}

const MINUTE = 60_000;

/** Every broken rule of the settings, each with the field it is about; empty when they can be saved. */
export function examSettingsProblems(
  settings: Omit<ExamSettings, 'title' | 'month' | 'orgNodeId' | 'paperId'>,
  paper: PaperForExam,
): AppError[] {
  const problems: AppError[] = [];
  const windowMinutes = Math.floor((settings.closesAt.getTime() - settings.opensAt.getTime()) / MINUTE);
  if (windowMinutes <= 0) problems.push(examsErrors.closesBeforeOpens({}, 'closesAt'));
  else if (settings.timeLimitMinutes > windowMinutes)
    problems.push(
      examsErrors.timeLimitExceedsWindow(
        { minutes: settings.timeLimitMinutes, window: windowMinutes },
        'timeLimitMinutes',
      ),
    );
  if (settings.overdueHandling === 'GRACE_PERIOD') {
    if (settings.graceMinutes <= 0) problems.push(examsErrors.graceRequired({}, 'graceMinutes'));
  } else if (settings.graceMinutes > 0)
    problems.push(examsErrors.graceOnlyWithGracePeriod({}, 'graceMinutes'));
  if (settings.reviewRule === 'ON_DATE') {
    if (!settings.reviewAt) problems.push(examsErrors.reviewDateRequired({}, 'reviewAt'));
    else if (settings.reviewAt < settings.opensAt)
      problems.push(examsErrors.reviewDateBeforeOpen({}, 'reviewAt'));
  } else if (settings.reviewAt) problems.push(examsErrors.reviewDateOnlyOnDate({}, 'reviewAt'));
  if (paper.status !== 'PUBLISHED')
    problems.push(examsErrors.paperNotPublished({ title: paper.title }, 'paperId'));
  if (settings.passMark > paper.totalPoints)
    problems.push(
      examsErrors.passMarkAboveTotal({ passMark: settings.passMark, total: paper.totalPoints }, 'passMark'),
    );
  if (settings.kind !== 'RETAKE' && settings.retakeOfId)
    problems.push(examsErrors.retakeOfOnlyForRetake({}, 'retakeOfId'));
  const { orgNodeIds, roles, personIds } = settings.target;
  if (orgNodeIds.length + roles.length + personIds.length === 0)
    problems.push(examsErrors.targetEmpty({}, 'target'));
  return problems;
}

/** Whether an examinee may see their score and the correct answers now. */
export function reviewAllowed(
  exam: { reviewRule: ReviewRule; reviewAt: Date | null; closesAt: Date },
  submitted: boolean,
  now: Date,
): boolean {
  switch (exam.reviewRule) {
    case 'IMMEDIATELY':
      return submitted;
    case 'AFTER_CLOSE':
      return now >= exam.closesAt;
    case 'ON_DATE':
      return exam.reviewAt !== null && now >= exam.reviewAt;
    case 'NEVER':
      return false;
  }
}
