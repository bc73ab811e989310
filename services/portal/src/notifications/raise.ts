// Raising notifications for one domain event: one row per person, keyed by (event, person), so a redelivered
// or concurrently delivered event adds nothing the first delivery added (the unique key decides, under any
// race). The live streams are told in the same transaction; SMS and e-mail go out after the commit, only for
// the rows this delivery added, so a repeat sends nothing twice.
import { describeNotification, type NotificationView } from '@duda/contract-portal';
import type { NotificationDraft } from '../domain/notification-recipients.ts';
import { outboundChannels } from '../domain/notification-preferences.ts';
import { publishFanOut } from './fan-out.ts';
import type { NotificationsDeps } from './notifications-deps.ts';
import { preferencesOf } from './notification-service.ts';
import { toView } from './views.ts';

export async function raiseNotifications(
  deps: NotificationsDeps,
  sourceEventId: string,
  drafts: readonly NotificationDraft[],
): Promise<NotificationView[]> {
  if (drafts.length === 0) return [];
  const created = await deps.prisma.$transaction(async (tx) => {
    const rows = await tx.notification.createManyAndReturn({
      data: drafts.map((draft) => ({ ...draft, params: { ...draft.params }, sourceEventId })),
      skipDuplicates: true,
    });
    if (rows.length > 0) await publishFanOut(tx, { sourceEventId });
    return rows;
  });
  const views = created.map((row) => ({ personId: row.personId, view: toView(row) }));
  await sendOutbound(deps, views);
  return views.map(({ view }) => view);
}

async function sendOutbound(
  deps: NotificationsDeps,
  created: readonly { personId: string; view: NotificationView }[],
) {
  for (const { personId, view } of created) {
    const channels = outboundChannels(await preferencesOf(deps, personId), view.kind);
    const { heading, detail } = describeNotification(view, 'zh-CN');
    for (const channel of channels) {
      // A failed SMS must not undo or repeat the notification: it is logged and the list still has it.
      await deps.outbound
        .send({ channel, personId, subject: heading, text: detail })
        .catch((err: unknown) => deps.log.error({ err, channel, personId }, 'outbound message failed'));
    }
  }
}
