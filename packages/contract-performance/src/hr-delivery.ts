// `performance.hrDelivery` (推送人力, issue #11 point 8): when a city signs a month off, its signed-off results go to
// HR's endpoint as JSON, signed with HMAC-SHA256 over the exact body with the city's secret, retried until HR answers
// 2xx; every attempt is logged and a delivery can be sent again by hand.
import { commonErrors, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { hrDeliveryErrors } from './hr-delivery-errors.ts';
import { monthInput } from './library.ts';

const id = z.uuid({ error: commonErrors.invalidId.code });

export const HR_DELIVERY_STATUSES = ['PENDING', 'ACKNOWLEDGED', 'GAVE_UP'] as const;
export type HrDeliveryStatus = (typeof HR_DELIVERY_STATUSES)[number];
export const HR_DELIVERY_TRIGGERS = ['SIGN_OFF', 'RESEND'] as const;
export type HrDeliveryTrigger = (typeof HR_DELIVERY_TRIGGERS)[number];

/** The header carrying `sha256=<hex HMAC-SHA256 of the body>`; HR recomputes it with the same secret. */
export const HR_SIGNATURE_HEADER = 'x-duda-signature';
/** The delivery's id: the same on each retry of one delivery, a new one for a re-send. */
export const HR_DELIVERY_HEADER = 'x-duda-delivery';

/** One person's signed-off result as HR receives it. */
export interface HrResult {
  staffNo: string;
  personName: string;
  districtName: string | null;
  hallName: string;
  role: string;
  computed: number;
  adjustmentTotal: number;
  score: number;
  grade: string;
  /** KPI lines that lost points (with the figure) and adjustments (with their reason). */
  deductions: { kind: 'KPI' | 'ADJUSTMENT'; item: string; points: number; reason: string }[];
}

/** The body HR receives (JSON): which delivery, which city and month, and every signed-off result. */
export interface HrPayload {
  deliveryId: string;
  cityId: string;
  cityName: string;
  month: string;
  signedOffAt: string;
  results: HrResult[];
}

export const hrDeliveryInputs = {
  /** The city's endpoint: its URL and whether a secret is set (the secret itself never comes back). */
  endpoint: z.object({}),
  /** The URL, and a new secret (required the first time; left out, the one set stays). */
  saveEndpoint: z.object({
    url: text()
      .trim()
      .max(500)
      .regex(/^https?:\/\/[^\s/]+/i, { error: hrDeliveryErrors.urlScheme.code }),
    secret: text()
      .min(16, { error: hrDeliveryErrors.secretLength.code })
      .max(200, { error: hrDeliveryErrors.secretLength.code })
      .nullish(),
  }),
  list: pageInput.extend({
    month: monthInput.nullish(),
    status: z.enum(HR_DELIVERY_STATUSES).nullish(),
  }),
  get: z.object({ id }),
  /** A new delivery of a signed-off month, logged apart from the earlier ones. */
  resend: z.object({ month: monthInput }),
};
