// `portal.worklog.{week, savePlan, saveSummary, teamWeeks}`: the caller's weekly report (周报) — the plan at the
// week's start, the summary at its end — and those of the people in a supervisor's scope.
import type { Actor } from '@duda/authz';
import { worklogErrors, type MyWeek, type WeeklyReportView } from '@duda/contract-portal';
import { chinaDateOf } from '@duda/month';
import type { DutiesDeps } from '../duties/duties-deps.ts';
import { planEditable, summaryEditable, weekEndOf, weekStartOf } from './domain/editing.ts';
import { weekView } from './views.ts';
import { readableWhere, writerOf } from './writer.ts';

type Deps = Pick<DutiesDeps, 'prisma' | 'now'>;

async function mineOf(deps: Deps, actor: Actor, weekStart: string) {
  return deps.prisma.weeklyReport.findUnique({
    where: { personId_weekStart: { personId: actor.personId, weekStart } },
  });
}

export async function myWeek(
  deps: Deps,
  actor: Actor,
  input: { weekStart?: string | null },
): Promise<MyWeek> {
  const today = chinaDateOf(deps.now());
  const weekStart = input.weekStart ?? weekStartOf(today);
  const report = await mineOf(deps, actor, weekStart);
  return {
    weekStart,
    weekEnd: weekEndOf(weekStart),
    planEditable: planEditable(weekStart, today),
    summaryEditable: summaryEditable(weekStart, today),
    report: report && weekView(report),
  };
}

async function write(
  deps: Deps,
  actor: Actor,
  weekStart: string,
  part: { plan: string; planAt: Date } | { summary: string; summaryAt: Date },
) {
  const writer = writerOf(actor);
  const report = await deps.prisma.weeklyReport.upsert({
    where: { personId_weekStart: { personId: actor.personId, weekStart } },
    create: { ...writer, weekStart, ...part },
    update: part,
  });
  return weekView(report);
}

export async function savePlan(
  deps: Deps,
  actor: Actor,
  input: { weekStart: string; plan: string },
): Promise<WeeklyReportView> {
  const now = deps.now();
  if (!planEditable(input.weekStart, chinaDateOf(now)))
    throw worklogErrors.planClosed({ weekStart: input.weekStart }, 'weekStart');
  const kept = await mineOf(deps, actor, input.weekStart);
  return write(deps, actor, input.weekStart, { plan: input.plan, planAt: kept?.planAt ?? now });
}

export async function saveSummary(
  deps: Deps,
  actor: Actor,
  input: { weekStart: string; summary: string },
): Promise<WeeklyReportView> {
  const now = deps.now();
  if (!summaryEditable(input.weekStart, chinaDateOf(now)))
    throw worklogErrors.summaryClosed({ weekStart: input.weekStart }, 'weekStart');
  const kept = await mineOf(deps, actor, input.weekStart);
  return write(deps, actor, input.weekStart, { summary: input.summary, summaryAt: kept?.summaryAt ?? now });
}

export async function teamWeeks(
  deps: Deps,
  actor: Actor,
  input: { from: string; to: string; personId?: string | null },
): Promise<WeeklyReportView[]> {
  const rows = await deps.prisma.weeklyReport.findMany({
    where: { ...readableWhere(actor, input.personId), weekStart: { gte: input.from, lte: input.to } },
    orderBy: [{ weekStart: 'desc' }, { orgName: 'asc' }, { personName: 'asc' }],
    take: 500,
  });
  return rows.map(weekView);
}
