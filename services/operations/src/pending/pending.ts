// `operations.pending.mine`: the caller's to-dos of the ledger in the inbox's one shape (ADR 0018) — for a hall's
// managers the devices due or overdue for maintenance, faults to have repaired and repairs to confirm. A district's
// replacement and scrap requests to decide are forms approvals, in forms' part of the inbox.
import { definePendingKinds, mergePending, pendingPage, type PendingPage } from '@duda/contract-kit';
import { DEVICE_TYPE_LABELS } from '@duda/contract-operations';
import { chinaDateOf, endOfChinaDay } from '@duda/month';
import type { OperationsDeps } from '../deps.ts';
import { nodesFor, type Ctx } from '../access.ts';
import { contingencyPending } from '../drills/drill-pending.ts';
import { maintenanceDue } from '../domain/maintenance-due.ts';
import { queueWarningPending } from '../incidents/queue-warnings.ts';
import { cadenceBook } from '../maintenance/cadence.ts';

export const operationsPendingKinds = definePendingKinds('operations', {
  'maintenance.due': { 'zh-CN': '设备维护', en: 'Maintain a device' },
  'fault.repair': { 'zh-CN': '跟进设备维修', en: 'Have a fault repaired' },
  'fault.confirm': { 'zh-CN': '确认设备修复', en: 'Confirm a repair' },
});

async function maintenanceDueOf(deps: OperationsDeps, ctx: Ctx) {
  const halls = nodesFor(ctx.actor, 'operations.maintenance.record');
  if (halls.length === 0) return [];
  const devices = await deps.prisma.device.findMany({
    where: { orgNodeId: { in: halls }, status: { in: ['IN_USE', 'FAULTY'] } },
  });
  const cadence = await cadenceBook(deps, devices);
  const today = chinaDateOf(deps.now());
  return devices.flatMap((device) => {
    const due = maintenanceDue(device, cadence(device), today);
    if (due.state === 'OK') return [];
    return [
      operationsPendingKinds.action('maintenance.due', {
        objectId: device.id,
        title: `${DEVICE_TYPE_LABELS[device.type]['zh-CN']} ${device.model}（${device.assetNo}）`,
        orgNodeId: device.orgNodeId,
        orgName: device.orgName,
        dueAt: endOfChinaDay(due.dueOn),
        overdue: due.state === 'OVERDUE',
        path: `devices?device=${device.id}`,
      }),
    ];
  });
}

async function faultsOf(deps: OperationsDeps, ctx: Ctx) {
  // The hall follows its own faults; a district sees them on its pages, not as to-dos.
  const halls = nodesFor(ctx.actor, 'operations.maintenance.record');
  const confirmers = nodesFor(ctx.actor, 'operations.fault.confirm');
  const faults = await deps.prisma.fault.findMany({
    where: {
      OR: [
        { orgNodeId: { in: halls }, status: { in: ['REPORTED', 'ASSIGNED'] } },
        { orgNodeId: { in: confirmers }, status: 'REPAIRED' },
      ],
    },
    include: { device: { select: { type: true, model: true } } },
  });
  return faults.map((fault) =>
    operationsPendingKinds.action(fault.status === 'REPAIRED' ? 'fault.confirm' : 'fault.repair', {
      objectId: fault.id,
      title: `${DEVICE_TYPE_LABELS[fault.device.type]['zh-CN']} ${fault.device.model}：${fault.description}`,
      orgNodeId: fault.orgNodeId,
      orgName: fault.orgName,
      dueAt: null,
      overdue: false,
      path: `faults?fault=${fault.id}`,
    }),
  );
}

export async function operationsPendingMine(
  deps: OperationsDeps,
  ctx: Ctx,
  limit: number,
): Promise<PendingPage> {
  const parts = await Promise.all([
    maintenanceDueOf(deps, ctx),
    faultsOf(deps, ctx),
    contingencyPending(deps, ctx),
    queueWarningPending(deps, ctx),
  ]);
  return mergePending(
    parts.map((part) => pendingPage(part, limit)),
    limit,
  );
}
