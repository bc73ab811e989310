// The live stream while the portal is open: the browser's EventSource on the gateway's route (the session
// cookie goes with it). After a dropped connection it reconnects by itself and sends Last-Event-ID, so nothing
// is missed; after an error answer (a proxy's 502 while a replica stops) it gives up, so the page opens a new
// one a moment later, resuming from the last event it had. Each new notification sets the badge's count and
// refreshes the list; `onArrival` shows it (a toast).
import { useQueryClient } from '@tanstack/vue-query';
import {
  NOTIFICATION_STREAM_EVENTS,
  NOTIFICATION_STREAM_PATH,
  type NotificationStreamMessage,
  type NotificationView,
} from '@duda/contract-portal';
import { onBeforeUnmount, onMounted } from 'vue';
import { notificationsKey, unreadCountKey } from './api.ts';

const REOPEN_MS = 5_000;

export function useNotificationStream(onArrival: (notification: NotificationView) => void) {
  const queryClient = useQueryClient();
  let source: EventSource | null = null;
  let reopen: ReturnType<typeof setTimeout> | undefined;
  let lastEventId = '';
  let stopped = false;

  const setUnread = (unread: number) => queryClient.setQueryData(unreadCountKey, unread);

  function open() {
    const query = lastEventId ? `?lastEventId=${encodeURIComponent(lastEventId)}` : '';
    source = new EventSource(`${NOTIFICATION_STREAM_PATH}${query}`);
    source.addEventListener(NOTIFICATION_STREAM_EVENTS.notification, (event) => {
      const { data, lastEventId: id } = event as MessageEvent<string>;
      if (id) lastEventId = id;
      const message = JSON.parse(data) as NotificationStreamMessage;
      setUnread(message.unread);
      void queryClient.invalidateQueries({ queryKey: notificationsKey, refetchType: 'active' });
      onArrival(message.notification);
    });
    source.addEventListener(NOTIFICATION_STREAM_EVENTS.unread, (event) => {
      setUnread((JSON.parse((event as MessageEvent<string>).data) as { unread: number }).unread);
    });
    source.addEventListener('error', () => {
      if (stopped || source?.readyState !== EventSource.CLOSED) return;
      reopen = setTimeout(open, REOPEN_MS);
    });
  }

  onMounted(() => {
    if (typeof EventSource !== 'undefined') open();
  });
  onBeforeUnmount(() => {
    stopped = true;
    clearTimeout(reopen);
    source?.close();
  });
}
