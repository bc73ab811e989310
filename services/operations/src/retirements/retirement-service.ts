// Replacement and scrap (更换 / 报废): a hall's manager asks, the district decides — in the forms area's approval
// engine: asking starts the approval there (forms.approvals.start, subject `operations.device-retirement`, the
// request's id) in the request's own transaction, so a refused start leaves no request; the district supervisor
// decides it from their to-dos like any approval; its outcome comes back as forms.approval.completed
// (retirement-approval.ts). A device with an open fault is neither scrapped nor replaced (its fault must be repaired
// and confirmed first — a repairer who cannot fix it says so in the repair note — so no fault is left open on a
// device out of the ledger's service), checked when asked and again when the approval comes back approved.
import { commonErrors } from '@duda/contract-kit';
import { assertCan } from '@duda/service-kit';
import { operationsErrors, type RetirementKind, type retirementInputs } from '@duda/contract-operations';
import type { z } from 'zod';
import type { OperationsDeps } from '../deps.ts';
import { nodesFor, type Ctx } from '../access.ts';
import { readableDevice } from '../devices/device-service.ts';
import { isRetired } from '../devices/device-view.ts';
import { openFaultCount } from '../faults/fault-service.ts';
import { RETIREMENT_FLOW, RETIREMENT_SUBJECT, retirementTitle } from './retirement-approval.ts';

export async function assertNoOpenFault(deps: OperationsDeps, deviceId: string, kind: RetirementKind) {
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
  const forms = deps.forms;
  if (!forms?.mutate) throw commonErrors.serviceUnavailable();
  const now = deps.now();
  const by = { byId: ctx.actor.personId, byName: ctx.actor.name, at: now };
  return deps.prisma.$transaction(
    async (tx) => {
      const retirement = await tx.retirement.create({
        data: {
          deviceId: device.id,
          orgNodeId: device.orgNodeId,
          kind: input.kind,
          reason: input.reason,
          requestedById: ctx.actor.personId,
          requestedByName: ctx.actor.name,
          requestedAt: now,
        },
      });
      await tx.deviceEvent.create({
        data: { deviceId: device.id, kind: 'RETIREMENT_REQUESTED', note: input.reason, ...by },
      });
      // Forms commits its approval on its own; should this transaction then fail, the approval's outcome finds
      // no request and changes nothing (retirement-approval.ts).
      const { instanceId } = await forms.mutate!<{ instanceId: string }>(ctx, 'approvals.start', {
        subjectType: RETIREMENT_SUBJECT,
        subjectId: retirement.id,
        title: retirementTitle(input.kind, device),
        orgNodeId: device.orgNodeId,
        flow: RETIREMENT_FLOW,
      });
      return tx.retirement.update({ where: { id: retirement.id }, data: { approvalInstanceId: instanceId } });
    },
    { timeout: 20_000 },
  );
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
