// Demo work logs and weekly reports (工作日志/周报) so every demo person who keeps them opens the page to two weeks
// behind, and their supervisors have something to read: a log for each past day (today's is left for the person
// to write), and for supervisors and hall managers the last two weeks' plans and summaries and this week's plan.
// Skipped when any log exists, so a second seed run adds nothing.
import { createHash } from 'node:crypto';
import type { Role } from '@duda/authz';
import { addCalendarDays, chinaDateOf, startOfChinaDay } from '@duda/month';
import type { SeededOrg } from '@duda/service-org/seed';
import type { PortalPrisma } from '../prisma.ts';
import { weekStartOf } from './domain/editing.ts';
import type { Writer } from './writer.ts';

const DAYS_BEHIND = 14;
const WRITING_ROLES: readonly Role[] = ['hall_manager', 'duty_manager', 'manager_assistant', 'clerk'];

interface DemoWriter extends Writer {
  tier: 'supervisor' | 'manager' | 'staff';
}

const ENTRIES: Record<DemoWriter['tier'], string[]> = {
  supervisor: [
    '走访营业厅现场辅导',
    '观看多媒体质检系统并记录问题',
    '跟进上周检查问题的整改',
    '传达公司服务规范文件',
    '检查营业厅报表报送情况',
  ],
  manager: [
    '班前三清三检一班会',
    '日检单两次',
    '巡场并辅导新员工',
    '处理现场未结投诉一起',
    '营业后帐款票卡物交接',
  ],
  staff: ['受理业务并推荐新套餐', '协助引导排队客户', '整理柜台 5S', '参加班前会学习新业务'],
};
const ISSUES = ['', '叫号机偶有卡顿，已报修', '午间客流高峰等候较长', '宣传物料需更新'];

/** A stable pick by the person and the day. */
const pick = <T>(list: readonly T[], key: string, count = 1): T[] => {
  const byte = createHash('sha256').update(key).digest()[0]!;
  return Array.from({ length: count }, (_, i) => list[(byte + i) % list.length]!);
};

function demoWriters(org: SeededOrg): DemoWriter[] {
  const city = org.demoPeople['city.sup'];
  const writers: DemoWriter[] = city
    ? [
        {
          personId: city.id,
          personName: city.name,
          orgNodeId: org.cityId,
          orgName: '市公司',
          tier: 'supervisor',
        },
      ]
    : [];
  for (const district of org.districts) {
    for (const sup of org.districtSupervisors[district.code] ?? [])
      writers.push({
        personId: sup.id,
        personName: sup.name,
        orgNodeId: district.id,
        orgName: district.name,
        tier: 'supervisor',
      });
    for (const hall of district.halls)
      for (const staff of org.hallStaff[hall.code] ?? [])
        if (WRITING_ROLES.includes(staff.role))
          writers.push({
            personId: staff.id,
            personName: staff.name,
            orgNodeId: hall.id,
            orgName: hall.name,
            tier: staff.role === 'hall_manager' ? 'manager' : 'staff',
          });
  }
  return writers;
}

/** How many logs it wrote (none when some existed). */
export async function seedDemoWorklogs(prisma: PortalPrisma, org: SeededOrg, now: Date): Promise<number> {
  if (await prisma.workLog.count()) return 0;
  const today = chinaDateOf(now);
  const writers = demoWriters(org);
  const days = Array.from({ length: DAYS_BEHIND }, (_, i) => addCalendarDays(today, -(i + 1)));
  const { count } = await prisma.workLog.createMany({
    data: writers.flatMap(({ tier, ...writer }) =>
      days.map((day) => {
        const at = new Date(startOfChinaDay(day).getTime() + 20 * 3_600_000);
        return {
          ...writer,
          day,
          entries: pick(ENTRIES[tier], writer.personId + day, 3),
          floorMinutes: tier === 'supervisor' ? 180 : 300 + (at.getUTCDate() % 4) * 30,
          issues: pick(ISSUES, day + writer.personId)[0]!,
          submittedAt: at,
          updatedAt: at,
        };
      }),
    ),
    skipDuplicates: true,
  });
  const thisWeek = weekStartOf(today);
  const weeks = [addCalendarDays(thisWeek, -14), addCalendarDays(thisWeek, -7), thisWeek];
  await prisma.weeklyReport.createMany({
    data: writers
      .filter((w) => w.tier !== 'staff')
      .flatMap(({ tier: _tier, ...writer }) =>
        weeks.map((weekStart) => {
          const at = startOfChinaDay(weekStart);
          const past = weekStart !== thisWeek;
          return {
            ...writer,
            weekStart,
            plan: `${pick(ENTRIES.supervisor, writer.personId + weekStart)[0]}；${pick(ENTRIES.manager, weekStart)[0]}`,
            planAt: at,
            summary: past ? '计划事项均已完成，薄弱项已安排下周专项检查' : null,
            summaryAt: past ? addHours(at, 6 * 24 + 18) : null,
            updatedAt: at,
          };
        }),
      ),
    skipDuplicates: true,
  });
  return count;
}

const addHours = (at: Date, hours: number) => new Date(at.getTime() + hours * 3_600_000);
