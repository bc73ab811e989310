// The inspection area's domain events: type names and payload schemas, in one file so that a later step
// can move them into @duda/contract-inspection whole. Payloads carry ids and the facts a subscriber needs
// to act without reading this service's tables; times are ISO strings (see @duda/events).
import { INSPECTION_KINDS, queueWarningPayload, SEVERITIES } from '@duda/contract-inspection';
import { defineEvent } from '@duda/events';
import { MONTH_KEY_PATTERN } from '@duda/month';
import { z } from 'zod';

const month = z.string().regex(MONTH_KEY_PATTERN);
const at = z.iso.datetime();
const orgIds = { hallId: z.uuid(), districtId: z.uuid(), cityId: z.uuid() };

/** An inspection was submitted (检查提交); its score is final and its rectification orders issued. */
export const inspectionSubmitted = defineEvent(
  'inspection.submitted',
  z.object({
    inspectionId: z.uuid(),
    ...orgIds,
    kind: z.enum(INSPECTION_KINDS),
    month,
    inspectorId: z.uuid(),
    total: z.number(),
    passed: z.boolean(),
    vetoed: z.boolean(),
    problemCount: z.number().int(),
    ordersIssued: z.number().int(),
    /** False for a mystery-shopper visit (暗访) until it is published: nothing may reach the hall before. */
    visibleToHall: z.boolean(),
    submittedAt: at,
  }),
);

/** A rectification order was accepted by its verifier: the problem is closed (闭环). */
export const rectificationClosed = defineEvent(
  'rectification.closed',
  z.object({
    orderId: z.uuid(),
    inspectionId: z.uuid(),
    ...orgIds,
    month,
    severity: z.enum(SEVERITIES),
    /** Response rounds it took; more than 1 when it was sent back. */
    attempt: z.number().int(),
    closedById: z.uuid(),
    closedAt: at,
  }),
);

/** The hall let an order's deadline pass (超期未整改); emitted once per order by the overdue job. */
export const rectificationOverdue = defineEvent(
  'rectification.overdue',
  z.object({
    orderId: z.uuid(),
    inspectionId: z.uuid(),
    ...orgIds,
    month,
    severity: z.enum(SEVERITIES),
    deadline: at,
    markedAt: at,
    /** Copied for those who tell the hall (the portal's notifications). */
    hallName: z.string(),
    itemTitle: z.string(),
  }),
);

/** A reviewer sent a plan back to its author (计划退回), with the reason. */
export const planRejected = defineEvent(
  'inspection.plan.rejected',
  z.object({
    planId: z.uuid(),
    title: z.string(),
    scopeOrgId: z.uuid(),
    cityId: z.uuid(),
    month,
    authorId: z.uuid(),
    rejectedById: z.uuid(),
    rejectedByName: z.string(),
    comment: z.string().nullable(),
    rejectedAt: at,
  }),
);

/** A city or district closed a month (立卷归档): its inspections, orders and notices are read-only now. */
export const monthArchived = defineEvent(
  'month.archived',
  z.object({
    scopeOrgId: z.uuid(),
    scopeLevel: z.enum(['city', 'district']),
    month,
    archivedById: z.uuid(),
    archivedAt: at,
  }),
);

/** A queue reading reached a warning level (排队预警): operations offers the hall's crowding plan from level 2. */
export const queueWarningRaised = defineEvent('queue.warning.raised', queueWarningPayload);

/** The hall or its district dealt with a warning: it no longer calls for anything. */
export const queueWarningAcknowledged = defineEvent('queue.warning.acknowledged', queueWarningPayload);
