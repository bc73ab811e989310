// `performance.imports` (满意率导入): the template, the import (CHECK previews), the month's history.
import { importsInputs } from '@duda/contract-performance';
import { authedProcedure, router } from '@duda/service-kit';
import type { PerformanceDeps } from '../deps.ts';
import { importSatisfaction, satisfactionHistory, satisfactionTemplate } from '../imports/satisfaction.ts';

export const importsRouter = (deps: PerformanceDeps) =>
  router({
    satisfactionTemplate: authedProcedure
      .input(importsInputs.satisfactionTemplate)
      .query(({ ctx }) => satisfactionTemplate(deps, ctx)),
    satisfaction: authedProcedure
      .input(importsInputs.satisfaction)
      .mutation(({ ctx, input }) => importSatisfaction(deps, ctx, input)),
    satisfactionHistory: authedProcedure
      .input(importsInputs.satisfactionHistory)
      .query(({ ctx, input }) => satisfactionHistory(deps, ctx, input.month)),
  });
