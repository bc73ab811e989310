// The notifications' rows of the authorization matrix (通知): the district supervisor of 上城区 has an unread
// notification with a marked title; every signed-in caller reads, counts and marks only their own, so none of
// the six probe callers ever sees it or changes it, and anonymous callers are refused everything.
import { defineAreaProbes, SIGNED_IN, type Owners } from '@duda/service-org/testing/authz-probes';
import type { PortalService } from '../../module.ts';
import { raiseNotifications } from '../../notifications/raise.ts';

interface Me {
  person: { id: string };
}
interface Page<T> {
  items: T[];
}

export interface NotificationsWorld {
  notification: { id: string; title: string };
}

/** What a refused mark would change: the owner's list with its read marks. */
const ownersList = async (owners: Owners) =>
  (await owners('sc.sup')).query<Page<{ id: string; readAt: string | null }>>(
    'portal.notifications.list',
    {},
  );

export const notificationsProbes = defineAreaProbes<NotificationsWorld, PortalService>({
  prefix: 'portal.notifications',
  async world(owners, service) {
    const supervisor = await owners('sc.sup');
    const me = await supervisor.query<Me>('org.me');
    const title = `矩阵-通知-${crypto.randomUUID().slice(0, 8)}`;
    const [created] = await raiseNotifications(service.notifications, crypto.randomUUID(), [
      {
        personId: me.person.id,
        kind: 'PLAN_REJECTED',
        title,
        params: { reviewerName: '矩阵', comment: title },
        area: 'inspection',
        link: '/inspection/plans',
      },
    ]);
    return { notification: { id: created!.id, title } };
  },
  secrets: (w) => [w.notification.title, w.notification.id],
  probes: {
    'portal.notifications.list': { allowed: SIGNED_IN, input: () => ({}), sees: [] },
    'portal.notifications.unreadCount': { allowed: SIGNED_IN },
    'portal.notifications.markRead': {
      allowed: SIGNED_IN,
      input: (w) => ({ ids: [w.notification.id] }),
      sees: [],
      reread: (_w, owners) => ownersList(owners),
    },
    'portal.notifications.markAllRead': {
      allowed: SIGNED_IN,
      sees: [],
      reread: (_w, owners) => ownersList(owners),
    },
    'portal.notifications.preferences': { allowed: SIGNED_IN },
    'portal.notifications.setPreferences': {
      allowed: SIGNED_IN,
      input: () => ({ smsKinds: [], emailKinds: ['EXAM_PUBLISHED'], dailyDigest: true }),
      reread: async (_w, owners) => (await owners('sc.sup')).query('portal.notifications.preferences'),
    },
  },
});
