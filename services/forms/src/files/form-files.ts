// A form's files (附件与签名): uploaded for a unit by someone who may fill in its forms (type from the bytes, at most
// MAX_FORM_FILE_MEGABYTES), cited by id in a form's data — only files of the form's own unit — and read back by whoever
// uploaded it or may read a submitted form citing it.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  formFileUrl,
  formsSubmissionErrors,
  MAX_FORM_FILE_MEGABYTES,
  type FormData as FormValues,
  type UiLeaf,
  type UiSchema,
} from '@duda/contract-forms';
import { takesPartInApproval } from '../approvals/index.ts';
import { mayReadEvidence } from '../complaints/index.ts';
import type { FormsDeps } from '../deps.ts';
import { mayReadPolicyAttachment } from '../policies/index.ts';
import { mayReadByScope } from '../submissions/submission-access.ts';
import { SUBMISSION_SUBJECT } from '../submissions/submission-service.ts';
import { assertMaySubmit } from '../submissions/submission-unit.ts';
import type { Ctx } from '../templates/template-access.ts';
import { refuse, type FieldRefusal } from '../validation/refusal.ts';
import { detectFormFileType, FORM_FILE_TYPES } from './file-type.ts';

const MAX_BYTES = MAX_FORM_FILE_MEGABYTES * 1024 * 1024;

export async function uploadFormFile(deps: FormsDeps, ctx: Ctx, input: { orgNodeId: string; file: File }) {
  assertMaySubmit(ctx, input.orgNodeId);
  if (input.file.size === 0) throw formsSubmissionErrors.fileEmpty({}, 'file');
  if (input.file.size > MAX_BYTES) {
    throw formsSubmissionErrors.fileTooLarge({ maximum: MAX_FORM_FILE_MEGABYTES }, 'file');
  }
  const bytes = Buffer.from(await input.file.arrayBuffer());
  const type = detectFormFileType(bytes);
  if (!type) throw formsSubmissionErrors.fileType({}, 'file');
  const id = randomUUID();
  const storageKey = `forms/${input.orgNodeId}/${id}.${FORM_FILE_TYPES[type]}`;
  await deps.files.put(storageKey, bytes);
  await deps.prisma.formFile.create({
    data: {
      id,
      orgNodeId: input.orgNodeId,
      storageKey,
      name: input.file.name,
      contentType: type,
      size: bytes.length,
      uploadedById: ctx.actor.personId,
    },
  });
  return { id, name: input.file.name, size: bytes.length, contentType: type, url: formFileUrl(id) };
}

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
    ? (value as { id: string }).id
    : null;

function leafFiles(leaf: UiLeaf, value: unknown, path: string) {
  const refs =
    leaf.kind === 'attachment' && Array.isArray(value) ? value : leaf.kind === 'signature' ? [value] : [];
  return refs.flatMap((ref) => {
    const id = idOf(ref);
    return id ? [{ id, path, leaf }] : [];
  });
}

/** Every file a form's data cites, with where. */
export function fileRefsOf(ui: UiSchema, data: FormValues) {
  return ui.fields.flatMap((field) => {
    if (field.kind !== 'table') return leafFiles(field, data[field.key], field.key);
    const rows = Array.isArray(data[field.key]) ? (data[field.key] as Record<string, unknown>[]) : [];
    return rows.flatMap((row, index) =>
      (field.columns ?? []).flatMap((column) =>
        leafFiles(column, row?.[column.key], `${field.key}.${index}.${column.key}`),
      ),
    );
  });
}

/** Refuses data citing a file that is not one uploaded for this unit. */
export async function assertFilesOfUnit(deps: FormsDeps, ui: UiSchema, data: FormValues, orgNodeId: string) {
  const refs = fileRefsOf(ui, data);
  if (refs.length === 0) return;
  const known = await deps.prisma.formFile.findMany({
    where: { id: { in: [...new Set(refs.map((ref) => ref.id))] }, orgNodeId },
    select: { id: true },
  });
  const found = new Set(known.map((file) => file.id));
  const refusals: FieldRefusal[] = refs
    .filter((ref) => !found.has(ref.id))
    .map((ref) => ({
      path: `data.${ref.path}`,
      code: formsSubmissionErrors.fileUnknown.code,
      params: { label: ref.leaf.label['zh-CN'], labelEn: ref.leaf.label.en },
    }));
  if (refusals.length > 0) refuse(refusals);
}

/**
 * The stored file for the route, or null when it is gone or the viewer may not see it (never telling which): its
 * uploader, or whoever may read a submitted form of its unit that cites it.
 */
export async function readFormFile(
  deps: FormsDeps,
  ctx: Ctx,
  fileId: string,
): Promise<{ stream: Readable; name: string; contentType: string } | null> {
  const file = await deps.prisma.formFile.findUnique({ where: { id: fileId } });
  if (!file) return null;
  let allowed = file.uploadedById === ctx.actor.personId;
  if (!allowed) {
    const citing = (
      await deps.prisma.formSubmission.findMany({
        where: { orgNodeId: file.orgNodeId, status: 'SUBMITTED' },
        select: { id: true, orgNodeId: true, submitterId: true, data: true },
      })
    ).filter((submission) => JSON.stringify(submission.data).includes(file.id));
    for (const submission of citing) {
      allowed =
        mayReadByScope(ctx.actor, submission) ||
        (await takesPartInApproval(deps.prisma, ctx.actor, SUBMISSION_SUBJECT, submission.id, deps.now()));
      if (allowed) break;
    }
  }
  // A complaint's evidence (投诉证据): whoever reads the case.
  allowed ||= await mayReadEvidence(deps, ctx.actor, file);
  // A policy's attachment (制度附件): whoever reads a version citing it.
  allowed ||= await mayReadPolicyAttachment(deps, ctx.actor, file);
  if (!allowed) return null;
  const stream = await deps.files.get(file.storageKey);
  return stream ? { stream, name: file.name, contentType: file.contentType } : null;
}
