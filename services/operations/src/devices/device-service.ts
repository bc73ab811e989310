// The ledger's devices: listed within the caller's halls with server-side paging and filters, read with their
// history, registered at a hall (with its city, whose maintenance cadence it follows), edited, maintained.
import { assertCan, skipTake, type Page } from '@duda/service-kit';
import { operationsErrors, type deviceInputs } from '@duda/contract-operations';
import { chinaDateOf } from '@duda/month';
import type { z } from 'zod';
import type { OperationsDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { mayRead, readableNodes, type Ctx } from '../access.ts';
import { cadenceBook } from '../maintenance/cadence.ts';
import { deviceView, isRetired, type DeviceView } from './device-view.ts';

export async function listDevices(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof deviceInputs.list>,
): Promise<Page<DeviceView>> {
  const nodes = readableNodes(ctx.actor).filter((id) => !input.orgNodeId || id === input.orgNodeId);
  const where: Prisma.DeviceWhereInput = {
    orgNodeId: { in: nodes },
    ...(input.type ? { type: input.type } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(input.q
      ? {
          OR: [
            { model: { contains: input.q, mode: 'insensitive' } },
            { assetNo: { contains: input.q, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    deps.prisma.device.findMany({
      where,
      orderBy: [{ orgName: 'asc' }, { assetNo: 'asc' }],
      ...skipTake(input),
    }),
    deps.prisma.device.count({ where }),
  ]);
  const cadence = await cadenceBook(deps, rows);
  const now = deps.now();
  return {
    items: rows.map((row) => deviceView(row, cadence, now)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** A device the caller may read, or NOT_FOUND (the same answer whether it is missing or out of scope). */
export async function readableDevice(deps: OperationsDeps, ctx: Ctx, id: string) {
  const device = await deps.prisma.device.findUnique({ where: { id } });
  if (!device || !mayRead(ctx.actor, device.orgNodeId)) throw operationsErrors.deviceNotFound();
  return device;
}

/** The detail drawer: the device, its history (newest first), its faults and its retirement requests. */
export async function getDevice(deps: OperationsDeps, ctx: Ctx, id: string) {
  const device = await readableDevice(deps, ctx, id);
  const [events, faults, retirements, cadence] = await Promise.all([
    deps.prisma.deviceEvent.findMany({ where: { deviceId: id }, orderBy: { at: 'desc' } }),
    deps.prisma.fault.findMany({ where: { deviceId: id }, orderBy: { reportedAt: 'desc' } }),
    deps.prisma.retirement.findMany({ where: { deviceId: id }, orderBy: { requestedAt: 'desc' } }),
    cadenceBook(deps, [device]),
  ]);
  return { ...deviceView(device, cadence, deps.now()), events, faults, retirements };
}

export async function registerDevice(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof deviceInputs.register>,
) {
  assertCan(
    ctx.actor,
    'operations.device.manage',
    { orgNodeId: input.orgNodeId },
    operationsErrors.manageDenied,
  );
  const [node] = await deps.org.query<{ name: string; level: string; city: { id: string } | null }[]>(
    ctx,
    'nodes',
    { ids: [input.orgNodeId] },
  );
  if (!node) throw operationsErrors.manageDenied();
  if (node.level !== 'hall') throw operationsErrors.notAHall({}, 'orgNodeId');
  await assertAssetNoFree(deps, input.assetNo);
  const device = await deps.prisma.device.create({
    data: {
      ...input,
      orgName: node.name,
      cityNodeId: node.city?.id ?? null,
      events: {
        create: { kind: 'REGISTERED', byId: ctx.actor.personId, byName: ctx.actor.name, at: deps.now() },
      },
    },
  });
  return deviceView(device, await cadenceBook(deps, [device]), deps.now());
}

async function assertAssetNoFree(deps: OperationsDeps, assetNo: string, exceptId?: string) {
  const holder = await deps.prisma.device.findUnique({ where: { assetNo } });
  if (holder && holder.id !== exceptId) throw operationsErrors.assetNoTaken({ assetNo }, 'assetNo');
}

/** Corrects a device's facts (a typo in the asset number, the real install date); the history says who did. */
export async function editDevice(deps: OperationsDeps, ctx: Ctx, input: z.infer<typeof deviceInputs.edit>) {
  const { id, ...facts } = input;
  const device = await readableDevice(deps, ctx, id);
  assertCan(
    ctx.actor,
    'operations.device.manage',
    { orgNodeId: device.orgNodeId },
    operationsErrors.manageDenied,
  );
  if (isRetired(device)) throw operationsErrors.deviceRetired();
  await assertAssetNoFree(deps, facts.assetNo, device.id);
  const updated = await deps.prisma.device.update({
    where: { id },
    data: {
      ...facts,
      events: {
        create: { kind: 'EDITED', byId: ctx.actor.personId, byName: ctx.actor.name, at: deps.now() },
      },
    },
  });
  return deviceView(updated, await cadenceBook(deps, [updated]), deps.now());
}

/** Records a maintenance done today (China calendar): the cadence starts again from today. */
export async function maintainDevice(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof deviceInputs.maintain>,
) {
  const device = await readableDevice(deps, ctx, input.id);
  assertCan(
    ctx.actor,
    'operations.device.manage',
    { orgNodeId: device.orgNodeId },
    operationsErrors.manageDenied,
  );
  if (isRetired(device)) throw operationsErrors.deviceRetired();
  const now = deps.now();
  const updated = await deps.prisma.device.update({
    where: { id: device.id },
    data: {
      lastMaintainedOn: chinaDateOf(now),
      events: {
        create: {
          kind: 'MAINTAINED',
          note: input.note,
          byId: ctx.actor.personId,
          byName: ctx.actor.name,
          at: now,
        },
      },
    },
  });
  return deviceView(updated, await cadenceBook(deps, [updated]), now);
}
