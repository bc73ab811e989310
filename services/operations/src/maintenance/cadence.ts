// The maintenance cadence per device type (维护周期): a city setting, read by every ledger page and to-do.
import {
  DEFAULT_MAINTENANCE_DAYS,
  DEVICE_TYPES,
  operationsErrors,
  type DeviceType,
} from '@duda/contract-operations';
import type { OperationsDeps } from '../deps.ts';
import { nodesFor, type Ctx } from '../access.ts';

export type Cadences = Record<DeviceType, number>;

export async function cadences(deps: OperationsDeps): Promise<Cadences> {
  const rows = await deps.prisma.maintenanceCadence.findMany();
  const set = new Map(rows.map((row) => [row.type, row.days]));
  return Object.fromEntries(
    DEVICE_TYPES.map((type) => [type, set.get(type) ?? DEFAULT_MAINTENANCE_DAYS]),
  ) as Cadences;
}

export async function setCadence(deps: OperationsDeps, ctx: Ctx, input: { type: DeviceType; days: number }) {
  if (nodesFor(ctx.actor, 'operations.schedule.manage').length === 0) throw operationsErrors.manageDenied();
  await deps.prisma.maintenanceCadence.upsert({
    where: { type: input.type },
    create: input,
    update: { days: input.days },
  });
  return cadences(deps);
}
