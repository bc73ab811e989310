// `operations.figures.month`: a month's equipment figures per hall and device type — faults reported, mean time to
// repair, devices overdue for maintenance (today), availability — with each hall's totals; the hall monthly report
// (表2) reads a hall's self-service terminal availability from it.
import { DEVICE_TYPES, type DeviceType } from '@duda/contract-operations';
import { chinaDateOf, monthRange, type MonthKey } from '@duda/month';
import type { OperationsDeps } from '../deps.ts';
import type { Device, Fault } from '../generated/prisma/client.ts';
import { readableNodes, type Ctx } from '../access.ts';
import { availability, downMinutes } from '../domain/down-time.ts';
import { maintenanceDue } from '../domain/maintenance-due.ts';
import { cadenceBook, type CadenceOf } from '../maintenance/cadence.ts';

export interface EquipmentFigures {
  devices: number;
  /** Faults reported during the month (China time). */
  faults: number;
  /** Mean minutes from report to repair of the faults repaired during the month; null when none was. */
  meanRepairMinutes: number | null;
  overdueMaintenance: number;
  /** 0–1, null without devices. */
  availability: number | null;
}

function figuresOf(
  devices: Device[],
  faults: Fault[],
  month: MonthKey,
  cadence: CadenceOf,
  now: Date,
): EquipmentFigures {
  const { start, end } = monthRange(month);
  const inMonth = (at: Date | null) => at !== null && at >= start && at < end;
  const repaired = faults.filter((fault) => inMonth(fault.repairedAt));
  const today = chinaDateOf(now);
  const inService = devices.filter((device) => device.status === 'IN_USE' || device.status === 'FAULTY');
  return {
    devices: devices.length,
    faults: faults.filter((fault) => inMonth(fault.reportedAt)).length,
    meanRepairMinutes: repaired.length
      ? Math.round(repaired.reduce((sum, fault) => sum + downMinutes(fault, now), 0) / repaired.length)
      : null,
    overdueMaintenance: inService.filter(
      (device) => maintenanceDue(device, cadence(device), today).state === 'OVERDUE',
    ).length,
    availability: availability(devices.length, faults, month, now),
  };
}

export async function monthFigures(
  deps: OperationsDeps,
  ctx: Ctx,
  input: { month: MonthKey; orgNodeId?: string | null },
) {
  const nodes = readableNodes(ctx.actor).filter((id) => !input.orgNodeId || id === input.orgNodeId);
  const { lastDay, start } = monthRange(input.month);
  const now = deps.now();
  // The devices the month had: installed by its end and not retired before it.
  const devices = await deps.prisma.device.findMany({
    where: {
      orgNodeId: { in: nodes },
      installedOn: { lte: lastDay },
      OR: [
        { status: { in: ['IN_USE', 'FAULTY'] } },
        { retirements: { some: { status: 'APPROVED', decidedAt: { gte: start } } } },
      ],
    },
  });
  const faults = await deps.prisma.fault.findMany({
    where: {
      deviceId: { in: devices.map((device) => device.id) },
      reportedAt: { lt: monthRange(input.month).end },
      OR: [{ repairedAt: null }, { repairedAt: { gte: start } }],
    },
  });
  const cadence = await cadenceBook(deps, devices);
  const halls = [...new Map(devices.map((device) => [device.orgNodeId, device.orgName])).entries()].sort(
    (a, b) => a[1].localeCompare(b[1], 'zh-CN'),
  );
  return {
    month: input.month,
    halls: halls.map(([orgNodeId, orgName]) => {
      const own = devices.filter((device) => device.orgNodeId === orgNodeId);
      const ofDevices = (list: Device[]) => {
        const ids = new Set(list.map((device) => device.id));
        return faults.filter((fault) => ids.has(fault.deviceId));
      };
      const byType = DEVICE_TYPES.flatMap((type: DeviceType) => {
        const typed = own.filter((device) => device.type === type);
        return typed.length
          ? [{ type, ...figuresOf(typed, ofDevices(typed), input.month, cadence, now) }]
          : [];
      });
      return {
        orgNodeId,
        orgName,
        ...figuresOf(own, ofDevices(own), input.month, cadence, now),
        byType,
        /** 自助终端可用率: what the hall monthly report (表2) shows. */
        selfServiceAvailability: byType.find((row) => row.type === 'SELF_SERVICE')?.availability ?? null,
      };
    }),
  };
}
