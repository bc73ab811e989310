// `inspection.shortStaves`: one unit's most failed checklist items of a month (the training plans read it).
import { shortStavesInput } from '@duda/contract-inspection';
import { authedProcedure } from '@duda/service-kit';
import { unitShortStaves } from '../dashboard/short-staves-read.ts';
import type { InspectionDeps } from '../deps.ts';

export const shortStavesProcedure = (deps: InspectionDeps) =>
  authedProcedure.input(shortStavesInput).query(({ ctx, input }) => unitShortStaves(deps, ctx, input));
