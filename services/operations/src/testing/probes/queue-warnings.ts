// The start page's queue-warning row of the authorization matrix: a second-level warning of 湖滨, kept as inspection's
// event would keep it (operations learns of warnings only from events). 湖滨's clerk reads it; 南星's manager,
// 西湖区's supervisor, the trainer and HR do not learn it exists.
import { defineAreaProbes, type Owners } from '@duda/service-org/testing/authz-probes';
import { keepQueueWarning } from '../../incidents/queue-warnings.ts';
import type { OperationsService } from '../../module.ts';
import { HUBIN_READS } from './plans.ts';

interface Me {
  person: { orgNodeId: string; orgName: string };
  roles: { orgNodeId: string }[];
}

interface WarningWorld {
  warningId: string;
}

async function warningWorld(owners: Owners, service: OperationsService): Promise<WarningWorld> {
  const hall = (await (await owners('hubin.mgr')).query<Me>('org.me')).person;
  const districtId = (await (await owners('sc.sup')).query<Me>('org.me')).roles[0]!.orgNodeId;
  const cityId = (await (await owners('city.sup')).query<Me>('org.me')).roles[0]!.orgNodeId;
  const warningId = crypto.randomUUID();
  await keepQueueWarning(service.deps, {
    warningId,
    hallId: hall.orgNodeId,
    hallName: hall.orgName,
    districtId,
    cityId,
    level: 2,
    waitingCustomers: 17,
    openCounters: 4,
    at: service.deps.now().toISOString(),
    acknowledgedAt: null,
  });
  return { warningId };
}

export const queueWarningProbes = defineAreaProbes<WarningWorld, OperationsService>({
  prefix: 'operations',
  world: warningWorld,
  secrets: (w) => [w.warningId],
  probes: {
    'operations.incidents.warning': { allowed: HUBIN_READS, input: (w) => ({ id: w.warningId }) },
  },
});
