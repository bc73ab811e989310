// Demo ledger: every demo hall's devices, one overdue and one due for maintenance, faults closed last month and this
// one, one reported and (every other hall) one repaired awaiting the hall's confirmation. Idempotent (skips when
// the ledger already has devices); dates relative to the seed's `now`.
import { randomUUID } from 'node:crypto';
import type { DeviceType } from '@duda/contract-operations';
import { addCalendarDays, chinaDateOf } from '@duda/month';
import type { SeededOrg } from '@duda/service-org/seed';
import type { Prisma } from '../generated/prisma/client.ts';
import type { OperationsPrisma } from '../prisma.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Each hall's devices: type, model, and how many days ago it was last maintained. */
const KIT: [DeviceType, string, string, number][] = [
  ['COUNTER', '联想 M720 柜台终端', '1号柜台', 20],
  ['COUNTER', '联想 M720 柜台终端', '2号柜台', 20],
  ['QUEUE_MACHINE', '志唐 ZT-Q8 排队机', '入口', 85],
  ['SELF_SERVICE', '华为 SSM-900 自助终端', '自助区A', 30],
  ['SELF_SERVICE', '华为 SSM-900 自助终端', '自助区B', 30],
  ['POS', '银联 A8 POS', '1号柜台', 40],
  ['CAMERA', '海康 DS-2CD 摄像头', '大厅', 60],
  ['PRINTER', '得实 DS-5400 票据打印机', '2号柜台', 100],
];

type Person = { id: string; name: string };

export async function seedOperationsDemo(prisma: OperationsPrisma, org: SeededOrg, now: Date) {
  if ((await prisma.device.count()) > 0) return { devices: 0, faults: 0 };
  const halls = org.districts.flatMap((district) => district.halls);
  const today = chinaDateOf(now);
  const devices: Prisma.DeviceCreateManyInput[] = [];
  const events: { deviceId: string; kind: string; note: string; byId: string; byName: string; at: Date }[] =
    [];
  const faults: {
    id: string;
    deviceId: string;
    orgNodeId: string;
    orgName: string;
    description: string;
    status: 'REPORTED' | 'REPAIRED' | 'CONFIRMED';
    reportedById: string;
    reportedByName: string;
    reportedAt: Date;
    assignee: string | null;
    repairedAt: Date | null;
    confirmedAt: Date | null;
  }[] = [];
  const steps: {
    faultId: string;
    status: 'REPORTED' | 'ASSIGNED' | 'REPAIRED' | 'CONFIRMED';
    note: string;
    byId: string;
    byName: string;
    at: Date;
  }[] = [];

  halls.forEach((hall, hallIndex) => {
    const staff = org.hallStaff[hall.code] ?? [];
    const manager: Person | undefined = staff[0];
    const clerk: Person | undefined = staff.find((person) => person.role === 'clerk') ?? manager;
    if (!manager || !clerk) return;
    const ids = KIT.map(() => randomUUID());
    const faulty = new Set<number>();

    const fault = (
      deviceIndex: number,
      description: string,
      reportedAt: Date,
      repairHours: number | null,
      confirmed: boolean,
    ) => {
      const id = randomUUID();
      const repairedAt = repairHours === null ? null : new Date(reportedAt.getTime() + repairHours * HOUR);
      const confirmedAt = repairedAt && confirmed ? new Date(repairedAt.getTime() + 2 * HOUR) : null;
      const status = confirmedAt ? 'CONFIRMED' : repairedAt ? 'REPAIRED' : 'REPORTED';
      if (status !== 'CONFIRMED') faulty.add(deviceIndex);
      faults.push({
        id,
        deviceId: ids[deviceIndex]!,
        orgNodeId: hall.id,
        orgName: hall.name,
        description,
        status,
        reportedById: clerk.id,
        reportedByName: clerk.name,
        reportedAt,
        assignee: repairedAt ? '厂商工程师 王工' : null,
        repairedAt,
        confirmedAt,
      });
      const by = (person: Person, at: Date) => ({ byId: person.id, byName: person.name, at });
      steps.push({ faultId: id, status: 'REPORTED', note: description, ...by(clerk, reportedAt) });
      events.push({
        deviceId: ids[deviceIndex]!,
        kind: 'FAULT_REPORTED',
        note: description,
        ...by(clerk, reportedAt),
      });
      if (repairedAt) {
        steps.push({
          faultId: id,
          status: 'ASSIGNED',
          note: '派修：厂商工程师 王工',
          ...by(manager, new Date(reportedAt.getTime() + HOUR / 2)),
        });
        steps.push({
          faultId: id,
          status: 'REPAIRED',
          note: '更换故障部件，测试正常',
          ...by(manager, repairedAt),
        });
      }
      if (confirmedAt) {
        steps.push({ faultId: id, status: 'CONFIRMED', note: '', ...by(manager, confirmedAt) });
        events.push({
          deviceId: ids[deviceIndex]!,
          kind: 'FAULT_CONFIRMED',
          note: description,
          ...by(manager, confirmedAt),
        });
      }
    };
    fault(
      3,
      '触摸屏无响应，无法办理业务',
      new Date(now.getTime() - (35 + (hallIndex % 5)) * DAY),
      6 + (hallIndex % 4),
      true,
    );
    fault(5, '刷卡无反应', new Date(now.getTime() - 12 * DAY), 3, true);
    fault(7, '卡纸，打印不出票据', new Date(now.getTime() - 2 * DAY), null, false);
    if (hallIndex % 2 === 0) fault(4, '身份证读卡器无法识别', new Date(now.getTime() - DAY), 4, false);

    KIT.forEach(([type, model, location, maintainedDaysAgo], index) => {
      devices.push({
        id: ids[index]!,
        orgNodeId: hall.id,
        orgName: hall.name,
        type,
        model,
        assetNo: `${hall.code}-${String(index + 1).padStart(2, '0')}`,
        location,
        installedOn: addCalendarDays(today, -(400 + index * 30)),
        cityNodeId: org.cityId,
        lastMaintainedOn: addCalendarDays(today, -maintainedDaysAgo),
        status: faulty.has(index) ? 'FAULTY' : 'IN_USE',
      });
      events.push({
        deviceId: ids[index]!,
        kind: 'REGISTERED',
        note: '',
        byId: manager.id,
        byName: manager.name,
        at: new Date(now.getTime() - 400 * DAY),
      });
    });
  });

  await prisma.device.createMany({ data: devices });
  await prisma.deviceEvent.createMany({ data: events });
  await prisma.fault.createMany({ data: faults });
  await prisma.faultStep.createMany({ data: steps });
  return { devices: devices.length, faults: faults.length };
}
