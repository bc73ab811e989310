// Versions of a city's checklist standard. A published version is frozen because inspections keep the
// version they were scored on; changing the standard means drafting and publishing a new version, which
// retires the previous one so that exactly one version is in use at a time.
import { inspectionErrors, validateTemplateContent } from '@duda/contract-inspection';
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
    throw inspectionErrors.versionPublished({ name: template.name, version: template.version });
  }
}

/** A template can start new inspections only while its version is the one in use. */
export function assertTemplateUsable(template: ChecklistTemplate): void {
  if (template.status !== 'PUBLISHED') {
    throw inspectionErrors.versionNotUsable({ name: template.name, version: template.version });
  }
}

/** Starts editing: a DRAFT copy of `source` numbered after every existing version. */
export function createDraftVersion(
  source: ChecklistTemplate,
  existingVersions: readonly TemplateVersionRef[],
): ChecklistTemplate {
  if (existingVersions.some((v) => v.status === 'DRAFT')) {
    throw inspectionErrors.draftExists({ name: source.name });
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
    throw inspectionErrors.notADraft({ name: draft.name, version: draft.version });
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
    throw inspectionErrors.retireOnlyInUse({ name: template.name, version: template.version });
  }
  return { ...template, status: 'RETIRED' };
}
