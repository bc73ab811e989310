// Which exam may be a plan's targeted exam (考核考试, #11's closed loop: found → trained → tested). Pure. The exam
// tests what the plan trains, so it is for the plan's unit or a unit containing it (a hall's plan: the hall's,
// its district's or the city's exam; a district's plan: the district's or the city's), and it sits in the plan's
// month or the month after (training in the month, the exam at its end or early next month). A cancelled exam
// tests nobody.
import { addMonths } from '@duda/month';
import type { ExamTarget } from '@duda/contract-training';

export interface PlanForExam {
  /** The plan's unit and the units above it. */
  orgPath: readonly string[];
  month: string;
}

export interface ExamForPlan {
  orgNodeId: string;
  target: Pick<ExamTarget, 'orgNodeIds'>;
  month: string;
  status: 'DRAFT' | 'PUBLISHED' | 'CANCELLED';
}

export type TargetedExamRefusal = 'examCancelled' | 'examNotForUnit' | 'examOutsideMonth';

/** The units an exam is for: its target's org nodes, or the node it is held for when it names roles or people only. */
export const unitsOfExam = (exam: Pick<ExamForPlan, 'orgNodeId' | 'target'>): readonly string[] =>
  exam.target.orgNodeIds?.length ? exam.target.orgNodeIds : [exam.orgNodeId];

/** The months a plan's targeted exam may sit in. */
export const examMonthsOf = (plan: Pick<PlanForExam, 'month'>): [string, string] => [
  plan.month,
  addMonths(plan.month, 1),
];

/** Why the exam cannot be the plan's targeted exam, or null when it can. */
export function targetedExamRefusal(plan: PlanForExam, exam: ExamForPlan): TargetedExamRefusal | null {
  if (exam.status === 'CANCELLED') return 'examCancelled';
  if (!unitsOfExam(exam).some((unit) => plan.orgPath.includes(unit))) return 'examNotForUnit';
  if (!examMonthsOf(plan).includes(exam.month)) return 'examOutsideMonth';
  return null;
}
