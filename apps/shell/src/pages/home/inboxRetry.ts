// An area that did not answer the inbox in time (busy at the exam hour, restarting during a rollout) is asked again a
// little later, so its to-dos appear by themselves instead of waiting for the person to reload the page.

/** Waits before asking again, one per retry; after the last one the page keeps saying which area is missing. */
export const INBOX_RETRY_DELAYS_MS = [3_000, 10_000, 30_000] as const;

/** How long to wait before asking the inbox again, or null when every area answered or the retries are spent. */
export function askAgainAfter(areas: readonly { available: boolean }[], retriesSoFar: number): number | null {
  if (areas.every((area) => area.available)) return null;
  return INBOX_RETRY_DELAYS_MS[retriesSoFar] ?? null;
}
