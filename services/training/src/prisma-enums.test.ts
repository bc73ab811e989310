// Prisma keeps its own enum declarations in schema.prisma; the contract's enums are what routers and pages
// use. They must name the same values, in the same order, or a status would pass validation and fail to store.
import {
  ARTICLE_STATUSES,
  ATTENDANCE_STATUSES,
  ATTEMPT_STATUSES,
  CONVERSATION_STATUSES,
  EXAM_KINDS,
  EXAM_STATUSES,
  GRADING_METHODS,
  HANDLING_TASKS,
  MULTIPLE_CHOICE_SCORINGS,
  OVERDUE_HANDLINGS,
  PAPER_KINDS,
  PAPER_STATUSES,
  QUESTION_TYPES,
  REVIEW_RULES,
  TRAINING_PLAN_STATUSES,
} from '@duda/contract-training';
import { describe, expect, it } from 'vitest';
import * as prismaEnums from './generated/prisma/enums.ts';

const pairs = {
  QuestionType: QUESTION_TYPES,
  PaperKind: PAPER_KINDS,
  PaperStatus: PAPER_STATUSES,
  ExamKind: EXAM_KINDS,
  ExamStatus: EXAM_STATUSES,
  GradingMethod: GRADING_METHODS,
  OverdueHandling: OVERDUE_HANDLINGS,
  ReviewRule: REVIEW_RULES,
  MultipleChoiceScoring: MULTIPLE_CHOICE_SCORINGS,
  AttemptStatus: ATTEMPT_STATUSES,
  ConversationStatus: CONVERSATION_STATUSES,
  ArticleStatus: ARTICLE_STATUSES,
  HandlingTask: HANDLING_TASKS,
  TrainingPlanStatus: TRAINING_PLAN_STATUSES,
  AttendanceStatus: ATTENDANCE_STATUSES,
} satisfies Record<keyof typeof prismaEnums, readonly string[]>;

describe('Prisma enums and the contract', () => {
  it.each(Object.entries(pairs))('%s has the contract values', (name, values) => {
    expect(Object.values(prismaEnums[name as keyof typeof prismaEnums])).toEqual(values);
  });
});
