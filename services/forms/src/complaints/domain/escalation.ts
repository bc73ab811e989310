// Escalation (超时升级): a case past its limit goes to the next one up the role line — the hall manager's, then the
// district supervisor's, then the city supervisor's — with the category's time again; at the city it stays overdue.
import type { ComplaintLevel } from '@duda/contract-forms';
import { dueFrom, isOverdue, type LimitHours } from './limits.ts';
import type { CaseState, HistoryEntry } from './types.ts';

export const NEXT_LEVEL: Readonly<Record<ComplaintLevel, ComplaintLevel | null>> = {
  HALL: 'DISTRICT',
  DISTRICT: 'CITY',
  CITY: null,
};

/** The role answering for a case at each level, and the unit of its line where it is held. */
export const LEVEL_ROLE = {
  HALL: { role: 'hall_manager', unit: 'hallId' },
  DISTRICT: { role: 'district_supervisor', unit: 'districtId' },
  CITY: { role: 'city_supervisor', unit: 'cityId' },
} as const;

/** The case one level up, or null when it is not due, is closed, or has nowhere higher to go. */
export function escalate(
  state: CaseState,
  now: Date,
  cityHours?: LimitHours,
): { state: CaseState; entry: HistoryEntry } | null {
  if (!isOverdue(state, now)) return null;
  let next = NEXT_LEVEL[state.level];
  // A line without a district (a hall straight under the city) skips to the level that exists.
  while (next && !state.line[LEVEL_ROLE[next].unit]) next = NEXT_LEVEL[next];
  if (!next) return null;
  return {
    state: { ...state, level: next, dueAt: dueFrom(now, state.category, cityHours) },
    entry: {
      action: 'ESCALATE',
      actor: null,
      fromStatus: state.status,
      toStatus: state.status,
      note: null,
      detail: { from: state.level, to: next, overdueSince: state.dueAt.toISOString() },
    },
  };
}
