// Demo data (辅导) in the last closed month, written through the same functions as the pages, as the superiors:
// 湖滨's demo clerk is 不合格 with no plan yet (the browser story makes it); another clerk of 湖滨 has an open plan of
// her manager's with one follow-up recorded and one due today; 南星's manager has an open plan of 上城's supervisor,
// next follow-up in four days; 清波's manager had a plan the month before, closed as improved, and is an improver
// the supervisor recognised; a third clerk of 湖滨 (where there is one) improved and waits for recognition. The low
// and previous results are made so by adjustments (加减分) with their reasons, as a superior would have recorded them.
import type { Actor, Role } from '@duda/authz';
import { addCalendarDays, addMonths, chinaDateOf, startOfChinaDay } from '@duda/month';
import type { SeededOrg } from '@duda/service-org/seed';
import type { PerformanceDeps } from '../deps.ts';
import { jobCaller } from '../scorecards/caller.ts';
import { gradeBandsOf } from '../scorecards/grade-settings.ts';
import { addAdjustment } from '../scorecards/scorecards.ts';
import type { Ctx } from '../ports/org-directory.ts';
import { closePlan, createPlan, recordFollowUp } from './plans.ts';
import { recognise } from './recognition.ts';

const LOW = 45;
const COMPLAINTS = '客户投诉两起（服务态度，已核实）';
const LATE = '当月迟到三次、一次未按规范着装';

const superior = (person: { id: string; name: string }, role: Role, orgNodeId: string, subtree: string[]) =>
  jobCaller(
    {
      personId: person.id,
      name: person.name,
      staffNo: '',
      homeOrgNodeId: orgNodeId,
      roles: [
        {
          role,
          orgNodeId,
          orgNodeName: '',
          orgLevel: role === 'hall_manager' ? 'hall' : 'district',
          subtree,
        },
      ],
    } satisfies Actor,
    'performance-seed',
  );

const at = (deps: PerformanceDeps, day: string) => ({
  ...deps,
  now: () => new Date(startOfChinaDay(day).getTime() + 10 * 3_600_000),
});

export async function seedCoachingDemo(deps: PerformanceDeps, org: SeededOrg, month: string, now: Date) {
  const last = addMonths(month, -1);
  const before = addMonths(month, -2);
  const today = chinaDateOf(now);
  const district = org.districts.find((one) => one.halls.some((hall) => hall.code === 'HZ-SC-01'));
  const supervisor = org.demoPeople['sc.sup'];
  const managerRef = org.demoPeople['hubin.mgr'];
  if (!district || !supervisor || !managerRef || district.halls.length < 3) return;
  const [hubin, nanxing, qingbo] = district.halls as [
    (typeof district.halls)[0],
    (typeof district.halls)[0],
    (typeof district.halls)[0],
  ];
  const bands = await gradeBandsOf(deps.prisma, org.cityId);
  const card = (personId: string, ofMonth: string) =>
    deps.prisma.scorecard.findUnique({ where: { month_personId: { month: ofMonth, personId } } });
  /** A change to a shown result, as its superior recorded it. */
  const adjust = async (cardId: string, points: number, reason: string, by: Ctx) => {
    if (points < 0)
      await deps.prisma.$transaction((tx) =>
        addAdjustment(tx, cardId, { points, reason, by: by.actor }, bands),
      );
  };
  const makeLow = async (personId: string, by: Ctx) => {
    const shown = await card(personId, last);
    if (shown) await adjust(shown.id, LOW - shown.final, COMPLAINTS, by);
    return shown;
  };
  /** The month before at most 12 points under the last one (and below `ceiling`): an improvement of 5 at least. */
  const makeImprover = async (personId: string, by: Ctx, ceiling = 100) => {
    const [then, shown] = [await card(personId, before), await card(personId, last)];
    if (!then || !shown || shown.final < 12 + 5) return null;
    await adjust(then.id, Math.min(shown.final - 12, ceiling) - then.final, LATE, by);
    return { then: await card(personId, before), shown };
  };

  const manager = superior(managerRef, 'hall_manager', hubin.id, [hubin.id]);
  const sup = superior(
    supervisor,
    'district_supervisor',
    district.id,
    district.halls.map((hall) => hall.id),
  );
  const clerks = (org.hallStaff[hubin.code] ?? []).filter(
    (person) => person.role === 'clerk' && person.id !== org.demoPeople['hubin.clerk']?.id,
  );
  const demoClerk = org.demoPeople['hubin.clerk'];
  if (demoClerk) await makeLow(demoClerk.id, manager);

  // 湖滨: a clerk's plan of two days ago, its first follow-up recorded yesterday, the second due today.
  const planned = clerks[0] && (await makeLow(clerks[0].id, manager));
  if (planned) {
    const plan = await createPlan(at(deps, addCalendarDays(today, -2)), manager, {
      scorecardId: planned.id,
      goal: '服务态度投诉清零，月度得分回到 70 分以上',
      actions: [
        {
          description: '学习《营业员服务规范》并在晨会复述',
          ownerId: planned.personId,
          followUpOn: addCalendarDays(today, -1),
        },
        { description: '店长每周旁听两次柜台服务并点评', ownerId: managerRef.id, followUpOn: today },
      ],
    });
    await recordFollowUp(at(deps, addCalendarDays(today, -1)), manager, {
      planId: plan.id,
      actionId: plan.actions[0]!.id,
      note: '晨会复述完整，抽问三条规范全部答对。',
    });
  }
  if (clerks[1]) await makeImprover(clerks[1].id, manager);

  // 上城: 南星's manager, planned by the district's supervisor three days ago; next follow-up in four days.
  const nanxingManager = org.hallStaff[nanxing.code]?.[0];
  const low = nanxingManager && (await makeLow(nanxingManager.id, sup));
  if (low)
    await createPlan(at(deps, addCalendarDays(today, -3)), sup, {
      scorecardId: low.id,
      goal: '整改单按期闭环，不再出现超期',
      actions: [
        {
          description: '每周一核对整改单进度并上报',
          ownerId: low.personId,
          followUpOn: addCalendarDays(today, 4),
        },
        {
          description: '区县督导月中抽查一次整改闭环',
          ownerId: supervisor.id,
          followUpOn: addCalendarDays(today, 14),
        },
      ],
    });

  // 清波's manager: low the month before, a plan through last month closed as improved, recognised since.
  const qingboManager = org.hallStaff[qingbo.code]?.[0];
  const improved = qingboManager && (await makeImprover(qingboManager.id, sup, LOW));
  if (!improved?.then) return;
  const { then, shown } = improved;
  const start = `${last}-03`;
  const plan = await createPlan(at(deps, start), sup, {
    scorecardId: then.id,
    goal: '团队纪律和着装规范达标',
    actions: [{ description: '每日班前检查着装与考勤', ownerId: then.personId, followUpOn: `${last}-17` }],
  });
  const end = at(deps, `${last}-17`);
  await recordFollowUp(end, sup, {
    planId: plan.id,
    actionId: plan.actions[0]!.id,
    note: '两周内无迟到，着装全部规范。',
  });
  await closePlan(end, sup, { id: plan.id, outcome: 'IMPROVED', note: '纪律明显好转，计划结案。' });
  await recognise(deps, sup, {
    scorecardId: shown.id,
    note: '改进计划按期完成，本月得分明显提升，予以表扬。',
  });
}
