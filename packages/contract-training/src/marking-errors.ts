// What marking refuses (阅卷), in its own file so errors.ts can list the catalog without an import cycle.
import { defineErrors } from '@duda/contract-kit';

export const markingErrors = defineErrors('training.marking', {
  notMarker: { kind: 'FORBIDDEN', 'zh-CN': '只有培训管理员可以阅卷', en: 'Only trainers mark exams.' },
  examNotFound: { kind: 'NOT_FOUND', 'zh-CN': '考试不存在', en: 'No such exam.' },
  answerNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '答卷中没有这道题的作答',
    en: 'There is no answer to this question in the attempt.',
  },
  notSubmitted: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '答卷尚未交卷，交卷后才能评分',
    en: 'The attempt has not been submitted yet; it can be marked once it is.',
  },
  notManual: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {slot} 题由系统自动评分，不需人工评分',
    en: 'Question {slot} is marked automatically, not by hand.',
  },
  markOutOfRange: {
    kind: 'BAD_REQUEST',
    'zh-CN': '得分应在 0 到 {points} 分之间',
    en: 'The mark must be between 0 and {points}.',
  },
  questionNotInExam: {
    kind: 'NOT_FOUND',
    'zh-CN': '本场考试的答卷中没有这道题',
    en: 'No attempt of this exam has this question.',
  },
});
