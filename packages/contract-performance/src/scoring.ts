// The KPI scoring rules as data (what a KPI stores and a page shows) and the grade settings; the arithmetic is the
// service's pure domain module (services/performance/src/domain).
import { defineTerms } from '@duda/contract-kit';
import { z } from 'zod';

/** 越高越好 / 越低越好. */
export const KPI_DIRECTIONS = ['HIGHER', 'LOWER'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

/**
 * Where a KPI's monthly figure comes from (issue #11 point 1). The pulled ones (PULLED_SOURCES) are read from
 * inspection, training and forms by the monthly run, and the duty completion rate from what the portal publishes
 * (it cannot be called from here); the rest are entered (or imported) in performance by the superior.
 */
export const KPI_SOURCES = [
  'HALL_INSPECTION_SCORE',
  'RECTIFICATION_RATE',
  'RECTIFICATION_OVERDUE',
  'EXAM_SCORE',
  'EXAM_RETAKE',
  'SKILL_TEST',
  'UNREAD_READING',
  'COMPLAINTS',
  'SATISFACTION_RATE',
  'FIRST_SALE_RATE',
  'MARKETING_VOLUME',
  'TEAM_ATTITUDE',
  'DUTY_COMPLETION_RATE',
] as const;
export type KpiSource = (typeof KPI_SOURCES)[number];
/** Sources the monthly run reads through the other areas' APIs; every other figure is entered in performance. */
export const PULLED_SOURCES = [
  'HALL_INSPECTION_SCORE',
  'RECTIFICATION_RATE',
  'RECTIFICATION_OVERDUE',
  'EXAM_SCORE',
  'EXAM_RETAKE',
  'SKILL_TEST',
  'UNREAD_READING',
  'COMPLAINTS',
  'DUTY_COMPLETION_RATE',
] as const satisfies readonly KpiSource[];

export const kpiSourceTerms = defineTerms('performance.kpiSource', {
  HALL_INSPECTION_SCORE: { 'zh-CN': '营业厅检查得分', en: 'Hall inspection score' },
  RECTIFICATION_RATE: { 'zh-CN': '整改率', en: 'Rectification rate' },
  RECTIFICATION_OVERDUE: { 'zh-CN': '超期整改单数', en: 'Overdue rectification orders' },
  EXAM_SCORE: { 'zh-CN': '考试成绩', en: 'Exam score' },
  EXAM_RETAKE: { 'zh-CN': '补考结果', en: 'Retake result' },
  SKILL_TEST: { 'zh-CN': '技能测试准确率', en: 'Skill test accuracy' },
  UNREAD_READING: { 'zh-CN': '必读未读条数', en: 'Unread required reading' },
  COMPLAINTS: { 'zh-CN': '投诉件数', en: 'Complaints' },
  SATISFACTION_RATE: { 'zh-CN': '满意率', en: 'Satisfaction rate' },
  FIRST_SALE_RATE: { 'zh-CN': '首销执行率', en: 'First-sale execution rate' },
  MARKETING_VOLUME: { 'zh-CN': '营销量', en: 'Marketing volume' },
  TEAM_ATTITUDE: { 'zh-CN': '团队建设与工作态度', en: 'Team building and attitude' },
  DUTY_COMPLETION_RATE: { 'zh-CN': '必做完成率', en: 'Duty completion rate' },
});

const figure = z.number().finite().min(-1_000_000).max(1_000_000);

/**
 * How a figure becomes points out of the KPI's weight:
 * - LINEAR (线性区间): nothing at the floor, the full weight at the target, straight in between;
 * - STEPS (阶梯): the share of the weight of the best step the figure reaches (≥ for higher-is-better, ≤ otherwise);
 * - DEDUCTION (按件扣分): the weight less `perUnit` per unit, at most `cap` (nor more than the weight) taken;
 * - MANUAL (人工评分): the superior gives the points, 0 to the weight.
 */
export const kpiRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('LINEAR'), floor: figure }),
  z.object({
    kind: z.literal('STEPS'),
    steps: z.array(z.object({ threshold: figure, share: z.number().finite() })).max(20),
  }),
  z.object({
    kind: z.literal('DEDUCTION'),
    perUnit: z.number().finite().max(100),
    cap: z.number().finite().max(100),
  }),
  z.object({ kind: z.literal('MANUAL') }),
]);
export type KpiRule = z.infer<typeof kpiRuleSchema>;
export const KPI_RULE_KINDS = ['LINEAR', 'STEPS', 'DEDUCTION', 'MANUAL'] as const;
export type KpiRuleKind = (typeof KPI_RULE_KINDS)[number];

/** 优秀 / 良好 / 合格 / 不合格. */
export const GRADES = ['EXCELLENT', 'GOOD', 'PASS', 'FAIL'] as const;
export type Grade = (typeof GRADES)[number];
export const gradeTerms = defineTerms('performance.grade', {
  EXCELLENT: { 'zh-CN': '优秀', en: 'Excellent' },
  GOOD: { 'zh-CN': '良好', en: 'Good' },
  PASS: { 'zh-CN': '合格', en: 'Pass' },
  FAIL: { 'zh-CN': '不合格', en: 'Fail' },
});

/** The lowest score of each grade above 不合格 (a city setting). */
export interface GradeBands {
  excellent: number;
  good: number;
  pass: number;
}
export const DEFAULT_GRADE_BANDS: GradeBands = { excellent: 90, good: 80, pass: 60 };

/** The distribution guideline (分布指引), in percent of the people graded: 优秀 at most, 不合格 at least. */
export interface DistributionGuideline {
  excellentMax: number;
  failMin: number;
}
export const DEFAULT_GUIDELINE: DistributionGuideline = { excellentMax: 20, failMin: 0 };
