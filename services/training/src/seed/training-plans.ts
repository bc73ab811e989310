// Demo training plans (培训计划): last month's plans of the city (closed), the demo districts (上城区, 西湖区) and
// their demo halls, published with two sessions each and attendance taken; this month's plans of the same units
// drafted as a keeper's draft is: the weak points of last month's city monthly exam and the unit's short staves
// (短板) of last month's inspections, read through the inspection API (as the demo trainer; see seed-caller.ts).
// Each plan links its targeted exam (考核考试) of its month, as the trainer who set it would: a hall's and a
// district's plan the district's written exam, the city's plan the city monthly exam — so the closed-loop board
// of a fresh demo shows halls tested by their plan's exam.
import { addMonths, chinaDateOf, currentMonth, firstDayOfMonth, startOfChinaDay } from '@duda/month';
import type { SeededOrg } from '@duda/service-org/seed';
import type { ExamTarget, PlanTopic } from '@duda/contract-training';
import { attemptsOf } from '../analysis/subject.ts';
import { pointFacilities, weakestPoints } from '../domain/statistics/index.ts';
import { draftTopics } from '../domain/training-plan-draft.ts';
import type { ServiceClient } from '@duda/service-kit';
import type { TrainingPrisma } from '../prisma.ts';
import { shortStaves } from '../training-plans/draft.ts';
import { targetedExamRefusal } from '../training-plans/targeted-exam.ts';
import { trainerCaller } from './seed-caller.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const DEMO_DISTRICTS = ['HZ-SC', 'HZ-XH'];
const PLACES = ['营业厅会议室', '区县分公司培训室', '市公司培训中心（线上同步）'];

interface Unit {
  id: string;
  name: string;
  level: 'city' | 'district' | 'hall';
  path: string[];
  keeper: { id: string; name: string };
  people: { id: string; name: string; staffNo: string }[];
}

function unitsOf(org: SeededOrg): Unit[] {
  const trainer = org.demoPeople['trainer']!;
  const districts = org.districts.filter((d) => DEMO_DISTRICTS.includes(d.code));
  const managerOf = (code: string) => org.hallStaff[code]?.find((p) => p.role === 'hall_manager');
  const units: Unit[] = [
    {
      id: org.cityId,
      name: '杭州分公司',
      level: 'city',
      path: [org.cityId],
      keeper: trainer,
      people: districts.flatMap((d) =>
        d.halls.flatMap((h) => (managerOf(h.code) ? [managerOf(h.code)!] : [])),
      ),
    },
  ];
  for (const district of districts) {
    const supervisor = org.districtSupervisors[district.code]?.[0];
    if (!supervisor) continue;
    units.push({
      id: district.id,
      name: district.name,
      level: 'district',
      path: [district.id, org.cityId],
      keeper: supervisor,
      people: district.halls.flatMap((h) => org.hallStaff[h.code]?.filter((p) => p.role !== 'clerk') ?? []),
    });
    for (const hall of district.halls.slice(0, 2)) {
      const [manager, ...staff] = org.hallStaff[hall.code] ?? [];
      if (!manager || staff.length === 0) continue;
      units.push({
        id: hall.id,
        name: hall.name,
        level: 'hall',
        path: [hall.id, district.id, org.cityId],
        keeper: manager,
        people: staff,
      });
    }
  }
  return units.map((u) => ({ ...u, people: u.people.slice(0, 40) }));
}

/** What the plans seed reads with: its own tables, and the inspection API (absent where none runs beside). */
export interface PlansSeedDeps {
  prisma: TrainingPrisma;
  inspection: ServiceClient | null;
}

/** Each unit's topics for a month: its weak points in the month before's city monthly exam, then its short staves. */
async function topicsByUnit(
  { prisma, inspection }: PlansSeedDeps,
  org: SeededOrg,
  month: string,
  units: Unit[],
) {
  const cityId = org.cityId;
  const caller = trainerCaller(org);
  const exams = await prisma.exam.findMany({
    where: {
      cityId,
      kind: 'CITY_MONTHLY',
      month: addMonths(month, -1),
      status: 'PUBLISHED',
      retakeOfId: null,
    },
  });
  const { attempts } = await attemptsOf({ prisma }, exams);
  const city = pointFacilities(attempts.map((a) => a.questions));
  const names = new Map(
    (await prisma.knowledgePoint.findMany({ where: { id: { in: [...city.keys()] } } })).map((p) => [
      p.id,
      p.name,
    ]),
  );
  return new Map(
    await Promise.all(
      units.map(async (unit) => {
        const mine = attempts.filter((a) => a.hallId === unit.id || a.orgPath.includes(unit.id));
        const weak = weakestPoints(pointFacilities(mine.map((a) => a.questions)), 5).flatMap((p) =>
          p.facility === null
            ? []
            : [
                {
                  id: p.knowledgePointId,
                  name: names.get(p.knowledgePointId) ?? '',
                  facility: p.facility,
                  cityFacility: city.get(p.knowledgePointId)?.facility ?? null,
                },
              ],
        );
        const failed = await shortStaves(inspection, caller, unit.id, addMonths(month, -1));
        return [unit.id, draftTopics(weak, failed)] as const;
      }),
    ),
  );
}

/** The month's exams a unit's plan is tested by: its district's written exam (a city's: the city monthly exam). */
async function targetedExamsOf(prisma: TrainingPrisma, cityId: string, months: string[]) {
  const exams = await prisma.exam.findMany({
    where: {
      cityId,
      month: { in: months },
      status: 'PUBLISHED',
      retakeOfId: null,
      kind: { in: ['CITY_MONTHLY', 'DISTRICT_WRITTEN'] },
    },
    select: { id: true, orgNodeId: true, target: true, month: true, status: true, kind: true },
  });
  return (unit: Unit, month: string) =>
    exams.filter(
      (exam) =>
        exam.month === month &&
        exam.kind === (unit.level === 'city' ? 'CITY_MONTHLY' : 'DISTRICT_WRITTEN') &&
        targetedExamRefusal({ orgPath: unit.path, month }, { ...exam, target: exam.target as ExamTarget }) ===
          null,
    );
}

/** Present mostly; every seventh absent, every eleventh excused (sick leave, rota). */
const attendanceOf = (i: number) => (i % 11 === 10 ? 'EXCUSED' : i % 7 === 6 ? 'ABSENT' : 'PRESENT');

export async function seedTrainingPlans(
  deps: PlansSeedDeps,
  org: SeededOrg,
  now: Date,
): Promise<{ trainingPlans: number; trainingSessions: number }> {
  const { prisma } = deps;
  const units = unitsOf(org);
  const thisMonth = currentMonth(now);
  const lastMonth = addMonths(thisMonth, -1);
  const articles = await prisma.article.findMany({
    where: { cityId: org.cityId, status: 'PUBLISHED' },
    orderBy: { title: 'asc' },
    select: { id: true, title: true },
    take: 6,
  });
  const examsOf = await targetedExamsOf(prisma, org.cityId, [lastMonth, thisMonth]);
  const trainerId = org.demoPeople['trainer']!.id;
  let plans = 0;
  let sessions = 0;
  for (const [month, past] of [
    [lastMonth, true],
    [thisMonth, false],
  ] as const) {
    const topics = await topicsByUnit(deps, org, month, units);
    for (const [u, unit] of units.entries()) {
      const planTopics: PlanTopic[] = topics.get(unit.id) ?? [];
      const firstDay = startOfChinaDay(firstDayOfMonth(month)).getTime();
      const plan = await prisma.trainingPlan.create({
        data: {
          cityId: org.cityId,
          orgNodeId: unit.id,
          level: unit.level,
          orgName: unit.name,
          orgPath: unit.path,
          month,
          topics: planTopics,
          createdById: unit.keeper.id,
          status: !past ? 'DRAFT' : unit.level === 'city' ? 'DONE' : 'PUBLISHED',
          publishedAt: past ? new Date(firstDay + 2 * DAY) : null,
          closedAt:
            past && unit.level === 'city' ? new Date(startOfChinaDay(chinaDateOf(now)).getTime()) : null,
          createdAt: new Date(firstDay + DAY),
          exams: {
            create: examsOf(unit, month).map((exam) => ({
              examId: exam.id,
              linkedById: trainerId,
              linkedAt: new Date(firstDay + DAY),
            })),
          },
        },
      });
      plans += 1;
      if (!past) continue;
      for (const week of [1, 3]) {
        const startsAt = new Date(firstDay + (week * 7 + (u % 4)) * DAY + 14 * HOUR);
        const covered = planTopics.filter((_, i) => i % 2 === (week % 3) % 2);
        const material = articles[(u + week) % Math.max(articles.length, 1)];
        await prisma.trainingSession.create({
          data: {
            planId: plan.id,
            startsAt,
            endsAt: new Date(startsAt.getTime() + 1.5 * HOUR),
            place: PLACES[unit.level === 'hall' ? 0 : unit.level === 'district' ? 1 : 2]!,
            trainerId: unit.keeper.id,
            trainerName: unit.keeper.name,
            topicKeys: covered.map((t) => t.key),
            materials: [
              ...(material ? [{ articleId: material.id, title: material.title }] : []),
              { text: week === 1 ? '案例讲解与现场演练' : '上月问题复盘与随堂测验' },
            ],
            attendance: {
              create: unit.people.map((p, i) => ({
                personId: p.id,
                personName: p.name,
                staffNo: p.staffNo,
                status: attendanceOf(i + week + u),
                markedAt: new Date(startsAt.getTime() + 2 * HOUR),
              })),
            },
          },
        });
        sessions += 1;
      }
    }
  }
  return { trainingPlans: plans, trainingSessions: sessions };
}
