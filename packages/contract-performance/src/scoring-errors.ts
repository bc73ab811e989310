// What the scoring rules refuse (performance.scoring): a rule, a scheme's weights or grade bands that cannot score.
// Apart from scoring.ts so errors.ts gathers the catalogs without an import cycle.
import { defineErrors } from '@duda/contract-kit';

export const scoringErrors = defineErrors('performance.scoring', {
  weightsNot100: {
    kind: 'BAD_REQUEST',
    'zh-CN': '各指标权重之和须为 100，现为 {sum}',
    en: 'The weights must add up to 100; they add up to {sum}.',
  },
  duplicateKpi: {
    kind: 'BAD_REQUEST',
    'zh-CN': '同一指标在方案中只能出现一次',
    en: 'A KPI may appear in a scheme only once.',
  },
  floorAboveTarget: {
    kind: 'BAD_REQUEST',
    'zh-CN': '越高越好的指标，下限（{floor}）须低于目标值（{target}）',
    en: 'For a higher-is-better KPI the floor ({floor}) must be below the target ({target}).',
  },
  floorBelowTarget: {
    kind: 'BAD_REQUEST',
    'zh-CN': '越低越好的指标，下限（{floor}）须高于目标值（{target}）',
    en: 'For a lower-is-better KPI the floor ({floor}) must be above the target ({target}).',
  },
  stepsEmpty: { kind: 'BAD_REQUEST', 'zh-CN': '请至少设置一个阶梯', en: 'Give at least one step.' },
  stepsRepeated: {
    kind: 'BAD_REQUEST',
    'zh-CN': '阶梯门槛不能重复（{threshold}）',
    en: 'Two steps share the threshold {threshold}.',
  },
  stepShare: {
    kind: 'BAD_REQUEST',
    'zh-CN': '阶梯得分比例须在 0 到 100 之间',
    en: 'A step’s share of the weight must be between 0 and 100.',
  },
  deductionPerUnit: {
    kind: 'BAD_REQUEST',
    'zh-CN': '每单位扣分须大于 0',
    en: 'The points taken per unit must be more than 0.',
  },
  deductionCap: {
    kind: 'BAD_REQUEST',
    'zh-CN': '扣分上限须大于 0',
    en: 'The deduction cap must be more than 0.',
  },
  manualOutOfRange: {
    kind: 'BAD_REQUEST',
    'zh-CN': '人工评分须在 0 到 {weight} 之间',
    en: 'A manual score must be between 0 and {weight}.',
  },
  gradeBands: {
    kind: 'BAD_REQUEST',
    'zh-CN': '等级分数线须满足 0 ≤ 合格 < 良好 < 优秀 ≤ 100',
    en: 'Grade bands must satisfy 0 ≤ pass < good < excellent ≤ 100.',
  },
  distributionShares: {
    kind: 'BAD_REQUEST',
    'zh-CN': '比例须在 0 到 100 之间，且优秀上限与不合格下限之和不超过 100',
    en: 'Shares must be between 0 and 100, and the excellent cap plus the fail floor may not exceed 100.',
  },
});
