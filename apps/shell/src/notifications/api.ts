// The caller's notifications through the API (portal.notifications.*), as Vue Query hooks.
import { queryKeyOf, useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type NotificationItem = RouterOutputs['portal']['notifications']['list']['items'][number];
export type PreferencesInput = RouterInputs['portal']['notifications']['setPreferences'];

/** Where the badge's count is cached; the live stream writes new counts straight into it. */
export const unreadCountKey = queryKeyOf('portal.notifications.unreadCount');
export const notificationsKey = queryKeyOf('portal.notifications');

export const useUnreadCount = (enabled: MaybeRefOrGetter<boolean> = true) =>
  useProcedureQuery('portal.notifications.unreadCount', undefined, { enabled: () => toValue(enabled) });

export const useNotificationList = (enabled: MaybeRefOrGetter<boolean>) =>
  useProcedureQuery('portal.notifications.list', { pageSize: 50 }, { enabled: () => toValue(enabled) });

export const useMarkRead = () =>
  useProcedureMutation('portal.notifications.markRead', { invalidates: ['portal.notifications'] });

export const useMarkAllRead = () =>
  useProcedureMutation('portal.notifications.markAllRead', { invalidates: ['portal.notifications'] });

export const usePreferences = () => useProcedureQuery('portal.notifications.preferences', undefined);

export const useSetPreferences = () =>
  useProcedureMutation('portal.notifications.setPreferences', {
    invalidates: ['portal.notifications.preferences'],
  });
