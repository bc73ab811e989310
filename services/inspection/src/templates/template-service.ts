import { can, grantOf, scopeOf, type Actor } from '@duda/authz';
import type { AppError } from '@duda/contract-kit';
import { assertCan, type CallerContext } from '@duda/service-kit';
import {
  inspectionErrors,
  validateTemplateContent,
  type ChecklistKind,
  type ChecklistTemplateContent,
  type TemplateStatus,
} from '@duda/contract-inspection';
import { assertTemplateEditable, createDraftVersion, publishTemplateVersion } from '../domain/index.ts';
import type { InspectionDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { homeCityOf } from '../ports/org-directory.ts';
import { itemCountOf, toDomainTemplate } from './mapping.ts';

type Ctx = CallerContext & { actor: Actor };

/**
 * Standards belong to the city (检查标准由市公司制定) and are read by everyone who works to them, e.g. a
 * district supervisor or a hall manager, whose grant sits below the city node: reading is allowed to whoever
 * holds `inspection.template.read` at the city or anywhere inside it.
 */
async function assertMayReadStandards(
  deps: InspectionDeps,
  ctx: Ctx,
  cityId: string,
  denied: () => AppError,
) {
  if (can(ctx.actor, 'inspection.template.read', { orgNodeId: cityId })) return;
  const grantedAt = ctx.actor.roles
    .filter((scoped) => grantOf(scoped.role, 'inspection.template.read'))
    .map((scoped) => scoped.orgNodeId);
  const places = grantedAt.length > 0 ? await deps.org.places(ctx, grantedAt) : [];
  if (!places.some((place) => place.city?.id === cityId)) throw denied();
}

async function rowOrFail(
  deps: InspectionDeps,
  ctx: Ctx,
  id: string,
  action: 'inspection.template.read' | 'inspection.template.manage',
) {
  const row = await deps.prisma.checklistTemplate.findUnique({ where: { id } });
  if (!row) throw inspectionErrors.templateNotFound();
  if (action === 'inspection.template.read') {
    await assertMayReadStandards(deps, ctx, row.cityId, inspectionErrors.readTemplateDenied);
  } else {
    assertCan(ctx.actor, action, { orgNodeId: row.cityId }, inspectionErrors.manageTemplatesDenied);
  }
  return row;
}

/** Every version of the city's standards; drafts only for those who maintain them. */
/**
 * Whose standards a caller lists: their own city's; an account above any city (a province's administrator, who
 * keeps the standards in order) gets those of every city in its scope rather than a dead end.
 */
async function citiesListedFor(deps: InspectionDeps, ctx: Ctx): Promise<readonly string[]> {
  const home = await homeCityOf(deps.org, ctx);
  if (home) {
    await assertMayReadStandards(deps, ctx, home.id, inspectionErrors.readTemplatesDenied);
    return [home.id];
  }
  // Standards are kept by city, so the org units of the caller's scope that have any are its cities.
  const scope = scopeOf(ctx.actor, 'inspection.template.read').orgNodeIds;
  if (scope.length === 0) throw inspectionErrors.readTemplatesDenied();
  return scope;
}

export async function listTemplates(
  deps: InspectionDeps,
  ctx: Ctx,
  filter: { kind?: ChecklistKind | null; includeRetired?: boolean },
) {
  const cityIds = await citiesListedFor(deps, ctx);
  const statuses: TemplateStatus[] = [
    'PUBLISHED',
    'DRAFT',
    ...(filter.includeRetired ? (['RETIRED'] as const) : []),
  ];
  const rows = await deps.prisma.checklistTemplate.findMany({
    where: {
      cityId: { in: [...cityIds] },
      status: { in: statuses },
      ...(filter.kind ? { kind: filter.kind } : {}),
    },
    orderBy: [{ kind: 'asc' }, { name: 'asc' }, { version: 'desc' }],
  });
  // A draft only for those who maintain that city's standards.
  const shown = rows.filter(
    (r) => r.status !== 'DRAFT' || can(ctx.actor, 'inspection.template.manage', { orgNodeId: r.cityId }),
  );
  return shown.map((r) => ({
    id: r.id,
    lineId: r.lineId,
    name: r.name,
    kind: r.kind,
    version: r.version,
    status: r.status,
    passLine: r.passLine,
    itemCount: r.itemCount,
    publishedAt: r.publishedAt,
  }));
}

export async function getTemplate(deps: InspectionDeps, ctx: Ctx, id: string) {
  const row = await rowOrFail(deps, ctx, id, 'inspection.template.read');
  // As in the list: a draft is the city's work in progress; to those who do not maintain it, it does not exist yet.
  if (row.status === 'DRAFT' && !can(ctx.actor, 'inspection.template.manage', { orgNodeId: row.cityId }))
    throw inspectionErrors.templateNotFound();
  const { rowId, ...template } = toDomainTemplate(row);
  return { ...template, id: rowId, lineId: row.lineId };
}

/** Starts a new version from an existing one (published or retired); the draft is edited, then published. */
export async function createTemplateDraft(deps: InspectionDeps, ctx: Ctx, sourceId: string) {
  const source = await rowOrFail(deps, ctx, sourceId, 'inspection.template.manage');
  const versions = await deps.prisma.checklistTemplate.findMany({
    where: { lineId: source.lineId },
    select: { version: true, status: true },
  });
  const draft = createDraftVersion(toDomainTemplate(source), versions);
  const row = await deps.prisma.checklistTemplate.create({
    data: {
      lineId: source.lineId,
      cityId: source.cityId,
      name: draft.name,
      kind: draft.kind,
      version: draft.version,
      status: 'DRAFT',
      passLine: draft.passLine,
      sections: draft.sections as unknown as Prisma.InputJsonValue,
      itemCount: itemCountOf(draft.sections),
      createdById: ctx.actor.personId,
    },
  });
  return { id: row.id, version: row.version };
}

export async function updateTemplateDraft(
  deps: InspectionDeps,
  ctx: Ctx,
  id: string,
  content: ChecklistTemplateContent,
) {
  const row = await rowOrFail(deps, ctx, id, 'inspection.template.manage');
  assertTemplateEditable(toDomainTemplate(row));
  // The kind (standard or daily) belongs to the lineage and cannot be changed by editing a version.
  validateTemplateContent({ ...content, kind: row.kind });
  await deps.prisma.checklistTemplate.update({
    where: { id },
    data: {
      name: content.name,
      passLine: content.passLine,
      sections: content.sections as unknown as Prisma.InputJsonValue,
      itemCount: itemCountOf(content.sections),
    },
  });
}

/** Publishes the draft as the version in use; the previous version is retired, past inspections keep theirs. */
export async function publishTemplate(deps: InspectionDeps, ctx: Ctx, id: string) {
  const row = await rowOrFail(deps, ctx, id, 'inspection.template.manage');
  const lineage = await deps.prisma.checklistTemplate.findMany({
    where: { lineId: row.lineId },
    select: { version: true, status: true },
  });
  const { template, retiredVersions } = publishTemplateVersion(lineage, toDomainTemplate(row), deps.now());
  await deps.prisma.$transaction([
    deps.prisma.checklistTemplate.updateMany({
      where: { lineId: row.lineId, version: { in: retiredVersions } },
      data: { status: 'RETIRED' },
    }),
    deps.prisma.checklistTemplate.update({
      where: { id },
      data: { status: 'PUBLISHED', version: template.version, publishedAt: template.publishedAt },
    }),
  ]);
  return { version: template.version };
}

/** The published version of a lineage, which new inspections use. */
export async function publishedVersionOf(deps: InspectionDeps, lineId: string) {
  return deps.prisma.checklistTemplate.findFirst({ where: { lineId, status: 'PUBLISHED' } });
}
