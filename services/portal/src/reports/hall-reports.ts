// `portal.reports.*`: the hall monthly report (营业厅月报表, 表2). The manager opens a month's report, which is
// prefilled from the areas' figures as the manager sees them; refreshes the prefill while it is a draft; writes
// the free text per section; submits it, after which it is read-only. Supervisors read the submitted reports of
// the halls in their scope; the manager reads their own, draft or not.
import { scopeOf } from '@duda/authz';
import {
  reportsErrors,
  type HallReportRow,
  type HallReportView,
  type MyHallReports,
  type ReportSection,
} from '@duda/contract-portal';
import { chinaDateOf, monthOf } from '@duda/month';
import { countEvidence } from '../duties/counting.ts';
import { monthlyReportEvidence } from '../duties/domain/evidence.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { answersFor } from './answers.ts';
import { prefillOf } from './domain/prefill.ts';
import { assertReadable, writableHall, writableHalls } from './halls.ts';
import type { ReportsDeps, SignedIn } from './reports-deps.ts';
import { reportView } from './views.ts';

type Sections = Partial<Record<ReportSection, string>>;
const key = (hallId: string, month: string) => ({ hallId_month: { hallId, month } });

export async function myReports(
  deps: ReportsDeps,
  ctx: SignedIn,
  input: { month?: string | null },
): Promise<MyHallReports> {
  const month = input.month ?? monthOf(chinaDateOf(deps.now()));
  const halls = writableHalls(ctx.actor);
  const rows = await deps.prisma.hallMonthlyReport.findMany({
    where: { month, hallId: { in: halls.map((h) => h.hallId) } },
  });
  return {
    month,
    halls: halls.map((hall) => {
      const row = rows.find((r) => r.hallId === hall.hallId);
      return { ...hall, report: row ? reportView(row) : null };
    }),
  };
}

export async function getReport(
  deps: ReportsDeps,
  ctx: SignedIn,
  input: { hallId: string; month: string },
): Promise<HallReportView> {
  assertReadable(ctx.actor, input.hallId);
  const row = await deps.prisma.hallMonthlyReport.findUnique({ where: key(input.hallId, input.month) });
  const own = writableHalls(ctx.actor).some((h) => h.hallId === input.hallId);
  // A draft is the manager's own until submitted.
  if (!row || (row.status === 'DRAFT' && !own)) throw reportsErrors.notFound();
  return reportView(row);
}

async function draftOf(deps: ReportsDeps, hallId: string, month: string) {
  const row = await deps.prisma.hallMonthlyReport.findUnique({ where: key(hallId, month) });
  if (row?.status === 'SUBMITTED') throw reportsErrors.submitted({ month });
  return row;
}

function assertMonthBegun(deps: ReportsDeps, month: string) {
  if (month > monthOf(chinaDateOf(deps.now()))) throw reportsErrors.futureMonth({ month }, 'month');
}

/** Reads the areas' figures again into the draft (made when none exists). */
export async function prefillReport(
  deps: ReportsDeps,
  ctx: SignedIn,
  input: { hallId: string; month: string },
): Promise<HallReportView> {
  const hall = writableHall(ctx.actor, input.hallId);
  assertMonthBegun(deps, input.month);
  await draftOf(deps, input.hallId, input.month);
  const prefill = prefillOf(hall.hallId, input.month, await answersFor(deps, ctx, hall.hallId, input.month));
  const fill = { prefill: prefill as unknown as Prisma.InputJsonValue, prefilledAt: deps.now() };
  const row = await deps.prisma.hallMonthlyReport.upsert({
    where: key(hall.hallId, input.month),
    create: {
      ...hall,
      month: input.month,
      ...fill,
      authorId: ctx.actor.personId,
      authorName: ctx.actor.name,
    },
    update: fill,
  });
  return reportView(row);
}

async function write(
  deps: ReportsDeps,
  ctx: SignedIn,
  input: { hallId: string; month: string; sections: Sections },
  submit: boolean,
): Promise<HallReportView> {
  writableHall(ctx.actor, input.hallId);
  assertMonthBegun(deps, input.month);
  if (!(await draftOf(deps, input.hallId, input.month))) await prefillReport(deps, ctx, input);
  const now = deps.now();
  // Only a draft changes: a submit racing another finds the row submitted and changes nothing.
  const { count } = await deps.prisma.hallMonthlyReport.updateMany({
    where: { hallId: input.hallId, month: input.month, status: 'DRAFT' },
    data: {
      sections: input.sections,
      authorId: ctx.actor.personId,
      authorName: ctx.actor.name,
      ...(submit ? { status: 'SUBMITTED', submittedAt: now } : {}),
    },
  });
  if (count === 0) throw reportsErrors.submitted({ month: input.month });
  const row = await deps.prisma.hallMonthlyReport.findUniqueOrThrow({
    where: key(input.hallId, input.month),
  });
  // Keyed by the report's id: the month's report completes its manager's 表2 duty once.
  if (submit)
    await countEvidence(
      deps,
      row.id,
      monthlyReportEvidence({ personId: ctx.actor.personId, month: input.month, submittedAt: now }),
    );
  return reportView(row);
}

export const saveReport = (
  deps: ReportsDeps,
  ctx: SignedIn,
  input: { hallId: string; month: string; sections: Sections },
) => write(deps, ctx, input, false);

export const submitReport = (
  deps: ReportsDeps,
  ctx: SignedIn,
  input: { hallId: string; month: string; sections: Sections },
) => write(deps, ctx, input, true);

/** The submitted reports of a month for the halls in the caller's scope. */
export async function listReports(
  deps: ReportsDeps,
  ctx: SignedIn,
  input: { month: string },
): Promise<HallReportRow[]> {
  const { orgNodeIds } = scopeOf(ctx.actor, 'portal.report.read');
  if (orgNodeIds.length === 0) throw reportsErrors.readDenied();
  const rows = await deps.prisma.hallMonthlyReport.findMany({
    where: { month: input.month, status: 'SUBMITTED', hallId: { in: orgNodeIds } },
    orderBy: { hallName: 'asc' },
    select: { id: true, hallId: true, hallName: true, month: true, authorName: true, submittedAt: true },
  });
  return rows.map((r) => ({ ...r, submittedAt: r.submittedAt! }));
}
