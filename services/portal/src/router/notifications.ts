// `portal.notifications`: the caller's own notifications and preferences (通知).
import { notificationInputs } from '@duda/contract-portal';
import { authedProcedure, router } from '@duda/service-kit';
import type { PortalDeps } from '../deps.ts';
import {
  listNotifications,
  markAllRead,
  markRead,
  preferencesOf,
  setPreferences,
  unreadCount,
} from '../notifications/notification-service.ts';

export const notificationsRouter = (deps: PortalDeps) =>
  router({
    list: authedProcedure
      .input(notificationInputs.list)
      .query(({ ctx, input }) => listNotifications(deps, ctx, input)),
    unreadCount: authedProcedure.query(({ ctx }) => unreadCount(deps, ctx.actor.personId)),
    markRead: authedProcedure
      .input(notificationInputs.markRead)
      .mutation(({ ctx, input }) => markRead(deps, ctx, input.ids)),
    markAllRead: authedProcedure.mutation(({ ctx }) => markAllRead(deps, ctx)),
    preferences: authedProcedure.query(({ ctx }) => preferencesOf(deps, ctx.actor.personId)),
    setPreferences: authedProcedure
      .input(notificationInputs.setPreferences)
      .mutation(({ ctx, input }) => setPreferences(deps, ctx, input)),
  });
