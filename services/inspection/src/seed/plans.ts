import { monthLabel } from '@duda/month';
import type { InspectionPlan as PlanRow, PlanStatus } from '../generated/prisma/client.ts';
import type { InspectionPrisma } from '../prisma.ts';
import type { DemoHall, DemoOrg } from './demo-org.ts';
import { at } from './time.ts';
import type { Random } from './random.ts';

export interface SeededEntry {
  id: string;
  planId: string;
  month: string;
  planStatus: PlanStatus;
  hall: DemoHall;
  kind: 'MONTHLY_VISIT' | 'CROSS' | 'MYSTERY';
  inspector: { id: string; name: string };
  assigneeIds: string[];
  plannedDate: string;
}

interface Context {
  org: DemoOrg;
  halls: DemoHall[];
  months: string[];
  now: Date;
  standardLine: string;
  random: Random;
}

const day = (month: string, d: number) => `${month}-${String(d).padStart(2, '0')}`;

/** Who did what to a plan on its way to publication (the approval record). */
function history(
  status: PlanStatus,
  month: string,
  author: { id: string; name: string },
  leader: { id: string; name: string },
  rejectedOnce: boolean,
) {
  const events: {
    at: Date;
    actorId: string;
    actorName: string;
    action: string;
    fromStatus: PlanStatus | null;
    toStatus: PlanStatus;
    comment: string | null;
  }[] = [];
  const push = (
    d: number,
    hour: number,
    who: { id: string; name: string },
    action: string,
    fromStatus: PlanStatus | null,
    toStatus: PlanStatus,
    comment: string | null = null,
  ) =>
    events.push({
      at: at(day(month, d), hour),
      actorId: who.id,
      actorName: who.name,
      action,
      fromStatus,
      toStatus,
      comment,
    });
  push(1, 9, author, 'CREATE', null, 'DRAFT');
  if (status === 'DRAFT') return events;
  push(1, 17, author, 'SUBMIT', 'DRAFT', 'SUBMITTED');
  if (rejectedOnce) {
    push(
      2,
      10,
      leader,
      'REJECT',
      'SUBMITTED',
      'REJECTED',
      '交叉巡检安排过于集中在月底，请把部分检查提前到中旬。',
    );
    push(2, 15, author, 'REVISE', 'REJECTED', 'DRAFT');
    push(2, 16, author, 'SUBMIT', 'DRAFT', 'SUBMITTED');
  }
  if (status === 'SUBMITTED') return events;
  push(3, 10, leader, 'APPROVE', 'SUBMITTED', 'APPROVED', '同意。');
  if (status === 'APPROVED') return events;
  push(3, 14, author, 'PUBLISH', 'APPROVED', 'PUBLISHED');
  return events;
}

/**
 * A city plan (city visits, cross-inspections between districts, mystery shoppers) and one plan per
 * district (a visit to every hall) for each month. In the current month 西湖区's plan still waits for
 * approval, so a leader has something to decide.
 */
export async function seedPlans(prisma: InspectionPrisma, ctx: Context): Promise<SeededEntry[]> {
  const { org, halls, months, random } = ctx;
  const citySup = org.demoPeople['city.sup']!;
  const leader = org.demoPeople.leader!;
  const current = months[months.length - 1]!;
  const entries: SeededEntry[] = [];

  async function createPlan(
    scope: { level: 'CITY' | 'DISTRICT'; id: string; name: string },
    month: string,
    author: { id: string; name: string },
    status: PlanStatus,
    specs: Omit<SeededEntry, 'id' | 'planId' | 'month' | 'planStatus'>[],
  ) {
    const plan: PlanRow = await prisma.inspectionPlan.create({
      data: {
        scopeLevel: scope.level,
        scopeOrgId: scope.id,
        scopeName: scope.name,
        cityId: org.cityId,
        month,
        title: `${scope.name}${monthLabel(month)}服务检查计划`,
        authorId: author.id,
        authorName: author.name,
        status,
        firstSubmittedAt: status === 'DRAFT' ? null : at(day(month, 1), 17),
        publishedAt: status === 'PUBLISHED' ? at(day(month, 3), 14) : null,
        events: {
          create: history(status, month, author, leader, scope.level === 'CITY' && month === months[1]),
        },
      },
    });
    for (const spec of specs) {
      const entry = await prisma.planEntry.create({
        data: {
          planId: plan.id,
          hallId: spec.hall.id,
          hallName: spec.hall.name,
          districtId: spec.hall.districtId,
          kind: spec.kind,
          templateLineId: ctx.standardLine,
          inspectorIds: spec.assigneeIds.length ? spec.assigneeIds : [spec.inspector.id],
          inspectorNames: [spec.inspector.name],
          plannedDate: spec.plannedDate,
        },
      });
      entries.push({ ...spec, id: entry.id, planId: plan.id, month, planStatus: status });
    }
  }

  for (const month of months) {
    const cityEntries: Omit<SeededEntry, 'id' | 'planId' | 'month' | 'planStatus'>[] = [];
    const pickHalls = (n: number) =>
      Array.from({ length: n }, () => random.pick(halls)).filter((h, i, all) => all.indexOf(h) === i);
    for (const hall of pickHalls(3))
      cityEntries.push({
        hall,
        kind: 'MONTHLY_VISIT',
        inspector: citySup,
        assigneeIds: [],
        plannedDate: day(month, random.int(8, 25)),
      });
    for (const hall of pickHalls(2))
      cityEntries.push({
        hall,
        kind: 'MYSTERY',
        inspector: citySup,
        assigneeIds: [],
        plannedDate: day(month, random.int(10, 24)),
      });
    // Cross-inspection: each district's first supervisor visits a hall of the next district.
    org.districts.forEach((district, i) => {
      const target = org.districts[(i + 1) % org.districts.length]!;
      const inspector = org.districtSupervisors[district.code]![0]!;
      const hall = halls.find(
        (h) =>
          h.districtId === target.id &&
          h.code.endsWith(String(((months.indexOf(month) + i) % 6) + 1).padStart(2, '0')),
      )!;
      cityEntries.push({
        hall,
        kind: 'CROSS',
        inspector,
        assigneeIds: [inspector.id],
        plannedDate: day(month, random.int(12, 26)),
      });
    });
    await createPlan(
      { level: 'CITY', id: org.cityId, name: '杭州分公司' },
      month,
      citySup,
      'PUBLISHED',
      cityEntries,
    );

    for (const district of org.districts) {
      const supervisors = org.districtSupervisors[district.code]!;
      const author =
        district.code === 'HZ-SC'
          ? org.demoPeople['sc.sup']!
          : district.code === 'HZ-XH'
            ? org.demoPeople['xh.sup']!
            : supervisors[0]!;
      const status: PlanStatus = month === current && district.code === 'HZ-XH' ? 'SUBMITTED' : 'PUBLISHED';
      const specs = halls
        .filter((h) => h.districtId === district.id)
        .map((hall, i) => ({
          hall,
          kind: 'MONTHLY_VISIT' as const,
          inspector: i % 2 === 0 ? author : (supervisors.find((s) => s.id !== author.id) ?? author),
          assigneeIds: [],
          plannedDate: day(month, 5 + i * 3 + random.int(0, 2)),
        }));
      await createPlan(
        { level: 'DISTRICT', id: district.id, name: district.name },
        month,
        author,
        status,
        specs,
      );
    }
  }
  return entries;
}
