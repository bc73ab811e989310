import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { currentMonth, isMonthKey } from '@duda/month';
import type { DashboardInput } from './api.ts';

const single = (value: LocationQuery[string] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** The dashboard a URL asks for: `?month=2026-10&scope=<org id>`; the current month and the user's own scope by default. */
export function dashboardInputFrom(query: LocationQuery, now: Date = new Date()): DashboardInput {
  const month = single(query.month);
  return {
    month: isMonthKey(month) ? month : currentMonth(now),
    scopeOrgId: single(query.scope) || null,
  };
}

export function queryFrom(input: DashboardInput, now: Date = new Date()): LocationQueryRaw {
  return {
    ...(input.month !== currentMonth(now) ? { month: input.month } : {}),
    ...(input.scopeOrgId ? { scope: input.scopeOrgId } : {}),
  };
}
