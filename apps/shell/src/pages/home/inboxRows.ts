import type { ApiOutput } from '@duda/api-client';
import type { LocalizedText } from '@duda/federation';
import dayjs from 'dayjs';

export type InboxItem = ApiOutput<'portal.inbox.mine'>['items'][number];

/** Where an action stands against its deadline, for its tag. */
export type InboxStatus = 'overdue' | 'today' | 'upcoming' | 'noDeadline';

/** The design system's status id that gives each its tone (the label is the shell's own). */
export const STATUS_TONE: Record<InboxStatus, string> = {
  overdue: 'overdue',
  today: 'pending',
  upcoming: 'published',
  noDeadline: 'closed',
};

export interface InboxRow {
  id: string;
  kind: LocalizedText;
  title: string;
  orgName: string | null;
  dueAt: Date | null;
  status: InboxStatus;
  /** The item's page in its remote, mounted by the shell at `/<remote>/`. */
  to: string;
}

export function inboxStatus(item: Pick<InboxItem, 'overdue' | 'dueAt'>, now: Date): InboxStatus {
  if (item.overdue) return 'overdue';
  if (!item.dueAt) return 'noDeadline';
  return dayjs(item.dueAt).isSame(now, 'day') ? 'today' : 'upcoming';
}

/** The inbox's actions as the home page lists them, in the order the inbox sorted them. */
export function inboxRows(items: readonly InboxItem[], now: Date): InboxRow[] {
  return items.map((item) => ({
    id: item.id,
    kind: item.kindLabel,
    title: item.title,
    orgName: item.orgName,
    dueAt: item.dueAt,
    status: inboxStatus(item, now),
    to: `/${item.route.remote}/${item.route.path}`,
  }));
}
