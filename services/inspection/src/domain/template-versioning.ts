// Versions of a city's checklist standard. A published version is frozen because inspections keep the
// version they were scored on; changing the standard means drafting and publishing a new version, which
// retires the previous one so that exactly one version is in use at a time.
import { conflict, preconditionFailed } from '@duda/service-kit/errors';
import { validateTemplateContent } from '@duda/contract-inspection';
import type { ChecklistTemplate, TemplateStatus } from '@duda/contract-inspection';

/** The other versions of the same template lineage, as stored. */
export interface TemplateVersionRef {
  version: number;
  status: TemplateStatus;
}

export interface PublishedTemplate {
  template: ChecklistTemplate;
  /** Versions that were in use and are now RETIRED. */
  retiredVersions: number[];
}

export function assertTemplateEditable(template: ChecklistTemplate): void {
  if (template.status !== 'DRAFT') {
    throw conflict(`「${template.name}」第 ${template.version} 版已发布，不能直接修改，请基于它创建新版本。`);
  }
}

/** A template can start new inspections only while its version is the one in use. */
export function assertTemplateUsable(template: ChecklistTemplate): void {
  if (template.status !== 'PUBLISHED') {
    throw preconditionFailed(
      `「${template.name}」第 ${template.version} 版未发布或已停用，不能用于新的检查。`,
    );
  }
}

/** Starts editing: a DRAFT copy of `source` numbered after every existing version. */
export function createDraftVersion(
  source: ChecklistTemplate,
  existingVersions: readonly TemplateVersionRef[],
): ChecklistTemplate {
  if (existingVersions.some((v) => v.status === 'DRAFT')) {
    throw conflict(`「${source.name}」已有一个未发布的草稿版本，请继续编辑该草稿。`);
  }
  const latest = Math.max(source.version, ...existingVersions.map((v) => v.version));
  return {
    ...source,
    sections: source.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => ({ ...item })),
    })),
    version: latest + 1,
    status: 'DRAFT',
    publishedAt: null,
  };
}

/**
 * Publishes a validated draft as the next version (one above every published or retired version of the
 * lineage) and tells which versions to retire. Draft entries in `previousVersions` are ignored, so the
 * caller may pass the whole lineage including the draft itself.
 */
export function publishTemplateVersion(
  previousVersions: readonly TemplateVersionRef[],
  draft: ChecklistTemplate,
  now: Date,
): PublishedTemplate {
  if (draft.status !== 'DRAFT') {
    throw conflict(`「${draft.name}」第 ${draft.version} 版不是草稿，不能重复发布。`);
  }
  validateTemplateContent(draft);
  const released = previousVersions.filter((v) => v.status !== 'DRAFT');
  const version = Math.max(0, ...released.map((v) => v.version)) + 1;
  return {
    template: { ...draft, version, status: 'PUBLISHED', publishedAt: now },
    retiredVersions: released.filter((v) => v.status === 'PUBLISHED').map((v) => v.version),
  };
}

/** Stops a standard altogether (no replacement version). */
export function retireTemplate(template: ChecklistTemplate): ChecklistTemplate {
  if (template.status !== 'PUBLISHED') {
    throw conflict(
      `只有使用中的检查标准才能停用，「${template.name}」第 ${template.version} 版当前不在使用中。`,
    );
  }
  return { ...template, status: 'RETIRED' };
}
