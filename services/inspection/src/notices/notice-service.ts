import { can, canAnywhere, scopeOf, type Actor } from '@duda/authz';
import { inspectionErrors } from '@duda/contract-inspection';
import { assertCan, skipTake, type CallerContext, type PageInput } from '@duda/service-kit';
import { isMonthKey } from '@duda/month';
import {
  assertMonthWritable,
  assertTypicalCasesCitable,
  buildMonthlyNotice,
  citablePhotoIds,
  districtMonthScores,
  editNotice,
  publishNotice,
  type CitedInspection,
  type MonthlyNotice,
  type NoticePatch,
} from '../domain/index.ts';
import type { InspectionDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { reportScope } from '../dashboard/scope.ts';
import { canSeeInspection } from '../inspections/access.ts';
import { noticeFigures } from './notice-figures.ts';
import { noticeWorkbook } from './notice-export.ts';

type Ctx = CallerContext & { actor: Actor };

/** The units whose notices reach the caller's workplace: their own unit, its district and its city. */
async function unitsAbove(deps: InspectionDeps, ctx: Ctx): Promise<string[]> {
  const [home] = await deps.org.places(ctx, [ctx.actor.homeOrgNodeId]);
  return home ? [home.id, home.district?.id, home.city?.id].filter((id): id is string => Boolean(id)) : [];
}

async function noticeOrFail(deps: InspectionDeps, ctx: Ctx, id: string) {
  const row = await deps.prisma.monthlyNotice.findUnique({ where: { id } });
  if (!row) throw inspectionErrors.noticeNotFound();
  if (can(ctx.actor, 'notice.manage', { orgNodeId: row.scopeOrgId })) return row;
  // A published notice is read by the levels above (in scope) and by every hall below it
  // (docs/domain.md#notices).
  const reader =
    row.status === 'PUBLISHED' &&
    (can(ctx.actor, 'notice.read', { orgNodeId: row.scopeOrgId }) ||
      (canAnywhere(ctx.actor, 'notice.read') && (await unitsAbove(deps, ctx)).includes(row.scopeOrgId)));
  if (!reader) throw inspectionErrors.readNoticeDenied();
  return row;
}

export async function listNotices(
  deps: InspectionDeps,
  ctx: Ctx,
  filter: PageInput & { month?: string | null },
) {
  const managed = scopeOf(ctx.actor, 'notice.manage').orgNodeIds;
  const readable = canAnywhere(ctx.actor, 'notice.read')
    ? [...scopeOf(ctx.actor, 'notice.read').orgNodeIds, ...(await unitsAbove(deps, ctx))]
    : [];
  const where: Prisma.MonthlyNoticeWhereInput = {
    AND: [
      { OR: [{ scopeOrgId: { in: managed } }, { scopeOrgId: { in: readable }, status: 'PUBLISHED' }] },
      filter.month ? { month: filter.month } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    deps.prisma.monthlyNotice.findMany({
      where,
      orderBy: [{ month: 'desc' }, { scopeName: 'asc' }],
      ...skipTake(filter),
    }),
    deps.prisma.monthlyNotice.count({ where }),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: (r.content as unknown as MonthlyNotice).title,
      scopeName: r.scopeName,
      month: r.month,
      status: r.status,
      publishedAt: r.publishedAt,
      updatedAt: r.updatedAt,
    })),
    total,
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

// A case's inspection id is free text; only well-formed ids are looked up (the column is a uuid), the rest are unknown.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function citedInspections(
  deps: InspectionDeps,
  ctx: Ctx,
  cases: readonly { inspectionId: string }[],
): Promise<Map<string, CitedInspection>> {
  const rows = await deps.prisma.inspection.findMany({
    where: { id: { in: cases.map((c) => c.inspectionId).filter((id) => UUID.test(id)) } },
    include: { results: { select: { photoIds: true } } },
  });
  return new Map(
    rows.map((r) => [
      r.id,
      {
        ...r,
        photoIds: r.results.flatMap((result) => result.photoIds),
        visibleToEditor: canSeeInspection(ctx.actor, r),
      },
    ]),
  );
}

export async function getNotice(deps: InspectionDeps, ctx: Ctx, id: string) {
  const row = await noticeOrFail(deps, ctx, id);
  const notice = row.content as unknown as MonthlyNotice;
  const photoIds = citablePhotoIds(notice, await citedInspections(deps, ctx, notice.typicalCases));
  return {
    id: row.id,
    scopeOrgId: row.scopeOrgId,
    status: row.status,
    notice,
    photos: Object.fromEntries(photoIds.map((p) => [p, deps.photoUrl(p)])),
  };
}

async function assertScopeMonthOpen(deps: InspectionDeps, scopeOrgId: string, month: string) {
  const archived = await deps.prisma.monthArchive.findMany({
    where: { scopeOrgId, month },
    select: { month: true },
  });
  assertMonthWritable(
    month,
    archived.map((a) => a.month),
  );
}

/** Builds (or rebuilds, while still a draft) the month's notice from the figures. */
export async function generateNotice(
  deps: InspectionDeps,
  ctx: Ctx,
  input: { scopeOrgId: string; month: string },
) {
  if (!isMonthKey(input.month)) throw inspectionErrors.monthFormat({}, 'month');
  const scope = await reportScope(deps, ctx, input.scopeOrgId);
  if (scope.column === 'hallId') throw inspectionErrors.noticeScopeLevel({}, 'scopeOrgId');
  assertCan(ctx.actor, 'notice.manage', { orgNodeId: scope.place.id }, inspectionErrors.writeNoticeDenied);
  await assertScopeMonthOpen(deps, scope.place.id, input.month);
  const existing = await deps.prisma.monthlyNotice.findUnique({
    where: { scopeOrgId_month: { scopeOrgId: scope.place.id, month: input.month } },
  });
  if (existing?.status === 'PUBLISHED') throw inspectionErrors.noticePublishedThisMonth();
  const names = async (ids: string[]) =>
    new Map((await deps.org.places(ctx, ids)).map((d) => [d.id, d.name]));
  const figures = await noticeFigures(
    deps.prisma,
    { column: scope.column, id: scope.place.id },
    input.month,
    deps.now(),
    names,
  );
  const notice = buildMonthlyNotice({
    scope: {
      level: scope.column === 'cityId' ? 'CITY' : 'DISTRICT',
      orgId: scope.place.id,
      orgName: scope.place.name,
    },
    month: input.month,
    hallScores: figures.hallScores,
    districtScores: scope.column === 'cityId' ? districtMonthScores(figures.hallScores) : [],
    shortStaves: figures.shortStaves,
    typicalCases: figures.typicalCases,
    rectifications: figures.rectifications,
  });
  const content = notice as unknown as Prisma.InputJsonValue;
  const cityId = scope.column === 'cityId' ? scope.place.id : scope.place.city!.id;
  const row = await deps.prisma.monthlyNotice.upsert({
    where: { scopeOrgId_month: { scopeOrgId: scope.place.id, month: input.month } },
    create: {
      scopeLevel: notice.scope.level,
      scopeOrgId: scope.place.id,
      scopeName: scope.place.name,
      cityId,
      month: input.month,
      status: 'DRAFT',
      content,
      createdById: ctx.actor.personId,
    },
    update: { content },
  });
  return { id: row.id };
}

export async function updateNotice(deps: InspectionDeps, ctx: Ctx, id: string, patch: NoticePatch) {
  const row = await noticeOrFail(deps, ctx, id);
  assertCan(ctx.actor, 'notice.manage', { orgNodeId: row.scopeOrgId }, inspectionErrors.editNoticeDenied);
  await assertScopeMonthOpen(deps, row.scopeOrgId, row.month);
  const notice = row.content as unknown as MonthlyNotice;
  if (patch.typicalCases) {
    assertTypicalCasesCitable(
      notice,
      patch.typicalCases,
      await citedInspections(deps, ctx, patch.typicalCases),
    );
  }
  const next = editNotice(notice, patch);
  const saved = await deps.prisma.monthlyNotice.updateMany({
    where: { id, status: 'DRAFT' },
    data: { content: next as unknown as Prisma.InputJsonValue },
  });
  if (saved.count === 0) throw inspectionErrors.noticePublishedNoEdit();
}

export async function publish(deps: InspectionDeps, ctx: Ctx, id: string) {
  const row = await noticeOrFail(deps, ctx, id);
  assertCan(ctx.actor, 'notice.manage', { orgNodeId: row.scopeOrgId }, inspectionErrors.publishNoticeDenied);
  const now = deps.now();
  const next = publishNotice(row.content as unknown as MonthlyNotice, ctx.actor.personId, now);
  const saved = await deps.prisma.monthlyNotice.updateMany({
    where: { id, status: 'DRAFT' },
    data: {
      status: 'PUBLISHED',
      publishedAt: now,
      publishedById: ctx.actor.personId,
      content: next as unknown as Prisma.InputJsonValue,
    },
  });
  if (saved.count === 0) throw inspectionErrors.noticePublished();
}

/** The notice as an .xlsx file, base64-encoded for the browser to save. */
export async function exportNotice(deps: InspectionDeps, ctx: Ctx, id: string) {
  const row = await noticeOrFail(deps, ctx, id);
  const notice = row.content as unknown as MonthlyNotice;
  const bytes = await noticeWorkbook(notice);
  return { fileName: `${notice.title}.xlsx`, base64: bytes.toString('base64') };
}
