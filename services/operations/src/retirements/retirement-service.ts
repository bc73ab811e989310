// Replacement and scrap (更换 / 报废): a hall's manager asks, the district decides. A device with an open fault is
// neither scrapped nor replaced (its fault must be repaired and confirmed first — a repairer who cannot fix it says
// so in the repair note — so no fault is left open on a device out of the ledger's service), checked when asked
// and again when approved.
import { assertCan } from '@duda/service-kit';
import { operationsErrors, type RetirementKind, type retirementInputs } from '@duda/contract-operations';
import type { z } from 'zod';
import type { OperationsDeps } from '../deps.ts';
import { nodesFor, type Ctx } from '../access.ts';
import { readableDevice } from '../devices/device-service.ts';
import { isRetired } from '../devices/device-view.ts';
import { openFaultCount } from '../faults/fault-service.ts';

async function assertNoOpenFault(deps: OperationsDeps, deviceId: string, kind: RetirementKind) {
  const count = await openFaultCount(deps, deviceId);
  if (count === 0) return;
  throw kind === 'SCRAP'
    ? operationsErrors.scrapWithOpenFault({ count })
    : operationsErrors.replaceWithOpenFault({ count });
}

export async function requestRetirement(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof retirementInputs.request>,
) {
  const device = await readableDevice(deps, ctx, input.deviceId);
  assertCan(
    ctx.actor,
    'operations.device.manage',
    { orgNodeId: device.orgNodeId },
    operationsErrors.manageDenied,
  );
  if (isRetired(device)) throw operationsErrors.deviceRetired();
  await assertNoOpenFault(deps, device.id, input.kind);
  if (await deps.prisma.retirement.count({ where: { deviceId: device.id, status: 'PENDING' } })) {
    throw operationsErrors.retirementPending();
  }
  const now = deps.now();
  const by = { byId: ctx.actor.personId, byName: ctx.actor.name, at: now };
  const [retirement] = await deps.prisma.$transaction([
    deps.prisma.retirement.create({
      data: {
        deviceId: device.id,
        orgNodeId: device.orgNodeId,
        kind: input.kind,
        reason: input.reason,
        requestedById: ctx.actor.personId,
        requestedByName: ctx.actor.name,
        requestedAt: now,
      },
    }),
    deps.prisma.deviceEvent.create({
      data: { deviceId: device.id, kind: 'RETIREMENT_REQUESTED', note: input.reason, ...by },
    }),
  ]);
  return retirement;
}

export async function decideRetirement(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof retirementInputs.decide>,
) {
  const retirement = await deps.prisma.retirement.findUnique({ where: { id: input.id } });
  if (!retirement || !nodesFor(ctx.actor, 'operations.read').includes(retirement.orgNodeId)) {
    throw operationsErrors.retirementNotFound();
  }
  assertCan(
    ctx.actor,
    'operations.retirement.approve',
    { orgNodeId: retirement.orgNodeId },
    operationsErrors.manageDenied,
  );
  if (retirement.status !== 'PENDING') throw operationsErrors.retirementDecided();
  // A fault raised since the request still stops it.
  if (input.approve) await assertNoOpenFault(deps, retirement.deviceId, retirement.kind);
  const now = deps.now();
  const by = { byId: ctx.actor.personId, byName: ctx.actor.name, at: now };
  return deps.prisma.$transaction(async (tx) => {
    const { count } = await tx.retirement.updateMany({
      where: { id: retirement.id, status: 'PENDING' },
      data: {
        status: input.approve ? 'APPROVED' : 'REJECTED',
        comment: input.comment,
        decidedById: ctx.actor.personId,
        decidedByName: ctx.actor.name,
        decidedAt: now,
      },
    });
    if (count === 0) throw operationsErrors.retirementDecided();
    await tx.device.update({
      where: { id: retirement.deviceId },
      data: {
        ...(input.approve ? { status: retirement.kind === 'SCRAP' ? 'SCRAPPED' : 'REPLACED' } : {}),
        events: {
          create: {
            kind: input.approve ? 'RETIREMENT_APPROVED' : 'RETIREMENT_REJECTED',
            note: input.comment,
            ...by,
          },
        },
      },
    });
    return tx.retirement.findUniqueOrThrow({ where: { id: retirement.id } });
  });
}

/** Requests in the caller's halls, waiting first. */
export async function listRetirements(deps: OperationsDeps, ctx: Ctx) {
  return deps.prisma.retirement.findMany({
    where: { orgNodeId: { in: nodesFor(ctx.actor, 'operations.read') } },
    include: { device: { select: { type: true, model: true, assetNo: true, orgName: true } } },
    orderBy: [{ status: 'asc' }, { requestedAt: 'desc' }],
    take: 200,
  });
}
