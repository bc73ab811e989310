import { scopeOf, type Actor } from '@duda/authz';
import type { CallerContext } from '@duda/service-kit';
import { chinaDateOf, monthOf } from '@duda/month';
import type { InspectionDeps } from '../deps.ts';
import { carriesOutPlanEntry } from '../domain/index.ts';

type Ctx = CallerContext & { actor: Actor };

/** A hall manager walks the floor with the daily checklist at least twice a day (日检 ≥ 2). */
export const DAILY_CHECKS_REQUIRED = 2;

/**
 * What the caller should do next: planned inspections assigned to them, checklists issued to their hall
 * for self-check (制发检查单), and today's daily checks. A plan is in the task lists from the day it is issued:
 * a later month's visits show as upcoming (`upcoming`, labelled with their `month`), and the hall gets their
 * checklists at once to check itself before the visit.
 */
export async function myTasks(deps: InspectionDeps, ctx: Ctx) {
  const today = chinaDateOf(deps.now());
  const month = monthOf(today);
  const hallIds = scopeOf(ctx.actor, 'inspection.selfcheck').orgNodeIds;
  const [assigned, issued, dailyDone] = await Promise.all([
    deps.prisma.planEntry.findMany({
      where: {
        inspectorIds: { has: ctx.actor.personId },
        plan: { status: 'PUBLISHED' },
      },
      include: {
        plan: { select: { title: true, month: true } },
        inspections: {
          where: { inspectorId: ctx.actor.personId },
          select: { id: true, status: true, kind: true, inspectorId: true },
        },
      },
      orderBy: { plannedDate: 'asc' },
    }),
    hallIds.length
      ? deps.prisma.planEntry.findMany({
          // A mystery-shopper visit (神秘客户暗访) is never announced to the hall it targets.
          where: {
            hallId: { in: hallIds },
            kind: { not: 'MYSTERY' },
            plan: { status: 'PUBLISHED', month: { gte: month } },
          },
          include: {
            plan: { select: { title: true, month: true } },
            inspections: { where: { kind: 'SELF_CHECK' }, select: { id: true, status: true } },
          },
          orderBy: { plannedDate: 'asc' },
        })
      : Promise.resolve([]),
    hallIds.length
      ? deps.prisma.inspection.groupBy({
          by: ['hallId', 'hallName'],
          where: { hallId: { in: hallIds }, kind: 'DAILY', inspectedOn: today, status: 'SUBMITTED' },
          _count: true,
        })
      : Promise.resolve([]),
  ]);
  const stateOf = (inspections: { id: string; status: string }[]) => {
    const submitted = inspections.find((i) => i.status === 'SUBMITTED');
    const draft = inspections.find((i) => i.status === 'DRAFT');
    return {
      state: submitted ? ('DONE' as const) : draft ? ('DRAFT' as const) : ('TODO' as const),
      inspectionId: (submitted ?? draft)?.id ?? null,
    };
  };
  const templateNames = new Map(
    (
      await deps.prisma.checklistTemplate.findMany({
        where: { lineId: { in: [...assigned, ...issued].map((e) => e.templateLineId) }, status: 'PUBLISHED' },
        select: { lineId: true, name: true },
      })
    ).map((t) => [t.lineId, t.name]),
  );
  const entryView = (e: (typeof assigned)[number] | (typeof issued)[number]) => ({
    entryId: e.id,
    planTitle: e.plan.title,
    month: e.plan.month,
    upcoming: e.plan.month > month,
    hallId: e.hallId,
    hallName: e.hallName,
    kind: e.kind,
    plannedDate: e.plannedDate,
    templateName: templateNames.get(e.templateLineId) ?? '',
    ...stateOf(e.inspections),
  });
  const dailyByHall = new Map(dailyDone.map((d) => [d.hallId, d._count]));
  const hallNames = hallIds.length ? await deps.org.places(ctx, hallIds) : [];
  return {
    today,
    assigned: assigned
      .map((e) => ({ ...e, inspections: e.inspections.filter((i) => carriesOutPlanEntry(e, i)) }))
      .map(entryView)
      .filter((t) => t.state !== 'DONE' || t.month >= month),
    selfChecks: issued.map(entryView),
    daily: hallNames
      .filter((h) => h.level === 'hall')
      .map((h) => ({
        hallId: h.id,
        hallName: h.name,
        done: dailyByHall.get(h.id) ?? 0,
        required: DAILY_CHECKS_REQUIRED,
      })),
  };
}
