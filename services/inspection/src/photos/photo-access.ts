import { can, type Actor } from '@duda/authz';
import { canSeeInspection, hiddenMystery } from '../inspections/access.ts';

type CitingInspection = Parameters<typeof canSeeInspection>[1];

/** Where a photo is cited: item results of inspections, and rectification orders (with their inspection). */
export interface PhotoCitations {
  uploadedById: string;
  inspections: CitingInspection[];
  orders: { hallId: string; verifierId: string; inspection: CitingInspection }[];
}

/**
 * Whether the viewer may see a photo (现场照片): its uploader (drafts cite photos nobody else sees yet),
 * anyone who may see an inspection citing it, and the people of an order citing it — but a photo of a
 * mystery-shopper visit (神秘客户) stays hidden from the hall until the visit is published.
 */
export function maySeePhoto(actor: Actor, photo: PhotoCitations): boolean {
  if (photo.uploadedById === actor.personId) return true;
  if (photo.inspections.some((row) => canSeeInspection(actor, row))) return true;
  return photo.orders.some(
    (order) =>
      canSeeInspection(actor, order.inspection) ||
      (!hiddenMystery(order.inspection) &&
        (can(actor, 'rectification.read', { orgNodeId: order.hallId }) ||
          order.verifierId === actor.personId)),
  );
}
