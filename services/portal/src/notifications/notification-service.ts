// The caller's own notifications (通知): the list (unread first), the unread count, marking read, and the
// preferences beyond the in-app list. Nobody reads or marks another person's: every query is by the caller.
import type { Actor } from '@duda/authz';
import type { NotificationPreferences, NotificationView, notificationInputs } from '@duda/contract-portal';
import { skipTake, type CallerContext, type Page } from '@duda/service-kit';
import type { z } from 'zod';
import type { PortalDeps } from '../deps.ts';
import { DEFAULT_PREFERENCES } from '../domain/notification-preferences.ts';
import { publishFanOut } from './fan-out.ts';
import { toView } from './views.ts';

type Ctx = CallerContext & { actor: Actor };
type Deps = Pick<PortalDeps, 'prisma' | 'now'>;

export async function listNotifications(
  deps: Deps,
  ctx: Ctx,
  input: z.infer<typeof notificationInputs.list>,
): Promise<Page<NotificationView>> {
  const where = { personId: ctx.actor.personId, ...(input.unreadOnly ? { readAt: null } : {}) };
  const [rows, total] = await Promise.all([
    deps.prisma.notification.findMany({
      where,
      // Unread first (NULLs first), newest first within each.
      orderBy: [{ readAt: { sort: 'desc', nulls: 'first' } }, { seq: 'desc' }],
      ...skipTake(input),
    }),
    deps.prisma.notification.count({ where }),
  ]);
  return { items: rows.map(toView), total, page: input.page, pageSize: input.pageSize };
}

export const unreadCount = (deps: Deps, personId: string) =>
  deps.prisma.notification.count({ where: { personId, readAt: null } });

/** Marks the caller's own among `ids` read; others' ids and already-read ones are left alone. */
export async function markRead(deps: Deps, ctx: Ctx, ids: readonly string[]) {
  return markWhere(deps, ctx, { id: { in: [...ids] } });
}

export async function markAllRead(deps: Deps, ctx: Ctx) {
  return markWhere(deps, ctx, {});
}

async function markWhere(deps: Deps, ctx: Ctx, filter: { id?: { in: string[] } }) {
  const personId = ctx.actor.personId;
  const marked = await deps.prisma.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { ...filter, personId, readAt: null },
      data: { readAt: deps.now() },
    });
    // The person's other open pages update their badge too.
    if (count > 0) await publishFanOut(tx, { personId });
    return count;
  });
  return { marked, unread: await unreadCount(deps, personId) };
}

export async function preferencesOf(deps: Deps, personId: string): Promise<NotificationPreferences> {
  const row = await deps.prisma.notificationPreference.findUnique({ where: { personId } });
  return row
    ? { inApp: true, smsKinds: row.smsKinds, emailKinds: row.emailKinds, dailyDigest: row.dailyDigest }
    : DEFAULT_PREFERENCES;
}

export async function setPreferences(
  deps: Deps,
  ctx: Ctx,
  input: z.infer<typeof notificationInputs.setPreferences>,
): Promise<NotificationPreferences> {
  const data = {
    smsKinds: [...new Set(input.smsKinds)],
    emailKinds: [...new Set(input.emailKinds)],
    dailyDigest: input.dailyDigest,
  };
  await deps.prisma.notificationPreference.upsert({
    where: { personId: ctx.actor.personId },
    create: { personId: ctx.actor.personId, ...data },
    update: data,
  });
  return { inApp: true, ...data };
}
