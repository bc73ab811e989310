// 客流高峰预警 (docs/domain.md#queue): with N counters open, waiting customers from 2.5N trigger the first
// emergency level and from 3.5N the second; the warning plan's second band tops out at 4.5N, so a queue
// beyond that is still level 2 but flagged as beyond the plan, to be reported up for support. No counter open
// with customers waiting is treated as the worst case. The actions are the plan's (等候时间预警， 增开受理
// 台席， 保安协助就近社会渠道分流， 预受理， 常态分流转强制分流， 简化流程) assigned to the level they fit.
import { inspectionErrors, roundScore, type QueueWarningLevel } from '@duda/contract-inspection';

export interface QueueThresholds {
  /** Waiting customers per open counter that start level 1. */
  level1: number;
  /** …that start level 2. */
  level2: number;
  /** Upper end of the level-2 band in the plan; beyond it the queue is out of the plan's range. */
  planCeiling: number;
}

export const DEFAULT_QUEUE_THRESHOLDS: QueueThresholds = { level1: 2.5, level2: 3.5, planCeiling: 4.5 };

export const QUEUE_WARNING_LABELS: Record<QueueWarningLevel, string> = {
  0: '正常',
  1: '一级预警',
  2: '二级预警',
};

export interface QueueSnapshot {
  openCounters: number;
  waitingCustomers: number;
}

export interface QueueAssessment {
  level: QueueWarningLevel;
  label: string;
  /** Waiting customers per open counter, one decimal; null when no counter is open. */
  ratio: number | null;
  /** Waiting customers at which level 1 and level 2 start for this number of counters. */
  level1At: number;
  level2At: number;
  beyondPlan: boolean;
  actions: string[];
}

const LEVEL_1_ACTIONS = [
  '向等候客户发布等候时间预警，告知预计等候时长',
  '增开受理台席，安排后台或休息人员上岗',
  '导购人员开展预受理：主动询问客户需求、核对证件是否齐全、填写预受理单',
  '引导缴费、查询、打印等业务到自助终端和网上/掌上营业厅办理',
];

const LEVEL_2_ACTIONS = [
  ...LEVEL_1_ACTIONS,
  '将常态分流转为强制分流，值班经理到场统筹现场秩序',
  '保安协助引导客户到就近社会渠道和其他营业网点办理',
  '简化业务办理流程，同时保持主动服务、做好等候客户安抚',
];

const BEYOND_PLAN_ACTION = '客流已超出预案范围，立即报告区县督导协调人员支援';
const OPEN_A_COUNTER_ACTION = '立即开放受理台席';

function validate(snapshot: QueueSnapshot, thresholds: QueueThresholds): void {
  if (!Number.isInteger(snapshot.openCounters) || snapshot.openCounters < 0) {
    throw inspectionErrors.openCountersInvalid({}, 'openCounters');
  }
  if (!Number.isInteger(snapshot.waitingCustomers) || snapshot.waitingCustomers < 0) {
    throw inspectionErrors.waitingCustomersInvalid({}, 'waitingCustomers');
  }
  const { level1, level2, planCeiling } = thresholds;
  if (!(level1 > 0 && level2 > level1 && planCeiling >= level2)) {
    throw inspectionErrors.thresholdsInvalid({}, 'thresholds');
  }
}

export function assessQueue(
  snapshot: QueueSnapshot,
  thresholds: QueueThresholds = DEFAULT_QUEUE_THRESHOLDS,
): QueueAssessment {
  validate(snapshot, thresholds);
  const { openCounters: counters, waitingCustomers: waiting } = snapshot;
  const level1At = thresholds.level1 * counters;
  const level2At = thresholds.level2 * counters;
  const base = { level1At, level2At, ratio: counters === 0 ? null : roundScore(waiting / counters) };

  if (counters === 0 && waiting > 0) {
    return {
      ...base,
      level: 2,
      label: QUEUE_WARNING_LABELS[2],
      beyondPlan: true,
      actions: [OPEN_A_COUNTER_ACTION, ...LEVEL_2_ACTIONS, BEYOND_PLAN_ACTION],
    };
  }
  if (counters === 0 || waiting < level1At) {
    return { ...base, level: 0, label: QUEUE_WARNING_LABELS[0], beyondPlan: false, actions: [] };
  }
  if (waiting < level2At) {
    return {
      ...base,
      level: 1,
      label: QUEUE_WARNING_LABELS[1],
      beyondPlan: false,
      actions: [...LEVEL_1_ACTIONS],
    };
  }
  const beyondPlan = waiting > thresholds.planCeiling * counters;
  return {
    ...base,
    level: 2,
    label: QUEUE_WARNING_LABELS[2],
    beyondPlan,
    actions: beyondPlan ? [...LEVEL_2_ACTIONS, BEYOND_PLAN_ACTION] : [...LEVEL_2_ACTIONS],
  };
}
