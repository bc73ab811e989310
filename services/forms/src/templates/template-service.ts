// Form templates (表单模板): kept by a unit, versioned draft → published → retired. Saving checks the content
// (ajv-compiled JSON Schema 2020-12 matching the UI schema) before anything is written; publishing a version retires
// the one published before, and never touches a submission (each keeps its own version).
import { formsTemplateErrors, type templateInputs, type TemplateContent } from '@duda/contract-forms';
import { skipTake, type Page } from '@duda/service-kit';
import type { z } from 'zod';
import type { FormsDeps } from '../deps.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { assertTemplateContent } from '../validation/template-check.ts';
import { orgPlaces } from './org-places.ts';
import { replacedTemplates } from './fill-list.ts';
import {
  assertManage,
  callerLine,
  mayManage,
  PROVINCE_LEVEL,
  visibleTemplate,
  visibleTemplates,
  type Ctx,
} from './template-access.ts';
import { templateView, versionView, type TemplateView, type VersionView } from './template-views.ts';

type Input<K extends keyof typeof templateInputs> = z.infer<(typeof templateInputs)[K]>;

const contentData = (content: TemplateContent) => ({
  dataSchema: content.dataSchema as Prisma.InputJsonValue,
  uiSchema: content.uiSchema as Prisma.InputJsonValue,
  approvalFlow: (content.approvalFlow ?? Prisma.DbNull) as Prisma.InputJsonValue,
});

export async function listTemplates(
  deps: FormsDeps,
  ctx: Ctx,
  input: Input<'list'>,
): Promise<Page<TemplateView>> {
  const line = await callerLine(deps, ctx);
  // The forms to fill (and to copy from) are those in use, a copy kept in the caller's line instead of its original.
  const replaced = input.publishedOnly ? await replacedFor(deps, line) : [];
  const where: Prisma.FormTemplateWhereInput = {
    AND: [
      await visibleTemplates(deps, ctx, line),
      input.q
        ? {
            OR: [
              { code: { contains: input.q } },
              { nameZh: { contains: input.q } },
              { nameEn: { contains: input.q, mode: 'insensitive' } },
            ],
          }
        : {},
      input.publishedOnly ? { versions: { some: { status: 'PUBLISHED' } } } : {},
      replaced.length > 0 ? { id: { notIn: replaced } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    deps.prisma.formTemplate.findMany({
      where,
      include: { versions: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      ...skipTake(input),
    }),
    deps.prisma.formTemplate.count({ where }),
  ]);
  return {
    items: rows.map((row) => templateView(row, mayManage(ctx.actor, row.orgNodeId))),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** The templates the copies kept in `line` replace (fill-list.ts). */
async function replacedFor(deps: FormsDeps, line: readonly string[]): Promise<string[]> {
  const copies = await deps.prisma.formTemplate.findMany({
    where: { orgNodeId: { in: [...line] }, copiedFromVersionId: { not: null } },
    select: {
      orgNodeId: true,
      copiedFromVersionId: true,
      versions: { where: { status: 'PUBLISHED' }, select: { id: true } },
    },
  });
  if (copies.length === 0) return [];
  const sources = await deps.prisma.formTemplateVersion.findMany({
    where: { id: { in: copies.map((copy) => copy.copiedFromVersionId!) } },
    select: { id: true, templateId: true },
  });
  const templateOf = new Map(sources.map((version) => [version.id, version.templateId]));
  return replacedTemplates(
    copies.flatMap((copy) => {
      const copiedFromTemplateId = templateOf.get(copy.copiedFromVersionId!);
      return copiedFromTemplateId
        ? [
            {
              orgNodeId: copy.orgNodeId,
              copiedFromTemplateId,
              published: copy.versions.length > 0,
            },
          ]
        : [];
    }),
    line,
  );
}

export async function getTemplate(deps: FormsDeps, ctx: Ctx, id: string): Promise<TemplateView> {
  const template = await visibleTemplate(deps, ctx, id);
  const versions = await deps.prisma.formTemplateVersion.findMany({ where: { templateId: id } });
  return templateView({ ...template, versions }, mayManage(ctx.actor, template.orgNodeId));
}

/** One version in full, if the caller sees its template. */
export async function getVersion(deps: FormsDeps, ctx: Ctx, versionId: string): Promise<VersionView> {
  const version = await deps.prisma.formTemplateVersion.findUnique({
    where: { id: versionId },
    include: { template: true },
  });
  if (!version) throw formsTemplateErrors.versionNotFound();
  await visibleTemplate(deps, ctx, version.templateId).catch(() => {
    throw formsTemplateErrors.versionNotFound();
  });
  return versionView(version);
}

async function ownerPlace(deps: FormsDeps, ctx: Ctx, orgNodeId: string) {
  assertManage(ctx.actor, orgNodeId);
  const place = (await orgPlaces(deps, ctx, [orgNodeId])).get(orgNodeId);
  if (!place) throw formsTemplateErrors.manageDenied();
  return place;
}

async function assertCodeFree(deps: FormsDeps, orgNodeId: string, code: string) {
  if (await deps.prisma.formTemplate.findUnique({ where: { orgNodeId_code: { orgNodeId, code } } })) {
    throw formsTemplateErrors.codeTaken({ code }, 'code');
  }
}

/** A new template of a unit the caller keeps templates for, with its content as draft version 1. */
export async function createTemplate(
  deps: FormsDeps,
  ctx: Ctx,
  input: Input<'create'>,
): Promise<TemplateView> {
  const place = await ownerPlace(deps, ctx, input.orgNodeId);
  assertTemplateContent(input);
  await assertCodeFree(deps, input.orgNodeId, input.code);
  const template = await deps.prisma.formTemplate.create({
    data: {
      orgNodeId: place.id,
      orgName: place.name,
      orgLevel: place.level,
      code: input.code,
      nameZh: input.name['zh-CN'],
      nameEn: input.name.en,
      descriptionZh: input.description?.['zh-CN'] ?? null,
      descriptionEn: input.description?.en ?? null,
      createdById: ctx.actor.personId,
      versions: { create: { version: 1, createdById: ctx.actor.personId, ...contentData(input) } },
    },
    include: { versions: true },
  });
  return templateView(template, true);
}

/** Writes the template's draft: the open draft if there is one, else a new version after the last. */
export async function saveDraft(deps: FormsDeps, ctx: Ctx, input: Input<'saveDraft'>): Promise<VersionView> {
  const template = await visibleTemplate(deps, ctx, input.templateId);
  assertManage(ctx.actor, template.orgNodeId);
  assertTemplateContent(input);
  return deps.prisma.$transaction(async (tx) => {
    const versions = await tx.formTemplateVersion.findMany({
      where: { templateId: template.id },
      orderBy: { version: 'desc' },
    });
    const draft = versions.find((version) => version.status === 'DRAFT');
    const saved = draft
      ? await tx.formTemplateVersion.update({
          where: { id: draft.id },
          data: contentData(input),
          include: { template: true },
        })
      : await tx.formTemplateVersion.create({
          data: {
            templateId: template.id,
            version: (versions[0]?.version ?? 0) + 1,
            createdById: ctx.actor.personId,
            ...contentData(input),
          },
          include: { template: true },
        });
    return versionView(saved);
  });
}

async function managedVersion(deps: FormsDeps, ctx: Ctx, versionId: string) {
  const version = await deps.prisma.formTemplateVersion.findUnique({
    where: { id: versionId },
    include: { template: true },
  });
  if (!version) throw formsTemplateErrors.versionNotFound();
  await visibleTemplate(deps, ctx, version.templateId).catch(() => {
    throw formsTemplateErrors.versionNotFound();
  });
  assertManage(ctx.actor, version.template.orgNodeId);
  return version;
}

/** Publishes a draft; the version published before is retired (new forms are filled in the new one). */
export async function publishVersion(deps: FormsDeps, ctx: Ctx, versionId: string): Promise<VersionView> {
  const version = await managedVersion(deps, ctx, versionId);
  if (version.status !== 'DRAFT') throw formsTemplateErrors.notDraft();
  const now = deps.now();
  return deps.prisma.$transaction(async (tx) => {
    await tx.formTemplateVersion.updateMany({
      where: { templateId: version.templateId, status: 'PUBLISHED' },
      data: { status: 'RETIRED', retiredAt: now },
    });
    // Only a draft turns published: a concurrent publish of the same draft finds nothing to update.
    const published = await tx.formTemplateVersion.updateMany({
      where: { id: version.id, status: 'DRAFT' },
      data: { status: 'PUBLISHED', publishedAt: now },
    });
    if (published.count === 0) throw formsTemplateErrors.notDraft();
    return versionView(
      await tx.formTemplateVersion.findUniqueOrThrow({
        where: { id: version.id },
        include: { template: true },
      }),
    );
  });
}

/** Retires a published version: no new submission against it; past ones keep it. */
export async function retireVersion(deps: FormsDeps, ctx: Ctx, versionId: string): Promise<VersionView> {
  const version = await managedVersion(deps, ctx, versionId);
  const retired = await deps.prisma.formTemplateVersion.updateMany({
    where: { id: version.id, status: 'PUBLISHED' },
    data: { status: 'RETIRED', retiredAt: deps.now() },
  });
  if (retired.count === 0) throw formsTemplateErrors.notPublished();
  return versionView(
    await deps.prisma.formTemplateVersion.findUniqueOrThrow({
      where: { id: version.id },
      include: { template: true },
    }),
  );
}

/**
 * Copies a published version of a template kept above the caller's unit (省 → 市) into that unit, as draft
 * version 1 of a template of its own, with the same number, to adapt and publish.
 */
export async function copyTemplate(deps: FormsDeps, ctx: Ctx, input: Input<'copy'>): Promise<TemplateView> {
  const place = await ownerPlace(deps, ctx, input.orgNodeId);
  const source = await deps.prisma.formTemplateVersion.findUnique({
    where: { id: input.versionId },
    include: { template: true },
  });
  if (!source) throw formsTemplateErrors.versionNotFound();
  const above =
    source.template.orgLevel === PROVINCE_LEVEL ||
    (place.line.includes(source.template.orgNodeId) && source.template.orgNodeId !== place.id);
  if (!above || source.status !== 'PUBLISHED') throw formsTemplateErrors.copyProvinceOnly();
  if (source.template.orgNodeId === place.id) throw formsTemplateErrors.copyProvinceOnly();
  await assertCodeFree(deps, place.id, source.template.code);
  const template = await deps.prisma.formTemplate.create({
    data: {
      orgNodeId: place.id,
      orgName: place.name,
      orgLevel: place.level,
      code: source.template.code,
      nameZh: source.template.nameZh,
      nameEn: source.template.nameEn,
      descriptionZh: source.template.descriptionZh,
      descriptionEn: source.template.descriptionEn,
      copiedFromVersionId: source.id,
      createdById: ctx.actor.personId,
      versions: {
        create: {
          version: 1,
          createdById: ctx.actor.personId,
          dataSchema: source.dataSchema as Prisma.InputJsonValue,
          uiSchema: source.uiSchema as Prisma.InputJsonValue,
          approvalFlow: (source.approvalFlow ?? Prisma.DbNull) as Prisma.InputJsonValue,
        },
      },
    },
    include: { versions: true },
  });
  return templateView(template, true);
}
