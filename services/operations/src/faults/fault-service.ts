// Hardware faults (表7): reported against a device by hall staff, assigned and repaired, confirmed by the hall.
// Each move follows the contract's state machine and appends a step; the device is FAULTY while a fault is open.
import { assertCan, skipTake, type Page } from '@duda/service-kit';
import {
  FAULT_OCCURRED_MAX_DAYS,
  FAULT_STATUS_LABELS,
  faultPhotoUrl,
  nextFaultStatus,
  operationsErrors,
  type FaultMove,
  type faultInputs,
} from '@duda/contract-operations';
import type { Action } from '@duda/authz';
import type { z } from 'zod';
import type { OperationsDeps } from '../deps.ts';
import type { Fault, Prisma } from '../generated/prisma/client.ts';
import { mayRead, readableNodes, type Ctx } from '../access.ts';
import { readableDevice } from '../devices/device-service.ts';
import { isRetired } from '../devices/device-view.ts';
import { downMinutes } from '../domain/down-time.ts';

const OPEN = ['REPORTED', 'ASSIGNED', 'REPAIRED'] as const;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export const faultView = <F extends Fault>(fault: F, now: Date) => ({
  ...fault,
  photoUrl: fault.photoId ? faultPhotoUrl(fault.photoId) : null,
  downMinutes: downMinutes(fault, now),
});

export async function listFaults(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof faultInputs.list>,
): Promise<
  Page<ReturnType<typeof faultView<Fault & { device: { type: string; model: string; assetNo: string } }>>>
> {
  const nodes = readableNodes(ctx.actor).filter((id) => !input.orgNodeId || id === input.orgNodeId);
  const where: Prisma.FaultWhereInput = {
    orgNodeId: { in: nodes },
    ...(input.deviceId ? { deviceId: input.deviceId } : {}),
    ...(input.status ? { status: input.status } : {}),
  };
  const [rows, total] = await Promise.all([
    deps.prisma.fault.findMany({
      where,
      include: { device: { select: { type: true, model: true, assetNo: true } } },
      orderBy: { reportedAt: 'desc' },
      ...skipTake(input),
    }),
    deps.prisma.fault.count({ where }),
  ]);
  const now = deps.now();
  return { items: rows.map((row) => faultView(row, now)), total, page: input.page, pageSize: input.pageSize };
}

export async function getFault(deps: OperationsDeps, ctx: Ctx, id: string) {
  const fault = await deps.prisma.fault.findUnique({
    where: { id },
    include: {
      device: { select: { type: true, model: true, assetNo: true } },
      steps: { orderBy: { at: 'asc' } },
    },
  });
  if (!fault || !mayRead(ctx.actor, fault.orgNodeId)) throw operationsErrors.faultNotFound();
  return faultView(fault, deps.now());
}

export async function reportFault(deps: OperationsDeps, ctx: Ctx, input: z.infer<typeof faultInputs.report>) {
  const device = await readableDevice(deps, ctx, input.deviceId);
  assertCan(
    ctx.actor,
    'operations.fault.report',
    { orgNodeId: device.orgNodeId },
    operationsErrors.manageDenied,
  );
  if (isRetired(device)) throw operationsErrors.deviceRetired();
  if (input.photoId) {
    const photo = await deps.prisma.faultPhoto.findUnique({ where: { id: input.photoId } });
    if (photo?.orgNodeId !== device.orgNodeId) throw operationsErrors.photoUnknown({}, 'photoId');
  }
  const now = deps.now();
  const occurredAt = input.occurredAt ?? null;
  // A minute's grace: the phone's clock may run a little ahead of the server's.
  if (occurredAt && occurredAt.getTime() > now.getTime() + MINUTE_MS) {
    throw operationsErrors.occurredInFuture({}, 'occurredAt');
  }
  if (occurredAt && occurredAt.getTime() < now.getTime() - FAULT_OCCURRED_MAX_DAYS * DAY_MS) {
    throw operationsErrors.occurredTooEarly({ days: FAULT_OCCURRED_MAX_DAYS }, 'occurredAt');
  }
  const by = { byId: ctx.actor.personId, byName: ctx.actor.name, at: now };
  const [fault] = await deps.prisma.$transaction([
    deps.prisma.fault.create({
      data: {
        deviceId: device.id,
        orgNodeId: device.orgNodeId,
        orgName: device.orgName,
        description: input.description,
        photoId: input.photoId ?? null,
        reportedById: ctx.actor.personId,
        reportedByName: ctx.actor.name,
        reportedAt: now,
        // Later than the report cannot be: the grace minute is not down time.
        occurredAt: occurredAt && occurredAt < now ? occurredAt : null,
        steps: { create: { status: 'REPORTED', note: input.description, ...by } },
      },
    }),
    deps.prisma.device.update({
      where: { id: device.id },
      data: {
        status: 'FAULTY',
        events: { create: { kind: 'FAULT_REPORTED', note: input.description, ...by } },
      },
    }),
  ]);
  return faultView(fault, now);
}

/** Who may make each move: the repairers (hall managers, supervisors) or the hall that confirms. */
const MOVE_ACTION: Record<FaultMove, Action> = {
  assign: 'operations.fault.repair',
  repair: 'operations.fault.repair',
  confirm: 'operations.fault.confirm',
  reopen: 'operations.fault.confirm',
};
const MOVE_WORDS: Record<FaultMove, { 'zh-CN': string; en: string }> = {
  assign: { 'zh-CN': '派修', en: 'assigned' },
  repair: { 'zh-CN': '登记修复', en: 'marked repaired' },
  confirm: { 'zh-CN': '确认修复', en: 'confirmed' },
  reopen: { 'zh-CN': '退回重修', en: 'sent back' },
};

export async function moveFault(
  deps: OperationsDeps,
  ctx: Ctx,
  move: FaultMove,
  input: { id: string; assignee?: string; note?: string },
) {
  const fault = await deps.prisma.fault.findUnique({ where: { id: input.id } });
  if (!fault || !mayRead(ctx.actor, fault.orgNodeId)) throw operationsErrors.faultNotFound();
  assertCan(ctx.actor, MOVE_ACTION[move], { orgNodeId: fault.orgNodeId }, operationsErrors.manageDenied);
  const next = nextFaultStatus(fault.status, move);
  if (!next) {
    const status = FAULT_STATUS_LABELS[fault.status];
    throw operationsErrors.faultMoveRefused({
      status: status['zh-CN'],
      statusEn: status.en,
      move: MOVE_WORDS[move]['zh-CN'],
      moveEn: MOVE_WORDS[move].en,
    });
  }
  const now = deps.now();
  const by = { byId: ctx.actor.personId, byName: ctx.actor.name, at: now };
  const note = move === 'assign' ? `派修：${input.assignee}` : (input.note ?? '');
  return deps.prisma.$transaction(async (tx) => {
    // The status it was read in: a concurrent move makes this one update nothing, and it is refused.
    const { count } = await tx.fault.updateMany({
      where: { id: fault.id, status: fault.status },
      data: {
        status: next,
        ...(move === 'assign' ? { assignee: input.assignee } : {}),
        ...(move === 'repair' ? { repairedAt: now } : {}),
        // Still broken: the device has been down all along, so the repair time is taken back.
        ...(move === 'reopen' ? { repairedAt: null } : {}),
        ...(move === 'confirm' ? { confirmedAt: now } : {}),
      },
    });
    if (count === 0) throw operationsErrors.faultNotFound();
    await tx.faultStep.create({ data: { faultId: fault.id, status: next, note, ...by } });
    if (move === 'confirm') {
      const stillOpen = await tx.fault.count({
        where: { deviceId: fault.deviceId, status: { in: [...OPEN] } },
      });
      await tx.device.update({
        where: { id: fault.deviceId },
        data: {
          ...(stillOpen === 0 ? { status: 'IN_USE' } : {}),
          events: { create: { kind: 'FAULT_CONFIRMED', note: fault.description, ...by } },
        },
      });
    }
    return faultView(await tx.fault.findUniqueOrThrow({ where: { id: fault.id } }), now);
  });
}

export const openFaultCount = (deps: Pick<OperationsDeps, 'prisma'>, deviceId: string) =>
  deps.prisma.fault.count({ where: { deviceId, status: { in: [...OPEN] } } });
