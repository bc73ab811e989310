import { HR_DELIVERY_STATUSES } from '@duda/contract-performance';
import { defineFilters, enumFilter, monthFilter } from '@duda/ui';

/** The delivery log's filters, kept in the URL (`?month=2026-11&status=GAVE_UP`). */
export const deliveryFilters = defineFilters({
  month: monthFilter({ label: 'performance.hrDelivery.filters.month' }),
  status: enumFilter(HR_DELIVERY_STATUSES, {
    label: 'performance.hrDelivery.filters.status',
    placeholder: 'performance.hrDelivery.filters.all',
    optionLabel: (status) => `performance.hrDelivery.status.${status}`,
  }),
});

/** How a delivery's status reads as a tag. */
export const DELIVERY_TONES = { PENDING: 'in_progress', ACKNOWLEDGED: 'pass', GAVE_UP: 'fail' } as const;

/** An attempt in one line: `503 · 120 ms`, or the error when HR did not answer. */
export const attemptOutcome = (attempt: {
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}) =>
  attempt.statusCode === null
    ? `${attempt.error ?? '—'} · ${attempt.durationMs} ms`
    : `${attempt.statusCode} · ${attempt.durationMs} ms`;
