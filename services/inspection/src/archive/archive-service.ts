import type { Actor } from '@duda/authz';
import { assertCan, type CallerContext } from '@duda/service-kit';
import { inspectionErrors } from '@duda/contract-inspection';
import { isMonthKey } from '@duda/month';
import { archiveBlockers, archiveMonth } from '../domain/index.ts';
import type { InspectionDeps } from '../deps.ts';
import { reportScope } from '../dashboard/scope.ts';
import { recordEvent } from '@duda/events';
import { monthArchived } from '../events/domain-events.ts';

type Ctx = CallerContext & { actor: Actor };

async function monthRecord(deps: InspectionDeps, ctx: Ctx, scopeOrgId: string, month: string) {
  if (!isMonthKey(month)) throw inspectionErrors.monthFormat({}, 'month');
  const scope = await reportScope(deps, ctx, scopeOrgId);
  if (scope.column === 'hallId') throw inspectionErrors.archiveScopeLevel({}, 'scopeOrgId');
  assertCan(ctx.actor, 'archive.manage', { orgNodeId: scope.place.id }, inspectionErrors.archiveDenied);
  const where = { [scope.column]: scope.place.id, month };
  const [inspections, rectifications, notices, archives] = await Promise.all([
    deps.prisma.inspection.findMany({ where: { ...where, status: 'DRAFT' }, select: { status: true } }),
    deps.prisma.rectificationOrder.findMany({
      where: { ...where, status: { not: 'ACCEPTED' } },
      select: { status: true },
    }),
    deps.prisma.monthlyNotice.findMany({
      where: { scopeOrgId: scope.place.id, month },
      select: { status: true },
    }),
    deps.prisma.monthArchive.findMany({
      where: { scopeOrgId: scope.place.id, month },
      select: { month: true },
    }),
  ]);
  return {
    scope,
    record: { month, archivedMonths: archives.map((a) => a.month), inspections, rectifications, notices },
  };
}

/** What still stands in the way of closing the month (立卷归档). */
export async function archiveStatus(
  deps: InspectionDeps,
  ctx: Ctx,
  input: { scopeOrgId: string; month: string },
) {
  const { record } = await monthRecord(deps, ctx, input.scopeOrgId, input.month);
  const archive = await deps.prisma.monthArchive.findUnique({
    where: { scopeOrgId_month: { scopeOrgId: input.scopeOrgId, month: input.month } },
  });
  return {
    archived: archive !== null,
    archivedAt: archive?.archivedAt ?? null,
    blockers: archiveBlockers(record, deps.now()),
  };
}

/** Closes the month: its inspections, orders and notices become read-only. */
export async function closeMonth(
  deps: InspectionDeps,
  ctx: Ctx,
  input: { scopeOrgId: string; month: string },
) {
  const { scope, record } = await monthRecord(deps, ctx, input.scopeOrgId, input.month);
  const archive = archiveMonth(record, ctx.actor.personId, deps.now());
  await deps.prisma.$transaction(async (tx) => {
    await tx.monthArchive.create({
      data: {
        scopeOrgId: scope.place.id,
        month: archive.month,
        archivedAt: archive.archivedAt,
        archivedById: ctx.actor.personId,
      },
    });
    await recordEvent(tx, monthArchived, {
      scopeOrgId: scope.place.id,
      scopeLevel: scope.column === 'cityId' ? 'city' : 'district',
      month: archive.month,
      archivedById: ctx.actor.personId,
      archivedAt: archive.archivedAt.toISOString(),
    });
  });
  return { archivedAt: archive.archivedAt };
}

/** The months of a unit already archived (立卷归档), newest first, for the read-only archive list. */
export async function archivedMonths(deps: InspectionDeps, ctx: Ctx, input: { scopeOrgId: string }) {
  const scope = await reportScope(deps, ctx, input.scopeOrgId);
  if (scope.column === 'hallId') throw inspectionErrors.archiveScopeLevel({}, 'scopeOrgId');
  const rows = await deps.prisma.monthArchive.findMany({
    where: { scopeOrgId: scope.place.id },
    orderBy: { month: 'desc' },
    select: { month: true, archivedAt: true },
  });
  return rows;
}
