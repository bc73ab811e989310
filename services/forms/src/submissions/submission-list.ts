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
import { Prisma, type FormSubmission, type FormTemplate } from '../generated/prisma/client.ts';
import { visibleTemplate, type Ctx } from '../templates/template-access.ts';
import { fieldFilterSql } from './field-filters.ts';
import { submissionRowsFor, type RowSource, type SubmissionRow } from './submission-views.ts';

export type ListFilters = z.infer<typeof submissionInputs.export>;

const table = Prisma.raw(`"${database.schema}"."FormSubmission"`);

/** The form's fields across its versions (the newest version's definition first), and each version's number. */
async function fieldsOf(deps: FormsDeps, templateId: string) {
  const versions = await deps.prisma.formTemplateVersion.findMany({
    where: { templateId },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, uiSchema: true },
  });
  const fields = new Map<string, UiField>();
  for (const version of versions) {
    for (const field of (version.uiSchema as UiSchema).fields)
      if (!fields.has(field.key)) fields.set(field.key, field);
  }
  return { fields, versionNumbers: new Map(versions.map((v) => [v.id, v.version])) };
}

/** The fields one may filter on: not a case form's private ones (searching a contact would reveal it). */
function filterable(code: string, fields: ReadonlyMap<string, UiField>) {
  const hidden = new Set(caseFormOf(code)?.private ?? []);
  return new Map([...fields].filter(([key]) => !hidden.has(key)));
}

/** The WHERE of the matching records: the template, submitted, in the caller's scope, and the field filters. */
export async function matching(deps: FormsDeps, ctx: Ctx, input: ListFilters) {
  // Read side by side: the fields of a template the caller turns out not to see are thrown away unread.
  const [template, { fields, versionNumbers }] = await Promise.all([
    visibleTemplate(deps, ctx, input.templateId),
    fieldsOf(deps, input.templateId),
  ]);
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
  return { template, fields, versionNumbers, where: Prisma.join(conditions, ' AND ') };
}

/**
 * The matching records, newest submitted first: the page's rows in one statement, read with their data (the
 * version and template a row names are the form's own, known from `matching`, so they are not read per row).
 */
export async function matchingRecords(deps: FormsDeps, where: Prisma.Sql, take: number, skip: number) {
  return deps.prisma.$queryRaw<FormSubmission[]>`
    SELECT "id", "templateId", "versionId", "orgNodeId", "orgName", "status", "data", "submitterId",
      "submitterName", "createdAt", "updatedAt", "submittedAt"
    FROM ${table} WHERE ${where}
    ORDER BY "submittedAt" DESC, "id" DESC LIMIT ${take} OFFSET ${skip}`;
}

export async function countMatching(deps: FormsDeps, where: Prisma.Sql) {
  const [row] = await deps.prisma.$queryRaw<
    { total: bigint }[]
  >`SELECT count(*) AS total FROM ${table} WHERE ${where}`;
  return Number(row?.total ?? 0);
}

/** The records with the number of the version each was filled in and the form's template, for their rows. */
const withForm = (
  records: readonly FormSubmission[],
  found: { template: FormTemplate; versionNumbers: ReadonlyMap<string, number> },
): RowSource[] =>
  records.map((record) => ({
    ...record,
    version: { version: found.versionNumbers.get(record.versionId) ?? 0, template: found.template },
  }));

export async function listSubmissions(
  deps: FormsDeps,
  ctx: Ctx,
  input: z.infer<typeof submissionInputs.list>,
): Promise<Page<SubmissionRow>> {
  const found = await matching(deps, ctx, input);
  const [records, total] = await Promise.all([
    matchingRecords(deps, found.where, input.pageSize, (input.page - 1) * input.pageSize),
    countMatching(deps, found.where),
  ]);
  return {
    items: withForm(records, found).map(submissionRowsFor(ctx.actor)),
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
  const records = withForm(await matchingRecords(deps, found.where, EXPORT_MAX_ROWS, 0), found);
  return { ...found, records };
}
