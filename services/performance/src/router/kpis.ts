// `performance.kpis`: the city's KPI library (指标库).
import { kpiInputs } from '@duda/contract-performance';
import { authedProcedure, router } from '@duda/service-kit';
import type { PerformanceDeps } from '../deps.ts';
import { createKpi, listKpis, updateKpi } from '../library/kpis.ts';

export const kpisRouter = (deps: PerformanceDeps) =>
  router({
    list: authedProcedure.input(kpiInputs.list).query(({ ctx }) => listKpis(deps, ctx)),
    create: authedProcedure.input(kpiInputs.create).mutation(({ ctx, input }) => createKpi(deps, ctx, input)),
    update: authedProcedure.input(kpiInputs.update).mutation(({ ctx, input }) => updateKpi(deps, ctx, input)),
  });
