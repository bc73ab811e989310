// The delivery's event and its subscriber: a delivery requested (at sign-off, or re-sent by hand) is posted to HR
// by pg-boss's retries, with backoff, until HR answers 2xx or the retries run out (then it shows as given up and
// can be re-sent). Each attempt is logged by `attemptDelivery`.
import { defineEvent, subscribe, type RetryPolicy } from '@duda/events';
import { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import { attemptDelivery } from './send.ts';

export const hrDeliveryRequested = defineEvent(
  'performance.hr-delivery.requested',
  z.object({ deliveryId: z.uuid() }),
);

/** 1 min, 2, 4 … : fourteen retries reach past five days, a long holiday of HR's system included. */
export const HR_RETRY: RetryPolicy = { limit: 14, delaySeconds: 60, backoff: true };

export const hrDeliverySubscription = (deps: PerformanceDeps, retry: RetryPolicy = HR_RETRY) =>
  subscribe(
    hrDeliveryRequested,
    'deliver-to-hr',
    (event) => attemptDelivery(deps, event.payload.deliveryId, event.attempt, retry.limit),
    retry,
  );
