// What `training.plans.*` refuses, and the words its pages use for plan and attendance states; apart from
// training-plans.ts so errors.ts can gather the catalogs without an import cycle.
import { defineErrors, defineTerms } from '@duda/contract-kit';

/** DRAFT: generated, being edited; PUBLISHED: sessions announced, attendance taken; DONE: the month closed. */
export const TRAINING_PLAN_STATUSES = ['DRAFT', 'PUBLISHED', 'DONE'] as const;
export type TrainingPlanStatus = (typeof TRAINING_PLAN_STATUSES)[number];
export const ATTENDANCE_STATUSES = ['PRESENT', 'ABSENT', 'EXCUSED'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
/** A plan is held at the level of the unit it is for. */
export const TRAINING_PLAN_LEVELS = ['city', 'district', 'hall'] as const;
export type TrainingPlanLevel = (typeof TRAINING_PLAN_LEVELS)[number];

export const trainingPlanStatusTerms = defineTerms('training.planStatus', {
  DRAFT: { 'zh-CN': '草稿', en: 'Draft' },
  PUBLISHED: { 'zh-CN': '已发布', en: 'Published' },
  DONE: { 'zh-CN': '已结束', en: 'Closed' },
});

export const attendanceStatusTerms = defineTerms('training.attendance', {
  PRESENT: { 'zh-CN': '出席', en: 'Present' },
  ABSENT: { 'zh-CN': '缺席', en: 'Absent' },
  EXCUSED: { 'zh-CN': '请假', en: 'Excused' },
});

export const trainingPlanLevelTerms = defineTerms('training.planLevel', {
  city: { 'zh-CN': '市公司', en: 'City' },
  district: { 'zh-CN': '区县', en: 'District' },
  hall: { 'zh-CN': '营业厅', en: 'Hall' },
});

export const trainingPlansErrors = defineErrors('training.plans', {
  readDenied: { kind: 'FORBIDDEN', 'zh-CN': '您无权查看培训计划', en: 'You may not view training plans.' },
  manageDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '培训计划由本单位负责人制定：市公司由培训管理员，区县由区县督导，营业厅由店面经理',
    en: "A unit's own lead keeps its plan: the trainer for the city, the supervisor for a district, the manager for a hall.",
  },
  notFound: { kind: 'NOT_FOUND', 'zh-CN': '培训计划不存在', en: 'There is no such training plan.' },
  sessionNotFound: { kind: 'NOT_FOUND', 'zh-CN': '培训场次不存在', en: 'There is no such training session.' },
  exists: {
    kind: 'CONFLICT',
    'zh-CN': '该单位本月的培训计划已存在',
    en: 'This unit already has a training plan for that month.',
  },
  unitLevel: {
    kind: 'BAD_REQUEST',
    'zh-CN': '培训计划只能为市公司、区县或营业厅制定',
    en: 'Training plans are for a city, a district or a hall.',
  },
  notEditable: {
    kind: 'CONFLICT',
    'zh-CN': '计划已结束，不能再修改',
    en: 'The plan is closed and can no longer change.',
  },
  wrongStatus: {
    kind: 'CONFLICT',
    'zh-CN': '计划当前状态不允许此操作',
    en: 'The plan is not in a state that allows this.',
  },
  noSessions: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请先安排至少一个培训场次再发布',
    en: 'Schedule at least one session before publishing.',
  },
  sessionOutsideMonth: {
    kind: 'BAD_REQUEST',
    'zh-CN': '培训场次须在计划月份内，且结束时间晚于开始时间',
    en: "A session falls within the plan's month and ends after it starts.",
  },
  unknownTopic: {
    kind: 'BAD_REQUEST',
    'zh-CN': '场次所选主题不在计划中',
    en: 'A session covers a topic that is not in the plan.',
  },
  personNotFound: {
    kind: 'BAD_REQUEST',
    'zh-CN': '讲师或参训人员不存在或不在您的范围内',
    en: 'The trainer or a participant does not exist or is outside your scope.',
  },
  articleNotFound: {
    kind: 'BAD_REQUEST',
    'zh-CN': '所选知识库文章不存在或未发布',
    en: 'A chosen knowledge-base article does not exist or is not published.',
  },
  tooManyPeople: {
    kind: 'BAD_REQUEST',
    'zh-CN': '符合条件的有 {count} 人，一个场次最多 {max} 人，请缩小单位范围或分场安排',
    en: '{count} people match; a session takes at most {max}. Choose a smaller unit or split the session.',
  },
  notParticipant: {
    kind: 'BAD_REQUEST',
    'zh-CN': '考勤只能记录本场次的参训人员',
    en: "Attendance is taken for the session's participants only.",
  },
  examNotFound: {
    kind: 'BAD_REQUEST',
    'zh-CN': '所选考试不存在或不在您的范围内',
    en: 'The chosen exam does not exist or is outside your scope.',
  },
  examCancelled: {
    kind: 'BAD_REQUEST',
    'zh-CN': '所选考试已取消，不能作为考核考试',
    en: 'The chosen exam is cancelled and cannot test the plan.',
  },
  examNotForUnit: {
    kind: 'BAD_REQUEST',
    'zh-CN': '考核考试须面向本计划的单位或其上级单位',
    en: "The targeted exam must be for the plan's unit or a unit containing it.",
  },
  examOutsideMonth: {
    kind: 'BAD_REQUEST',
    'zh-CN': '考核考试须在计划当月（{month}）或次月（{next}）',
    en: "The targeted exam must be in the plan's month ({month}) or the month after ({next}).",
  },
  tooManyExams: {
    kind: 'BAD_REQUEST',
    'zh-CN': '一个计划最多关联 {max} 场考核考试',
    en: 'A plan links at most {max} targeted exams.',
  },
  examLinkDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '考核考试由计划负责人或负责该单位考试的培训管理员关联',
    en: "The plan's keeper, or the trainer who runs the unit's exams, links its targeted exams.",
  },
  attendanceNotPublished: {
    kind: 'CONFLICT',
    'zh-CN': '计划发布后才能记录考勤',
    en: 'Attendance is taken once the plan is published.',
  },
});

export const trainingPlansCatalogs = [
  trainingPlansErrors.catalog,
  trainingPlanStatusTerms.catalog,
  attendanceStatusTerms.catalog,
  trainingPlanLevelTerms.catalog,
];
