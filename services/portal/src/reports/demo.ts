// Demo hall monthly reports (表2) so the district supervisors have submitted reports to read: every hall's report of
// the two months before last, submitted, and of last month for every hall but the demo managers' own — those are
// left for 湖滨's and 南星's managers to prefill and submit (their to-do). Figures are made up, stable per hall;
// the page's prefill reads the real ones. Skipped when any report exists.
import { createHash } from 'node:crypto';
import { REPORT_SOURCES, type ReportFigure, type ReportPrefill } from '@duda/contract-portal';
import { addMonths, chinaDateOf, monthOf } from '@duda/month';
import type { SeededOrg } from '@duda/service-org/seed';
import type { Prisma } from '../generated/prisma/client.ts';
import type { PortalPrisma } from '../prisma.ts';
import { reportDueAt } from './pending.ts';

const byteOf = (key: string) => createHash('sha256').update(key).digest()[0]!;

function demoPrefill(hallId: string, month: string): ReportPrefill {
  const n = byteOf(hallId + month);
  const f = (key: string, value: number, area: string, link: string): ReportFigure => ({
    key,
    value,
    area,
    link,
  });
  return {
    sources: REPORT_SOURCES.map((source) => ({
      source,
      available: true,
    })),
    figures: [
      f('inspection.count', 2 + (n % 3), 'inspection', 'inspections'),
      f('inspection.averageScore', 80 + (n % 17), 'inspection', 'inspections'),
      f('inspection.vetoed', n % 7 === 0 ? 1 : 0, 'inspection', 'inspections'),
      f('rectification.issued', n % 5, 'inspection', 'rectifications'),
      f('rectification.closed', Math.max(0, (n % 5) - 1), 'inspection', 'rectifications'),
      f('rectification.overdue', n % 9 === 0 ? 1 : 0, 'inspection', 'rectifications'),
      f('training.candidates', 8, 'training', 'analysis'),
      f('training.sat', 8 - (n % 2), 'training', 'analysis'),
      f('training.averagePercent', 70 + (n % 25), 'training', 'analysis'),
      f('training.passed', 6 + (n % 2), 'training', 'analysis'),
      f('complaints.total', n % 4, 'forms', 'complaints'),
      f('complaints.closed', n % 4, 'forms', 'complaints'),
      f('complaints.escalated', 0, 'forms', 'complaints'),
      f('queue.readings', 6 + (n % 9), 'inspection', 'queue'),
      f('queue.warnings', n % 3, 'inspection', 'queue'),
      f('queue.maxWaiting', 8 + (n % 20), 'inspection', 'queue'),
    ],
    inspections: [],
    shortStaves: [],
    exams: [],
  };
}

const SECTIONS = {
  marketing: '新入网与业务办理量完成月度目标，宽带融合业务增长明显',
  service: '整体服务平稳；客户满意度较上月提升；上月短木板已整改完毕',
  business: '月度笔试全员参加，未合格人员已安排补考与辅导',
  people: '在岗人员稳定，无离职；新员工一名转正',
  waiting: '午间高峰平均等候约 12 分钟，已调整午间排班',
  team: '组织一次团队活动',
};

/** How many reports it wrote (none when some existed). */
export async function seedDemoReports(prisma: PortalPrisma, org: SeededOrg, now: Date): Promise<number> {
  if (await prisma.hallMonthlyReport.count()) return 0;
  const thisMonth = monthOf(chinaDateOf(now));
  const demoHalls = new Set(
    ['hubin.mgr', 'nanxing.mgr'].map((u) => org.demoPeople[u]?.orgCode).filter(Boolean),
  );
  const data: Prisma.HallMonthlyReportCreateManyInput[] = [];
  for (const district of org.districts)
    for (const hall of district.halls) {
      const manager = (org.hallStaff[hall.code] ?? []).find((s) => s.role === 'hall_manager');
      if (!manager) continue;
      for (const back of [3, 2, 1]) {
        if (back === 1 && demoHalls.has(hall.code)) continue;
        const month = addMonths(thisMonth, -back);
        const submittedAt = new Date(reportDueAt(month).getTime() - 3_600_000);
        data.push({
          hallId: hall.id,
          hallName: hall.name,
          month,
          status: 'SUBMITTED',
          prefill: demoPrefill(hall.id, month) as unknown as Prisma.InputJsonValue,
          prefilledAt: submittedAt,
          sections: SECTIONS,
          authorId: manager.id,
          authorName: manager.name,
          submittedAt,
          updatedAt: submittedAt,
        });
      }
    }
  const { count } = await prisma.hallMonthlyReport.createMany({ data, skipDuplicates: true });
  return count;
}
