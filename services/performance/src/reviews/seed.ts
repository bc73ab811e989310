// The 360 reviews' demo data (one call in ../seed/index.ts), on the demo org's people as the org seed hands them
// over: last quarter's cycle released — 湖滨's and 南星's managers with enough raters, 清波's with too few peers and
// reports to show them — and this quarter's open, where 湖滨's duty manager and clerk, 南星's manager and 上城区's
// supervisor have forms to fill in and one proposed peer waits for the superior. Idempotent: skipped once any
// cycle exists.
import { DEFAULT_MINIMUMS, type Perspective } from '@duda/contract-performance';
import type { SeededOrg } from '@duda/service-org/seed';
import type { PerformancePrisma } from '../prisma.ts';
import { questionnaire } from './domain/cycle-rules.ts';

const QUESTIONS = questionnaire([
  '能及时、准确地传达上级要求并落实到班组',
  '能在现场辅导员工，帮助员工提升服务技能',
  '处理客户投诉和现场问题时沉着、有方法',
  '排班和人员安排合理，兼顾业务高峰与员工休息',
  '能以身作则，带动团队积极性',
]);
const COMMENTS = [
  '现场指导很及时，遇到难办的业务会亲自示范',
  '早班会内容可以再精炼一些',
  '排班能照顾到大家的实际困难',
  '希望多组织一些业务培训',
  '处理投诉很有耐心，值得学习',
  '对新员工的带教还可以更系统',
];

interface Person {
  id: string;
  name: string;
  staffNo: string;
  orgName: string;
}
interface Plan {
  hallCode: string;
  /** How many of each perspective answer (the rest are approved and have not). */
  answered: Record<Perspective, number>;
}

/** A small deterministic generator, so the demo reads the same after every fresh start. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function cast(org: SeededOrg) {
  const halls = org.districts.flatMap((d) => d.halls.map((h) => ({ ...h, district: d })));
  const managerOf = (hallCode: string): Person | null => {
    const hall = halls.find((h) => h.code === hallCode)!;
    const first = org.hallStaff[hallCode]?.[0];
    return first?.role === 'hall_manager' ? { ...first, orgName: hall.name } : null;
  };
  const managers = halls.map((h) => managerOf(h.code)).filter((m): m is Person => m !== null);
  return {
    hall: (code: string) => halls.find((h) => h.code === code)!,
    manager: (code: string) => managerOf(code)!,
    peersOf: (code: string) => managers.filter((m) => m.id !== managerOf(code)!.id),
    reportsOf: (code: string) =>
      (org.hallStaff[code] ?? [])
        .slice(1)
        .map((p) => ({ ...p, orgName: halls.find((h) => h.code === code)!.name })),
    superiorsOf: (code: string) => {
      const district = halls.find((h) => h.code === code)!.district;
      return (org.districtSupervisors[district.code] ?? []).map((s) => ({
        ...s,
        staffNo: '',
        orgName: district.name,
      }));
    },
  };
}

async function seedCycle(
  prisma: PerformancePrisma,
  org: SeededOrg,
  cycle: { title: string; period: string; dueAt: Date; status: 'OPEN' | 'RELEASED'; releasedAt: Date | null },
  plans: Plan[],
  random: () => number,
) {
  const people = cast(org);
  const created = await prisma.reviewCycle.create({
    data: {
      ...cycle,
      cityId: org.cityId,
      cityName: '杭州分公司',
      periodKind: 'QUARTER',
      questions: QUESTIONS as object[],
      minSuperior: DEFAULT_MINIMUMS.SUPERIOR,
      minPeer: DEFAULT_MINIMUMS.PEER,
      minSubordinate: DEFAULT_MINIMUMS.SUBORDINATE,
      createdById: org.demoPeople['hr']!.id,
    },
  });
  for (const plan of plans) {
    const manager = people.manager(plan.hallCode);
    const hall = people.hall(plan.hallCode);
    const raters: Record<Perspective, Person[]> = {
      SUPERIOR: people.superiorsOf(plan.hallCode),
      PEER: people.peersOf(plan.hallCode).slice(0, 5),
      SUBORDINATE: people.reportsOf(plan.hallCode).slice(0, 5),
    };
    const subject = await prisma.reviewSubject.create({
      data: {
        cycleId: created.id,
        personId: manager.id,
        personName: manager.name,
        staffNo: manager.staffNo,
        hallId: hall.id,
        hallName: hall.name,
        superiorIds: raters.SUPERIOR.map((s) => s.id),
        candidates: (Object.keys(raters) as Perspective[]).flatMap((perspective) =>
          (perspective === 'PEER' ? people.peersOf(plan.hallCode) : raters[perspective]).map((p) => ({
            personId: p.id,
            name: p.name,
            staffNo: p.staffNo,
            orgName: p.orgName,
            perspective,
          })),
        ),
      },
    });
    for (const perspective of Object.keys(raters) as Perspective[]) {
      for (const [index, rater] of raters[perspective].entries()) {
        const answers = index < plan.answered[perspective];
        await prisma.reviewRater.create({
          data: {
            subjectId: subject.id,
            personId: rater.id,
            personName: rater.name,
            staffNo: rater.staffNo,
            orgName: rater.orgName,
            perspective,
            status: answers ? 'SUBMITTED' : 'APPROVED',
            proposedBySubject: perspective !== 'SUPERIOR',
          },
        });
        if (!answers) continue;
        const anonymous = { subjectId: subject.id, perspective };
        await prisma.reviewScore.createMany({
          data: QUESTIONS.map((q) => ({
            ...anonymous,
            questionKey: q.key,
            score: 3 + Math.floor(random() * 3),
          })),
        });
        if (random() < 0.5)
          await prisma.reviewComment.create({
            data: {
              ...anonymous,
              questionKey: QUESTIONS[Math.floor(random() * QUESTIONS.length)]!.key,
              text: COMMENTS[Math.floor(random() * COMMENTS.length)]!,
            },
          });
      }
    }
  }
  return created.id;
}

export async function seedReviewsDemo(prisma: PerformancePrisma, org: SeededOrg, now = new Date()) {
  if ((await prisma.reviewCycle.count()) > 0) return { cycles: 0 };
  const random = sequence(20261201);
  const all = { SUPERIOR: 9, PEER: 9, SUBORDINATE: 9 };
  await seedCycle(
    prisma,
    org,
    {
      title: '2026 年第三季度店面经理 360 度评估',
      period: '2026-Q3',
      dueAt: new Date('2026-09-30T10:00:00Z'),
      status: 'RELEASED',
      releasedAt: new Date('2026-10-10T02:00:00Z'),
    },
    [
      { hallCode: 'HZ-SC-01', answered: all },
      { hallCode: 'HZ-SC-02', answered: all },
      // 清波: two peers and one report answered — too few to show either.
      { hallCode: 'HZ-SC-03', answered: { SUPERIOR: 1, PEER: 2, SUBORDINATE: 1 } },
    ],
    random,
  );
  const open = await seedCycle(
    prisma,
    org,
    {
      title: '2026 年第四季度店面经理 360 度评估',
      period: '2026-Q4',
      dueAt: new Date(now.getTime() + 21 * 86_400_000),
      status: 'OPEN',
      releasedAt: null,
    },
    [
      // Others have answered; the demo logins (湖滨's duty manager and clerk, 南星's manager, 上城区's supervisor) not yet.
      { hallCode: 'HZ-SC-01', answered: { SUPERIOR: 0, PEER: 0, SUBORDINATE: 0 } },
      { hallCode: 'HZ-SC-02', answered: { SUPERIOR: 0, PEER: 2, SUBORDINATE: 0 } },
    ],
    random,
  );
  // 湖滨's manager proposed one more peer: it waits for the superior's approval (a to-do of sc.sup).
  const hubin = await prisma.reviewSubject.findFirstOrThrow({
    where: { cycleId: open, hallId: cast(org).hall('HZ-SC-01').id },
  });
  const extra = cast(org).peersOf('HZ-SC-01')[5];
  if (extra)
    await prisma.reviewRater.create({
      data: {
        subjectId: hubin.id,
        personId: extra.id,
        personName: extra.name,
        staffNo: extra.staffNo,
        orgName: extra.orgName,
        perspective: 'PEER',
        status: 'PROPOSED',
        proposedBySubject: true,
      },
    });
  return { cycles: 2 };
}
