// `inspection.defects`: a hall's defect library (缺陷库), its recurring problems by item.
import { defectsInput } from '@duda/contract-inspection';
import { authedProcedure } from '@duda/service-kit';
import { hallDefects } from '../defects/defect-service.ts';
import type { InspectionDeps } from '../deps.ts';

export const defectsProcedure = (deps: InspectionDeps) =>
  authedProcedure.input(defectsInput).query(({ ctx, input }) => hallDefects(deps, ctx, input.hallId));
