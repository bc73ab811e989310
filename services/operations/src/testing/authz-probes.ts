// The operations area's rows of the gateway's authorization matrix (services/gateway/src/suites/authorization).
// Each sub-area keeps its own table in probes/<sub-area>.ts and is one line in the list below. Every procedure needs
// its entry, or the matrix fails naming it.
import { composeAreaProbes } from '@duda/service-org/testing/authz-probes';
import type { OperationsService } from '../module.ts';
import { drillProbes } from './probes/drills.ts';
import { incidentProbes } from './probes/incidents.ts';
import { ledgerProbes } from './probes/ledger.ts';
import { planProbes } from './probes/plans.ts';
import { queueWarningProbes } from './probes/queue-warnings.ts';

export const operationsProbes = composeAreaProbes<OperationsService>('operations', [
  ledgerProbes,
  planProbes,
  incidentProbes,
  drillProbes,
  queueWarningProbes,
]);
