// The live stream while the portal is open: the browser's EventSource on the gateway's route (the session
// cookie goes with it; it reconnects by itself and sends Last-Event-ID, so nothing is missed). Each new
// notification sets the badge's count and refreshes the list; `onArrival` shows it (a toast).
import { useQueryClient } from '@tanstack/vue-query';
import {
  NOTIFICATION_STREAM_EVENTS,
  NOTIFICATION_STREAM_PATH,
  type NotificationStreamMessage,
  type NotificationView,
} from '@duda/contract-portal';
import { onBeforeUnmount, onMounted } from 'vue';
import { notificationsKey, unreadCountKey } from './api.ts';

export function useNotificationStream(onArrival: (notification: NotificationView) => void) {
  const queryClient = useQueryClient();
  let source: EventSource | null = null;

  const setUnread = (unread: number) => queryClient.setQueryData(unreadCountKey, unread);

  onMounted(() => {
    if (typeof EventSource === 'undefined') return;
    source = new EventSource(NOTIFICATION_STREAM_PATH);
    source.addEventListener(NOTIFICATION_STREAM_EVENTS.notification, (event) => {
      const message = JSON.parse((event as MessageEvent<string>).data) as NotificationStreamMessage;
      setUnread(message.unread);
      void queryClient.invalidateQueries({ queryKey: notificationsKey, refetchType: 'active' });
      onArrival(message.notification);
    });
    source.addEventListener(NOTIFICATION_STREAM_EVENTS.unread, (event) => {
      setUnread((JSON.parse((event as MessageEvent<string>).data) as { unread: number }).unread);
    });
  });
  onBeforeUnmount(() => source?.close());
}
