// Filling in a form (表单填报): drafts keep whatever was typed (a reload finds them), a submission is checked by
// the service — the version's JSON Schema and the form rules — and stored with its version, in one transaction
// with the start of its approval when the version has an approval flow. A refusal names every wrong field and
// writes nothing.
import {
  caseFormOf,
  formsSubmissionErrors,
  formsTemplateErrors,
  MAX_FORM_DATA_KB,
  type FlowDefinition,
  type submissionInputs,
  type UiSchema,
} from '@duda/contract-forms';
import { recordEvent } from '@duda/events';
import { skipTake, type Page } from '@duda/service-kit';
import type { z } from 'zod';
import { startApproval, takesPartInApproval } from '../approvals/index.ts';
import type { FormsDeps } from '../deps.ts';
import { assertFilesOfUnit } from '../files/form-files.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Ctx } from '../templates/template-access.ts';
import { checkFormData } from '../validation/form-data-check.ts';
import { refuse } from '../validation/refusal.ts';
import { formSubmitted, formSubmittedOf } from './events.ts';
import { mayReadByScope, namesReader } from './submission-access.ts';
import { unitOf } from './submission-unit.ts';
import {
  submissionRowsFor,
  submissionView,
  withVersion,
  type SubmissionRow,
  type SubmissionView,
} from './submission-views.ts';

type Input<K extends keyof typeof submissionInputs> = z.infer<(typeof submissionInputs)[K]>;

/** The subject type of a submission's approval (审批对象). */
export const SUBMISSION_SUBJECT = 'submission';

function assertSize(data: unknown) {
  if (JSON.stringify(data).length > MAX_FORM_DATA_KB * 1024) {
    throw formsSubmissionErrors.draftTooLarge({ maximum: MAX_FORM_DATA_KB }, 'data');
  }
}

/** A version a new form may be filled in: published (a draft is not yet, a retired one no longer). */
async function fillableVersion(deps: FormsDeps, versionId: string) {
  const version = await deps.prisma.formTemplateVersion.findUnique({
    where: { id: versionId },
    include: { template: true },
  });
  if (!version) throw formsTemplateErrors.versionNotFound({}, 'versionId');
  if (version.status === 'RETIRED') throw formsSubmissionErrors.versionRetired({}, 'versionId');
  if (version.status === 'DRAFT') throw formsSubmissionErrors.versionNotPublished({}, 'versionId');
  // A form kept as a case (表8) is taken in as the case alone, where its private fields stay with its handlers.
  if (caseFormOf(version.template.code)) {
    throw formsSubmissionErrors.caseForm({ code: version.template.code }, 'versionId');
  }
  return version;
}

/** The caller's own record by id, for changing it. */
async function ownRecord(deps: FormsDeps, ctx: Ctx, id: string) {
  const record = await deps.prisma.formSubmission.findUnique({ where: { id } });
  if (!record || record.submitterId !== ctx.actor.personId) throw formsSubmissionErrors.notFound();
  return record;
}

/** Saves what was typed as the caller's draft; nothing is checked but its size and the caller's unit. */
export async function saveDraft(
  deps: FormsDeps,
  ctx: Ctx,
  input: Input<'saveDraft'>,
): Promise<SubmissionView> {
  assertSize(input.data);
  const version = await fillableVersion(deps, input.versionId);
  const unit = await unitOf(deps, ctx, input.orgNodeId);
  const fields = {
    templateId: version.templateId,
    versionId: version.id,
    orgNodeId: unit.id,
    orgName: unit.name,
    data: input.data as Prisma.InputJsonValue,
  };
  if (input.id) {
    const record = await ownRecord(deps, ctx, input.id);
    if (record.status !== 'DRAFT') throw formsSubmissionErrors.notDraft();
    return submissionView(
      await deps.prisma.formSubmission.update({
        where: { id: record.id },
        data: fields,
        include: withVersion,
      }),
      ctx.actor,
    );
  }
  return submissionView(
    await deps.prisma.formSubmission.create({
      data: { ...fields, submitterId: ctx.actor.personId, submitterName: ctx.actor.name },
      include: withVersion,
    }),
    ctx.actor,
  );
}

/**
 * Submits a form: the draft `id` (or a new record), or again a submitted one whose approval was rejected or
 * returned to the submitter. Checked against the version; stored with it; its approval started in the same
 * transaction.
 */
export async function submit(deps: FormsDeps, ctx: Ctx, input: Input<'submit'>): Promise<SubmissionView> {
  assertSize(input.data);
  const version = await fillableVersion(deps, input.versionId);
  const unit = await unitOf(deps, ctx, input.orgNodeId);
  const flow = version.approvalFlow as FlowDefinition | null;
  const record = input.id ? await ownRecord(deps, ctx, input.id) : null;
  if (record && record.status !== 'DRAFT' && (!flow || record.versionId !== version.id)) {
    throw formsSubmissionErrors.notDraft();
  }
  const uiSchema = version.uiSchema as UiSchema;
  const checked = checkFormData(
    { id: version.id, dataSchema: version.dataSchema as object, uiSchema },
    input.data,
  );
  if (checked.refusals.length > 0) refuse(checked.refusals);
  await assertFilesOfUnit(deps, uiSchema, checked.data, unit.id);
  const now = deps.now();
  const fields = {
    templateId: version.templateId,
    versionId: version.id,
    orgNodeId: unit.id,
    orgName: unit.name,
    data: checked.data as Prisma.InputJsonValue,
    status: 'SUBMITTED' as const,
    submittedAt: now,
  };
  return deps.prisma.$transaction(async (tx) => {
    const saved = record
      ? await tx.formSubmission.update({ where: { id: record.id }, data: fields, include: withVersion })
      : await tx.formSubmission.create({
          data: { ...fields, submitterId: ctx.actor.personId, submitterName: ctx.actor.name },
          include: withVersion,
        });
    if (flow) {
      await startApproval(tx, deps, ctx, {
        subjectType: SUBMISSION_SUBJECT,
        subjectId: saved.id,
        title: `${version.template.nameZh} · ${ctx.actor.name}`,
        orgNodeId: unit.id,
        flow,
        picked: input.pickedApprovers ?? null,
      });
    }
    await recordEvent(tx, formSubmitted, formSubmittedOf(saved, now));
    return submissionView(saved, ctx.actor);
  });
}

/** Throws away the caller's own draft. */
export async function discardDraft(deps: FormsDeps, ctx: Ctx, id: string): Promise<{ id: string }> {
  const record = await ownRecord(deps, ctx, id);
  const deleted = await deps.prisma.formSubmission.deleteMany({ where: { id: record.id, status: 'DRAFT' } });
  if (deleted.count === 0) throw formsSubmissionErrors.notDraft();
  return { id };
}

/**
 * One record with the version it was filled in, for whoever may read it: a draft only its author; a submitted
 * form its submitter, those over its unit, the person it names in a person field, and the people in its approval.
 * Otherwise not found.
 */
export async function getSubmission(
  deps: FormsDeps,
  ctx: Ctx,
  id: string,
): Promise<SubmissionView & { approvalId: string | null }> {
  const record = await deps.prisma.formSubmission.findUnique({ where: { id }, include: withVersion });
  if (!record) throw formsSubmissionErrors.notFound();
  const mine = record.submitterId === ctx.actor.personId;
  const readable =
    mine ||
    (record.status === 'SUBMITTED' &&
      (mayReadByScope(ctx.actor, record) ||
        namesReader(ctx.actor, record.version.uiSchema as UiSchema, record.data) ||
        (await takesPartInApproval(deps.prisma, ctx.actor, SUBMISSION_SUBJECT, record.id, deps.now()))));
  if (!readable) throw formsSubmissionErrors.notFound();
  // The page shows the approval (history, actions) beside the form: one per submission, restarted on resubmit.
  const approval = await deps.prisma.approvalInstance.findUnique({
    where: { subjectType_subjectId: { subjectType: SUBMISSION_SUBJECT, subjectId: record.id } },
    select: { id: true },
  });
  return { ...submissionView(record, ctx.actor), approvalId: approval?.id ?? null };
}

/** The caller's own drafts and submitted forms, of every template, last changed first. */
export async function mySubmissions(
  deps: FormsDeps,
  ctx: Ctx,
  input: Input<'mine'>,
): Promise<Page<SubmissionRow>> {
  const where: Prisma.FormSubmissionWhereInput = {
    submitterId: ctx.actor.personId,
    ...(input.status ? { status: input.status } : {}),
  };
  const [rows, total] = await Promise.all([
    deps.prisma.formSubmission.findMany({
      where,
      include: withVersion,
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      ...skipTake(input),
    }),
    deps.prisma.formSubmission.count({ where }),
  ]);
  return { items: rows.map(submissionRowsFor(ctx.actor)), total, page: input.page, pageSize: input.pageSize };
}
