// What the template procedures answer: a template with its versions (no schemas), and one version in full.
import {
  caseFormOf,
  type CaseFormKind,
  type FlowDefinition,
  type TemplateVersionStatus,
  type UiSchema,
} from '@duda/contract-forms';
import type { FormTemplate, FormTemplateVersion } from '../generated/prisma/client.ts';

export interface VersionSummary {
  id: string;
  version: number;
  status: TemplateVersionStatus;
  createdAt: Date;
  publishedAt: Date | null;
  retiredAt: Date | null;
}

export interface TemplateView {
  id: string;
  orgNodeId: string;
  orgName: string;
  orgLevel: string;
  code: string;
  name: { 'zh-CN': string; en: string };
  description: { 'zh-CN': string; en: string } | null;
  copiedFromVersionId: string | null;
  /** The version new forms are filled in (the latest published), if any. */
  currentVersionId: string | null;
  versions: VersionSummary[];
  /** Whether the caller keeps this template (edit, publish, retire). */
  mayManage: boolean;
  /**
   * The case this form is kept as (`complaint`: 表8, taken in at 投诉受理), or null: such a form is not filled in
   * through forms.submissions, and the fill list leads to its intake instead.
   */
  caseForm: CaseFormKind | null;
}

export interface VersionView extends VersionSummary {
  templateId: string;
  code: string;
  name: { 'zh-CN': string; en: string };
  orgName: string;
  dataSchema: Record<string, unknown>;
  uiSchema: UiSchema;
  approvalFlow: FlowDefinition | null;
}

const summary = (v: FormTemplateVersion): VersionSummary => ({
  id: v.id,
  version: v.version,
  status: v.status,
  createdAt: v.createdAt,
  publishedAt: v.publishedAt,
  retiredAt: v.retiredAt,
});

export function templateView(
  template: FormTemplate & { versions: FormTemplateVersion[] },
  mayManage: boolean,
): TemplateView {
  const versions = [...template.versions].sort((a, b) => b.version - a.version);
  return {
    id: template.id,
    orgNodeId: template.orgNodeId,
    orgName: template.orgName,
    orgLevel: template.orgLevel,
    code: template.code,
    name: { 'zh-CN': template.nameZh, en: template.nameEn },
    description:
      template.descriptionZh && template.descriptionEn
        ? { 'zh-CN': template.descriptionZh, en: template.descriptionEn }
        : null,
    copiedFromVersionId: template.copiedFromVersionId,
    currentVersionId: versions.find((v) => v.status === 'PUBLISHED')?.id ?? null,
    versions: versions.map(summary),
    mayManage,
    caseForm: caseFormOf(template.code)?.kind ?? null,
  };
}

export function versionView(version: FormTemplateVersion & { template: FormTemplate }): VersionView {
  return {
    ...summary(version),
    templateId: version.templateId,
    code: version.template.code,
    name: { 'zh-CN': version.template.nameZh, en: version.template.nameEn },
    orgName: version.template.orgName,
    dataSchema: version.dataSchema as Record<string, unknown>,
    uiSchema: version.uiSchema as UiSchema,
    approvalFlow: (version.approvalFlow as FlowDefinition | null) ?? null,
  };
}
