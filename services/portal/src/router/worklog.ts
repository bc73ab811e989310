// `portal.worklog`: the daily work log (工作日志) and the weekly plan/summary (周报) — mine, and my scope's.
import { worklogInputs } from '@duda/contract-portal';
import { authedProcedure, router } from '@duda/service-kit';
import type { PortalDeps } from '../deps.ts';
import { myLog, saveLog, teamLogs } from '../worklog/logs.ts';
import { myWeek, savePlan, saveSummary, teamWeeks } from '../worklog/weekly.ts';

export const worklogRouter = (deps: PortalDeps) =>
  router({
    day: authedProcedure.input(worklogInputs.day).query(({ ctx, input }) => myLog(deps, ctx.actor, input)),
    save: authedProcedure
      .input(worklogInputs.save)
      .mutation(({ ctx, input }) => saveLog(deps, ctx.actor, input)),
    team: authedProcedure
      .input(worklogInputs.team)
      .query(({ ctx, input }) => teamLogs(deps, ctx.actor, input)),
    week: authedProcedure.input(worklogInputs.week).query(({ ctx, input }) => myWeek(deps, ctx.actor, input)),
    savePlan: authedProcedure
      .input(worklogInputs.savePlan)
      .mutation(({ ctx, input }) => savePlan(deps, ctx.actor, input)),
    saveSummary: authedProcedure
      .input(worklogInputs.saveSummary)
      .mutation(({ ctx, input }) => saveSummary(deps, ctx.actor, input)),
    teamWeeks: authedProcedure
      .input(worklogInputs.teamWeeks)
      .query(({ ctx, input }) => teamWeeks(deps, ctx.actor, input)),
  });
