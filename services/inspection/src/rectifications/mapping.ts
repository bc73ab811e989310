import type { RectificationOrder } from '../domain/index.ts';
import type { RectificationOrder as OrderRow } from '../generated/prisma/client.ts';

export const toDomainOrder = (row: OrderRow): RectificationOrder & { id: string } => ({
  id: row.id,
  inspectionId: row.inspectionId,
  hallId: row.hallId,
  itemCode: row.itemCode,
  itemTitle: row.itemTitle,
  sectionName: row.sectionName,
  severity: row.severity,
  veto: row.veto,
  problem: row.problem,
  problemPhotoIds: row.problemPhotoIds,
  evidenceRequired: row.evidenceRequired,
  status: row.status,
  attempt: row.attempt,
  issuedAt: row.issuedAt,
  deadline: row.deadline,
  response:
    row.responseMeasures && row.respondedAt && row.respondedById
      ? {
          measures: row.responseMeasures,
          photoIds: row.responsePhotoIds,
          respondedAt: row.respondedAt,
          respondedBy: row.respondedById,
        }
      : null,
  rejectReason: row.rejectReason,
  closedAt: row.closedAt,
});
