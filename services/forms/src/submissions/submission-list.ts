// One form's submitted records in the caller's scope (表单记录列表), filtered on the form's own fields, a page at
// a time; and the same rows as an Excel workbook.
import { scopeOf } from '@duda/authz';
import {
  caseFormOf,
  formsSubmissionErrors,
  type submissionInputs,
  type UiField,
  type UiSchema,
} from '@duda/contract-forms';
import type { Page } from '@duda/service-kit';
import type { z } from 'zod';
import { database } from '../database.ts';
import type { FormsDeps } from '../deps.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { visibleTemplate, type Ctx } from '../templates/template-access.ts';
import { fieldFilterSql } from './field-filters.ts';
import { submissionRowsFor, withVersion, type SubmissionRow } from './submission-views.ts';

export type ListFilters = z.infer<typeof submissionInputs.export>;

const table = Prisma.raw(`"${database.schema}"."FormSubmission"`);

/** The form's fields across its versions, the newest version's definition first. */
async function fieldsOf(deps: FormsDeps, templateId: string) {
  const versions = await deps.prisma.formTemplateVersion.findMany({
    where: { templateId },
    orderBy: { version: 'desc' },
    select: { uiSchema: true },
  });
  const fields = new Map<string, UiField>();
  for (const version of versions) {
    for (const field of (version.uiSchema as UiSchema).fields)
      if (!fields.has(field.key)) fields.set(field.key, field);
  }
  return fields;
}

/** The fields one may filter on: not a case form's private ones (searching a contact would reveal it). */
function filterable(code: string, fields: ReadonlyMap<string, UiField>) {
  const hidden = new Set(caseFormOf(code)?.private ?? []);
  return new Map([...fields].filter(([key]) => !hidden.has(key)));
}

/** The WHERE of the matching records: the template, submitted, in the caller's scope, and the field filters. */
export async function matching(deps: FormsDeps, ctx: Ctx, input: ListFilters) {
  const template = await visibleTemplate(deps, ctx, input.templateId);
  const fields = await fieldsOf(deps, template.id);
  const scope = scopeOf(ctx.actor, 'forms.submission.read');
  const me = ctx.actor.personId;
  const conditions = [
    Prisma.sql`"templateId" = ${template.id}::uuid`,
    Prisma.sql`"status" = 'SUBMITTED'`,
    Prisma.sql`("submitterId" = ${me}::uuid OR "orgNodeId" = ANY(${scope.orgNodeIds}::uuid[]))`,
    ...(input.mine ? [Prisma.sql`"submitterId" = ${me}::uuid`] : []),
    ...(input.orgNodeId ? [Prisma.sql`"orgNodeId" = ${input.orgNodeId}::uuid`] : []),
    ...fieldFilterSql(filterable(template.code, fields), input.filters),
  ];
  return { template, fields, where: Prisma.join(conditions, ' AND ') };
}

/** Ids of the matching records, newest submitted first. */
export async function matchingIds(deps: FormsDeps, where: Prisma.Sql, take: number, skip: number) {
  const rows = await deps.prisma.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM ${table} WHERE ${where}
    ORDER BY "submittedAt" DESC, "id" DESC LIMIT ${take} OFFSET ${skip}`;
  return rows.map((row) => row.id);
}

export async function countMatching(deps: FormsDeps, where: Prisma.Sql) {
  const [row] = await deps.prisma.$queryRaw<
    { total: bigint }[]
  >`SELECT count(*) AS total FROM ${table} WHERE ${where}`;
  return Number(row?.total ?? 0);
}

/** The records of these ids, in this order. */
export async function recordsOf(deps: FormsDeps, ids: readonly string[]) {
  const rows = await deps.prisma.formSubmission.findMany({
    where: { id: { in: [...ids] } },
    include: withVersion,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)).filter((row) => row !== undefined);
}

export async function listSubmissions(
  deps: FormsDeps,
  ctx: Ctx,
  input: z.infer<typeof submissionInputs.list>,
): Promise<Page<SubmissionRow>> {
  const { where } = await matching(deps, ctx, input);
  const [ids, total] = await Promise.all([
    matchingIds(deps, where, input.pageSize, (input.page - 1) * input.pageSize),
    countMatching(deps, where),
  ]);
  return {
    items: (await recordsOf(deps, ids)).map(submissionRowsFor(ctx.actor)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** The most rows one export writes. */
export const EXPORT_MAX_ROWS = 5000;

export async function exportableRecords(deps: FormsDeps, ctx: Ctx, input: ListFilters) {
  const found = await matching(deps, ctx, input);
  const total = await countMatching(deps, found.where);
  if (total > EXPORT_MAX_ROWS) throw formsSubmissionErrors.exportTooLarge({ maximum: EXPORT_MAX_ROWS });
  const records = await recordsOf(deps, await matchingIds(deps, found.where, EXPORT_MAX_ROWS, 0));
  return { ...found, records };
}
