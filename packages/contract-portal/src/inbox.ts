// `portal.inbox`: the one to-do inbox (待办, ADR 0018) — every area's `<area>.pending.mine` for the caller, merged.
import { pendingMineInput, type PendingPage } from '@duda/contract-kit';
import { z } from 'zod';

/** The home page shows at most this many; the counts say how many wait in all. */
export const INBOX_LIMIT_MAX = 100;

export const inboxInputs = {
  mine: z.object({ limit: pendingMineInput.shape.limit.unwrap().min(1).max(INBOX_LIMIT_MAX).default(30) }),
};

/** One area's part of the inbox: how many of its actions wait, or that it could not be asked just now. */
export interface InboxArea {
  area: string;
  /** False when the area's service did not answer: its actions are missing, the others are shown. */
  available: boolean;
  total: number;
  overdue: number;
}

export interface Inbox extends PendingPage {
  areas: InboxArea[];
}
