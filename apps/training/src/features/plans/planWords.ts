// The plans pages' filters (kept in the URL), columns, and how a topic's reason and a session's attendance read.
import {
  MAX_SESSION_PARTICIPANTS,
  TRAINING_PLAN_LEVELS,
  TRAINING_PLAN_STATUSES,
  type PlanTopic,
} from '@duda/contract-training';
import type { DataTableColumn } from '@duda/ui';
import { defineFilters, enumFilter, monthFilter, orgFilter } from '@duda/ui';
import type { PlanRow } from './api.ts';

type Translate = (key: string, values?: Record<string, unknown>) => string;

export const planFilters = defineFilters({
  month: monthFilter({ label: 'training.plans.filters.month' }),
  level: enumFilter(TRAINING_PLAN_LEVELS, {
    label: 'training.plans.filters.level',
    placeholder: 'training.plans.filters.level',
    width: 120,
    optionLabel: (level) => `training.planLevel.${level}`,
  }),
  orgNodeId: orgFilter({ label: 'training.plans.filters.org', levels: ['city', 'district', 'hall'] }),
  status: enumFilter(TRAINING_PLAN_STATUSES, {
    label: 'training.plans.filters.status',
    placeholder: 'training.plans.filters.status',
    width: 120,
    optionLabel: (status) => `training.planStatus.${status}`,
  }),
});

export function planColumns(t: Translate): DataTableColumn<PlanRow>[] {
  const column = (key: string) => t(`training.plans.columns.${key}`);
  return [
    { key: 'month', label: column('month'), width: 100 },
    { key: 'orgName', label: column('org'), minWidth: 160 },
    {
      key: 'level',
      label: column('level'),
      width: 100,
      formatter: (row) => t(`training.planLevel.${row.level}`),
    },
    { key: 'status', label: column('status'), width: 100 },
    { key: 'topicCount', label: column('topics'), width: 90, align: 'right' },
    { key: 'sessionCount', label: column('sessions'), width: 90, align: 'right' },
  ];
}

/** "上月月考正确率 54%（全市 71%）", "上月检查失分最多：首问负责（12 次）", or the owner's own topic. */
export function reasonText(t: Translate, topic: PlanTopic): string {
  const reason = topic.reason;
  if (!reason) return t('training.plans.reason.own');
  if (reason.kind === 'failures')
    return t('training.plans.reason.failures', { title: topic.title, failed: reason.failed });
  return reason.cityFacility === null
    ? t('training.plans.reason.facilityNoCity', { facility: reason.facility })
    : t('training.plans.reason.facility', { facility: reason.facility, city: reason.cityFacility });
}

/** The units whose plans the user keeps: their own node for each role that plans (trainer, supervisor, manager). */
export function keptUnits(roles: readonly { role: string; orgNodeId: string; orgName: string }[]) {
  const planners = new Set(['trainer', 'district_supervisor', 'hall_manager']);
  const units = new Map<string, string>();
  for (const r of roles) if (planners.has(r.role)) units.set(r.orgNodeId, r.orgName);
  return [...units].map(([id, name]) => ({ id, name }));
}

export function attendanceCounts(attendance: readonly { status: string | null }[]) {
  const count = (status: string | null) => attendance.filter((a) => a.status === status).length;
  return {
    present: count('PRESENT'),
    absent: count('ABSENT'),
    excused: count('EXCUSED'),
    unmarked: count(null),
    total: attendance.length,
  };
}

/** A session's participants with more added (a hall's staff, a role group): none twice, none past a session's size. */
export function addParticipants(current: readonly string[], added: readonly string[]) {
  const ids = [...new Set([...current, ...added])];
  return ids.length > MAX_SESSION_PARTICIPANTS
    ? { ids: [...current], tooMany: { count: ids.length, max: MAX_SESSION_PARTICIPANTS } }
    : { ids, tooMany: null };
}
