// Demo duties (必做) so every supervising demo role opens the portal to a non-empty "今日必做" and the supervisors'
// rates have a week behind them: the city's supervision staff enrolled, their tasks of the last seven days made,
// the past ones done about three times in four (ticked with a note) and the rest missed, today's left open. The
// forms seed's records count as their forms.submission.submitted would (a hall's 表4 weekly meeting completes its
// manager's 周例会) where the demo has the task of their period; no task is made for an older one.
// Skipped when the city already has tasks, so a second seed run adds nothing.
import { createHash } from 'node:crypto';
import type { DutyRole } from '@duda/contract-portal';
import { addCalendarDays, chinaDateOf } from '@duda/month';
import type { SeededOrg } from '@duda/service-org/seed';
import type { PortalPrisma } from '../prisma.ts';
import { closeMissedTasks } from './closing.ts';
import { addProof } from './counting.ts';
import { formEvidence } from './domain/evidence.ts';
import type { Holder } from './domain/occurrences.ts';
import { countsAt } from './domain/periods.ts';
import { generateTasks } from './generation.ts';
import { enrol } from './holders.ts';

const DAYS_BEHIND = 6;

/** A stable yes for about three tasks in four, by the task's id. */
const wasDone = (id: string) => createHash('sha256').update(id).digest()[0]! < 192;

function demoHolders(org: SeededOrg): Holder[] {
  const cityId = org.cityId;
  const city = org.demoPeople['city.sup'];
  const holders: Holder[] = city
    ? [
        {
          personId: city.id,
          personName: city.name,
          role: 'city_supervisor',
          orgNodeId: cityId,
          orgName: '',
          cityId,
        },
      ]
    : [];
  for (const district of org.districts) {
    for (const sup of org.districtSupervisors[district.code] ?? [])
      holders.push({
        personId: sup.id,
        personName: sup.name,
        role: 'district_supervisor',
        orgNodeId: district.id,
        orgName: district.name,
        cityId,
      });
    for (const hall of district.halls)
      for (const staff of org.hallStaff[hall.code] ?? [])
        if (
          staff.role === 'hall_manager' ||
          staff.role === 'duty_manager' ||
          staff.role === 'manager_assistant'
        )
          holders.push({
            personId: staff.id,
            personName: staff.name,
            role: staff.role as DutyRole,
            orgNodeId: hall.id,
            orgName: hall.name,
            cityId,
          });
  }
  return holders;
}

/** A record the forms seed handed over, with what its forms.submission.submitted would say. */
export interface DemoFormRecord {
  id: string;
  code: string;
  orgNodeId: string;
  submitterId: string;
  submittedAt: Date;
  meetingType?: string;
}

/** Counts the records toward the demo's tasks they evidence, as the subscriber would, keyed by the record's id. */
async function countDemoForms(prisma: PortalPrisma, records: readonly DemoFormRecord[], now: Date) {
  for (const record of records) {
    const fact = formEvidence({
      submissionId: record.id,
      templateCode: record.code,
      orgNodeId: record.orgNodeId,
      submitterId: record.submitterId,
      submittedAt: record.submittedAt.toISOString(),
      meetingType: record.meetingType,
    });
    if (!fact) continue;
    const day = chinaDateOf(fact.occurredAt);
    const tasks = await prisma.dutyTask.findMany({
      where: {
        ...(fact.orgNodeId
          ? { OR: [{ personId: fact.personId }, { orgNodeId: fact.orgNodeId }] }
          : { personId: fact.personId }),
        evidence: fact.evidence,
        periodStart: { lte: day },
        periodEnd: { gte: day },
      },
    });
    for (const task of tasks.filter((t) => countsAt(t, fact.occurredAt)))
      await addProof(
        prisma,
        task.id,
        {
          sourceEventId: record.id,
          evidence: fact.evidence,
          area: fact.area,
          link: fact.link,
          occurredAt: fact.occurredAt,
        },
        now,
      );
  }
}

/** How many tasks it made (none when the city had some). */
export async function seedDemoDuties(
  prisma: PortalPrisma,
  org: SeededOrg,
  now: Date,
  forms: readonly DemoFormRecord[] = [],
): Promise<number> {
  if (await prisma.dutyTask.count({ where: { cityId: org.cityId } })) return 0;
  const holders = demoHolders(org);
  await enrol(prisma, holders, now);
  const today = chinaDateOf(now);
  for (let back = DAYS_BEHIND; back >= 0; back -= 1)
    await generateTasks(prisma, holders, addCalendarDays(today, -back));
  await countDemoForms(prisma, forms, now);
  const past = await prisma.dutyTask.findMany({
    where: { cityId: org.cityId, periodEnd: { lt: today }, status: 'OPEN' },
    select: { id: true, target: true, dueAt: true },
  });
  const done = past.filter((t) => wasDone(t.id));
  await prisma.dutyProof.createMany({
    data: done.flatMap((t) =>
      Array.from({ length: t.target }, () => ({
        taskId: t.id,
        sourceEventId: crypto.randomUUID(),
        note: '已完成（示例数据）',
        occurredAt: t.dueAt,
      })),
    ),
  });
  for (const target of new Set(done.map((t) => t.target)))
    await prisma.dutyTask.updateMany({
      where: { id: { in: done.filter((t) => t.target === target).map((t) => t.id) } },
      data: { done: target, status: 'DONE', completedAt: now },
    });
  await closeMissedTasks({ prisma, now: () => now });
  return prisma.dutyTask.count({ where: { cityId: org.cityId } });
}
