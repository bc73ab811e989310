// Work logs and weekly reports through the API (portal.worklog.*), as Vue Query hooks.
import { useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type WorkLogInput = RouterInputs['portal']['worklog']['save'];
export type TeamInput = RouterInputs['portal']['worklog']['team'];
export type WorkLog = RouterOutputs['portal']['worklog']['team'][number];
export type WeeklyReport = RouterOutputs['portal']['worklog']['teamWeeks'][number];

export const useMyLog = (day: MaybeRefOrGetter<string | null>) =>
  useProcedureQuery('portal.worklog.day', () => ({ day: toValue(day) }), { staleTime: 0 });

// A saved log completes the day's work-log duty: 必做 and the inbox change too.
export const useSaveLog = () =>
  useProcedureMutation('portal.worklog.save', {
    invalidates: ['portal.worklog', 'portal.duties.mine', 'portal.inbox'],
  });

export const useMyWeek = (weekStart: MaybeRefOrGetter<string | null>) =>
  useProcedureQuery('portal.worklog.week', () => ({ weekStart: toValue(weekStart) }), { staleTime: 0 });

export const useSavePlan = () =>
  useProcedureMutation('portal.worklog.savePlan', { invalidates: ['portal.worklog'] });
export const useSaveSummary = () =>
  useProcedureMutation('portal.worklog.saveSummary', { invalidates: ['portal.worklog'] });

export const useTeamLogs = (input: MaybeRefOrGetter<TeamInput>) =>
  useProcedureQuery('portal.worklog.team', input);
export const useTeamWeeks = (input: MaybeRefOrGetter<TeamInput>) =>
  useProcedureQuery('portal.worklog.teamWeeks', input);
