// What the submission procedures answer: a row of a list, and one submission with the version it was filled in.
import type { SubmissionStatus } from '@duda/contract-forms';
import type { FormSubmission, FormTemplate, FormTemplateVersion } from '../generated/prisma/client.ts';
import { versionView, type VersionView } from '../templates/template-views.ts';
import { caseRecordData, type CaseRecordReader as Reader } from './case-records.ts';

export interface SubmissionRow {
  id: string;
  templateId: string;
  versionId: string;
  version: number;
  code: string;
  name: { 'zh-CN': string; en: string };
  orgNodeId: string;
  orgName: string;
  status: SubmissionStatus;
  submitterId: string;
  submitterName: string;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  data: Record<string, unknown>;
}

export interface SubmissionView extends SubmissionRow {
  /** The version the form was filled in: it renders with these schemas, whatever was published since. */
  form: VersionView;
}

type WithVersion = FormSubmission & { version: FormTemplateVersion & { template: FormTemplate } };

/** What a row is made of: the record and, of its version and template, only what a list shows. */
export type RowSource = FormSubmission & {
  version: { version: number; template: Pick<FormTemplate, 'code' | 'nameZh' | 'nameEn'> };
};

/** A row as `reader` sees it (a case form's private fields masked for all but its handlers, `case-records.ts`). */
export const submissionRow = (s: RowSource, reader: Reader): SubmissionRow => ({
  id: s.id,
  templateId: s.templateId,
  versionId: s.versionId,
  version: s.version.version,
  code: s.version.template.code,
  name: { 'zh-CN': s.version.template.nameZh, en: s.version.template.nameEn },
  orgNodeId: s.orgNodeId,
  orgName: s.orgName,
  status: s.status,
  submitterId: s.submitterId,
  submitterName: s.submitterName,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
  submittedAt: s.submittedAt,
  data: caseRecordData(reader, {
    code: s.version.template.code,
    orgNodeId: s.orgNodeId,
    submitterId: s.submitterId,
    data: s.data as Record<string, unknown>,
  }),
});

/** The rows of a list as `reader` sees them. */
export const submissionRowsFor = (reader: Reader) => (s: RowSource) => submissionRow(s, reader);

export const submissionView = (s: WithVersion, reader: Reader): SubmissionView => ({
  ...submissionRow(s, reader),
  form: versionView(s.version),
});

export const withVersion = { version: { include: { template: true } } } as const;
