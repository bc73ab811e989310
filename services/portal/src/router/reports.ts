// `portal.reports`: the hall monthly report (营业厅月报表, 表2) — the manager's, prefilled from the areas; the
// submitted ones of a supervisor's halls.
import { reportsInputs } from '@duda/contract-portal';
import { authedProcedure, router } from '@duda/service-kit';
import type { PortalDeps } from '../deps.ts';
import {
  getReport,
  listReports,
  myReports,
  prefillReport,
  saveReport,
  submitReport,
} from '../reports/hall-reports.ts';

export const reportsRouter = (deps: PortalDeps) =>
  router({
    mine: authedProcedure.input(reportsInputs.mine).query(({ ctx, input }) => myReports(deps, ctx, input)),
    get: authedProcedure.input(reportsInputs.get).query(({ ctx, input }) => getReport(deps, ctx, input)),
    prefill: authedProcedure
      .input(reportsInputs.prefill)
      .mutation(({ ctx, input }) => prefillReport(deps, ctx, input)),
    save: authedProcedure
      .input(reportsInputs.save)
      .mutation(({ ctx, input }) => saveReport(deps, ctx, input)),
    submit: authedProcedure
      .input(reportsInputs.submit)
      .mutation(({ ctx, input }) => submitReport(deps, ctx, input)),
    list: authedProcedure.input(reportsInputs.list).query(({ ctx, input }) => listReports(deps, ctx, input)),
  });
