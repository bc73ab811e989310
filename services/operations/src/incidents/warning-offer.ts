// Whether a second-level queue warning (二级排队预警) still offers the hall's crowding plan. Pure, table-tested; the
// to-do, the start page and the start itself ask the same question.

/** A warning older than this no longer offers an incident: the queue it counted has long changed. */
export const WARNING_OFFER_HOURS = 4;

export type WarningOfferState = 'OFFERED' | 'ACKNOWLEDGED' | 'STARTED' | 'STALE';

export interface OfferedWarning {
  /** The reading's time. */
  at: Date;
  /** Set when the hall or its district dealt with it in inspection. */
  acknowledgedAt: Date | null;
}

/**
 * `lastTriggeredStart` is when the hall last started an incident from a queue warning (any of its warnings): one
 * started at or after this warning's reading already answers it, so a burst of readings in one peak gives one
 * incident, while a peak after the incident's start offers again.
 */
export function warningOffer(
  warning: OfferedWarning,
  lastTriggeredStart: Date | null,
  now: Date,
): WarningOfferState {
  if (warning.acknowledgedAt) return 'ACKNOWLEDGED';
  if (lastTriggeredStart && lastTriggeredStart.getTime() >= warning.at.getTime()) return 'STARTED';
  if (now.getTime() - warning.at.getTime() > WARNING_OFFER_HOURS * 3_600_000) return 'STALE';
  return 'OFFERED';
}
