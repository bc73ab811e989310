// The countdown runs on the server's clock: the page learns the offset between its own clock and the server's from
// every answer (serverNow), so a phone whose clock is off still shows the time the server will enforce.

/** Server time minus page time, taken when an answer carrying the server's time arrived. */
export const clockOffset = (serverNow: Date, receivedAt: number): number => serverNow.getTime() - receivedAt;

export const remainingMs = (deadlineAt: Date, offset: number, pageNow: number): number =>
  Math.max(0, deadlineAt.getTime() - (pageNow + offset));

/** 1:05:09, 25:00, 0:09. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
