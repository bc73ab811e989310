// A stored notification as the caller's list and the live stream send it.
import type { NotificationParams, NotificationView } from '@duda/contract-portal';
import type { Notification } from '../generated/prisma/client.ts';

export const toView = (row: Notification): NotificationView => ({
  id: row.id,
  seq: row.seq.toString(),
  kind: row.kind,
  title: row.title,
  params: row.params as NotificationParams,
  area: row.area,
  link: row.link,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt?.toISOString() ?? null,
});
