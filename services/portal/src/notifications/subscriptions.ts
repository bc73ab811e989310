// The portal's subscribers: each turns one event into its notifications. At least once: a repeat delivery
// (or two at once) finds the rows of the first and adds none (raise.ts), so no inbox table is needed.
import { subscribe, type DeliveredEvent, type Subscription } from '@duda/events';
import { audienceOf, isNews, notificationsFor, type RaisingFact } from '../domain/notification-recipients.ts';
import { holdersOf } from './directory.ts';
import type { NotificationsDeps } from './notifications-deps.ts';
import { raiseNotifications } from './raise.ts';
import {
  approvalCompleted,
  approvalCopied,
  approvalReminded,
  completedFact,
  copiedFact,
  complaintEscalated,
  escalatedFact,
  examPublished,
  overdueFact,
  planRejected,
  publishedFact,
  queueWarningFact,
  queueWarningRaised,
  rectificationOverdue,
  rejectedFact,
  releasedFact,
  remindedFact,
  resultReleased,
} from './raising-events.ts';

/** Raises the notifications of one delivered fact; the same event always gives the same rows. */
export async function notifyOf(deps: NotificationsDeps, event: DeliveredEvent<unknown>, fact: RaisingFact) {
  if (!isNews(fact, event.occurredAt)) return [];
  const audience = audienceOf(fact);
  const holders = await holdersOf(deps.org, audience.holders, `event:${event.id}`, deps.log);
  return raiseNotifications(deps, event.id, notificationsFor(fact, [...audience.personIds, ...holders]));
}

export const notificationSubscriptions = (deps: NotificationsDeps): Subscription[] => [
  subscribe(rectificationOverdue, 'notify-overdue-order', async (e) => {
    await notifyOf(deps, e, overdueFact(e.payload));
  }),
  subscribe(planRejected, 'notify-rejected-plan', async (e) => {
    await notifyOf(deps, e, rejectedFact(e.payload));
  }),
  subscribe(examPublished, 'notify-published-exam', async (e) => {
    await notifyOf(deps, e, publishedFact(e.payload));
  }),
  subscribe(resultReleased, 'notify-released-result', async (e) => {
    await notifyOf(deps, e, releasedFact(e.payload));
  }),
  subscribe(approvalReminded, 'notify-approval-reminded', async (e) => {
    await notifyOf(deps, e, remindedFact(e.payload));
  }),
  subscribe(approvalCompleted, 'notify-approval-completed', async (e) => {
    await notifyOf(deps, e, completedFact(e.payload));
  }),
  subscribe(approvalCopied, 'notify-approval-copied', async (e) => {
    await notifyOf(deps, e, copiedFact(e.payload));
  }),
  subscribe(complaintEscalated, 'notify-complaint-escalated', async (e) => {
    await notifyOf(deps, e, escalatedFact(e.payload));
  }),
  subscribe(queueWarningRaised, 'notify-queue-warning', async (e) => {
    await notifyOf(deps, e, queueWarningFact(e.payload));
  }),
];
