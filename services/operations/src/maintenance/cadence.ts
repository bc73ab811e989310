// The maintenance cadence per device type (维护周期): a city setting — each city its own, set by its supervisors;
// a type the city has not set takes the default. Read by every ledger page and to-do for the device's city.
import { can } from '@duda/authz';
import { assertCan } from '@duda/service-kit';
import {
  DEFAULT_MAINTENANCE_DAYS,
  DEVICE_TYPES,
  operationsErrors,
  type DeviceType,
  type maintenanceInputs,
} from '@duda/contract-operations';
import type { z } from 'zod';
import type { OperationsDeps } from '../deps.ts';
import type { Device } from '../generated/prisma/client.ts';
import type { Ctx } from '../access.ts';

export type Cadences = Record<DeviceType, number>;
/** A device's cadence in days: its city's for its type. */
export type CadenceOf = (device: Pick<Device, 'type' | 'cityNodeId'>) => number;

/** The cadences of the devices' cities, in one read. */
export async function cadenceBook(
  deps: OperationsDeps,
  devices: readonly Pick<Device, 'cityNodeId'>[],
): Promise<CadenceOf> {
  const cities = [...new Set(devices.flatMap((device) => (device.cityNodeId ? [device.cityNodeId] : [])))];
  const rows = cities.length
    ? await deps.prisma.cityCadence.findMany({ where: { cityNodeId: { in: cities } } })
    : [];
  const set = new Map(rows.map((row) => [`${row.cityNodeId}:${row.type}`, row.days]));
  return (device) => set.get(`${device.cityNodeId}:${device.type}`) ?? DEFAULT_MAINTENANCE_DAYS;
}

interface OrgNode {
  id: string;
  name: string;
  level: string;
  city: { id: string; name: string } | null;
}

async function cityOf(deps: OperationsDeps, ctx: Ctx, orgNodeId: string) {
  const [node] = await deps.org.query<OrgNode[]>(ctx, 'nodes', { ids: [orgNodeId] });
  return node?.city ?? null;
}

/** A city's cadence per type (the caller's own city unless one is named), and whether the caller may set it. */
export async function cityCadences(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof maintenanceInputs.cadences>,
) {
  const city = await cityOf(deps, ctx, input?.cityNodeId ?? ctx.actor.homeOrgNodeId);
  const rows = city ? await deps.prisma.cityCadence.findMany({ where: { cityNodeId: city.id } }) : [];
  const set = new Map(rows.map((row) => [row.type, row.days]));
  return {
    cityNodeId: city?.id ?? null,
    cityName: city?.name ?? null,
    mayManage: city !== null && can(ctx.actor, 'operations.schedule.manage', { orgNodeId: city.id }),
    cadences: Object.fromEntries(
      DEVICE_TYPES.map((type) => [type, set.get(type) ?? DEFAULT_MAINTENANCE_DAYS]),
    ) as Cadences,
  };
}

/** Sets one type's cadence for a city: only the city's supervisors, never a district or a hall. */
export async function setCadence(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof maintenanceInputs.setCadence>,
) {
  assertCan(
    ctx.actor,
    'operations.schedule.manage',
    { orgNodeId: input.cityNodeId },
    operationsErrors.cadenceDenied,
  );
  // The city's own node: a supervisor's reach covers its districts and halls too, which set no cadence.
  if ((await cityOf(deps, ctx, input.cityNodeId))?.id !== input.cityNodeId) {
    throw operationsErrors.cadenceDenied();
  }
  await deps.prisma.cityCadence.upsert({
    where: { cityNodeId_type: { cityNodeId: input.cityNodeId, type: input.type } },
    create: { ...input, updatedById: ctx.actor.personId },
    update: { days: input.days, updatedById: ctx.actor.personId },
  });
  return cityCadences(deps, ctx, { cityNodeId: input.cityNodeId });
}
