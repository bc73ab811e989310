import type { Actor } from '@duda/authz';
import { inspectionErrors } from '@duda/contract-inspection';
import { skipTake, type CallerContext, type Page, type PageInput } from '@duda/service-kit';
import type { InspectionKind, InspectionStatus, SectionScore } from '@duda/contract-inspection';
import type { InspectionDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { toDomainTemplate } from '../templates/mapping.ts';
import { assertCanSeeInspection, visibleInspections } from './access.ts';
import type { DraftItemResultInput } from '@duda/contract-inspection';

type Ctx = CallerContext & { actor: Actor };

export interface InspectionRow {
  id: string;
  kind: InspectionKind;
  status: InspectionStatus;
  hallId: string;
  hallName: string;
  inspectorName: string;
  inspectedOn: string;
  total: number | null;
  passed: boolean | null;
  vetoed: boolean | null;
  problemCount: number;
  mysteryPublished: boolean;
}

export interface InspectionFilter extends PageInput {
  kind?: InspectionKind | null;
  status?: InspectionStatus | null;
  hallId?: string | null;
  districtId?: string | null;
  month?: string | null;
  mine?: boolean | null;
  sort?: { key: 'inspectedOn' | 'total'; order: 'asc' | 'desc' } | null;
}

export async function listInspections(
  deps: InspectionDeps,
  ctx: Ctx,
  filter: InspectionFilter,
): Promise<Page<InspectionRow>> {
  const where: Prisma.InspectionWhereInput = {
    AND: [
      visibleInspections(ctx.actor),
      filter.kind ? { kind: filter.kind } : {},
      filter.status ? { status: filter.status } : {},
      filter.hallId ? { hallId: filter.hallId } : {},
      filter.districtId ? { districtId: filter.districtId } : {},
      filter.month ? { month: filter.month } : {},
      filter.mine ? { inspectorId: ctx.actor.personId } : {},
      // Someone else's unsent draft is nobody's business yet.
      { OR: [{ status: 'SUBMITTED' }, { inspectorId: ctx.actor.personId }] },
    ],
  };
  const sort = filter.sort ?? { key: 'inspectedOn', order: 'desc' };
  const [rows, total] = await Promise.all([
    deps.prisma.inspection.findMany({
      where,
      orderBy: [
        sort.key === 'total' ? { total: { sort: sort.order, nulls: 'last' } } : { inspectedOn: sort.order },
        { startedAt: 'desc' },
      ],
      ...skipTake(filter),
    }),
    deps.prisma.inspection.count({ where }),
  ]);
  const items = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    hallId: r.hallId,
    hallName: r.hallName,
    inspectorName: r.inspectorName,
    inspectedOn: r.inspectedOn,
    total: r.total,
    passed: r.passed,
    vetoed: r.vetoed,
    problemCount: r.problemCount,
    mysteryPublished: r.mysteryPublishedAt !== null,
  }));
  return { items, total, page: filter.page, pageSize: filter.pageSize };
}

/** One inspection with its template version, results (the draft's for its inspector) and orders. */
export async function getInspection(deps: InspectionDeps, ctx: Ctx, id: string, grant?: string | null) {
  const row = await deps.prisma.inspection.findUnique({
    where: { id },
    include: {
      template: true,
      results: { orderBy: { id: 'asc' } },
      orders: { select: { id: true, itemCode: true, status: true, deadline: true } },
      restPasses: { select: { at: true, actorName: true, itemCount: true }, orderBy: { at: 'asc' } },
    },
  });
  if (!row) throw inspectionErrors.inspectionNotFound();
  // A person shown this inspection as the evidence of their own deduction reads it, and only it.
  if (!deps.citedTo(`inspection.inspection:${id}`, ctx.actor.personId, grant))
    assertCanSeeInspection(ctx.actor, row);
  if (row.status === 'DRAFT' && row.inspectorId !== ctx.actor.personId)
    throw inspectionErrors.inspectionNotFound();
  const template = toDomainTemplate(row.template);
  const results: DraftItemResultInput[] =
    row.status === 'DRAFT'
      ? ((row.draftResults as DraftItemResultInput[] | null) ?? [])
      : row.results.map((r) => ({
          itemCode: r.itemCode,
          outcome: r.outcome === 'POINTS' ? r.points : (r.outcome as 'PASS' | 'FAIL' | 'NA'),
          note: r.note,
          photoIds: r.photoIds,
        }));
  const photoIds = [...new Set(results.flatMap((r) => r.photoIds ?? []))];
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    hallId: row.hallId,
    hallName: row.hallName,
    inspectorId: row.inspectorId,
    inspectorName: row.inspectorName,
    inspectedOn: row.inspectedOn,
    startedAt: row.startedAt,
    submittedAt: row.submittedAt,
    draftRevision: row.draftRevision,
    summary: row.summary,
    total: row.total,
    passed: row.passed,
    vetoed: row.vetoed,
    sectionScores: (row.sectionScores as SectionScore[] | null) ?? [],
    mysteryPublishedAt: row.mysteryPublishedAt,
    isMine: row.inspectorId === ctx.actor.personId,
    template: {
      id: row.template.id,
      name: template.name,
      version: template.version,
      passLine: template.passLine,
      sections: template.sections,
    },
    results,
    photos: Object.fromEntries(photoIds.map((photoId) => [photoId, deps.photoUrl(photoId)])),
    orders: row.orders,
    /** Each time 其余全部合格 was applied: by whom, when, to how many items. */
    restPasses: row.restPasses,
  };
}
