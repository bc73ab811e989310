import type { ChecklistSection, ChecklistTemplate } from '@duda/contract-inspection';
import type { ChecklistTemplate as TemplateRow } from '../generated/prisma/client.ts';

/** A stored template version as the domain's ChecklistTemplate (the lineage id is the domain's `id`). */
export const toDomainTemplate = (row: TemplateRow): ChecklistTemplate & { rowId: string } => ({
  rowId: row.id,
  id: row.lineId,
  cityId: row.cityId,
  name: row.name,
  kind: row.kind,
  version: row.version,
  status: row.status,
  passLine: row.passLine,
  publishedAt: row.publishedAt,
  sections: row.sections as unknown as ChecklistSection[],
});

export const itemCountOf = (sections: readonly ChecklistSection[]) =>
  sections.reduce((n, s) => n + s.items.length, 0);
