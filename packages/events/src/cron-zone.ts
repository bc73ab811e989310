// The zone pg-boss reads a job's cron in. pg-boss decides every half minute, for every schedule, whether it is
// due by asking cron-parser for the schedule's previous firing; with an IANA zone each step of that walk back asks
// Intl for the zone's offset, and a day's walk for ~20 daily schedules held the gateway's event loop for 100–300 ms
// each time (the exam bench's save stalls, #10). A zone without daylight saving (China's, since 1991) has one
// offset, which cron-parser's date library computes without Intl when given as `UTC+8`: same firings, a quarter
// of the cost.

/** The zone's offset from UTC at `at`, as `+08:00` / `-03:30` / `+00:00`. */
function offsetAt(timeZone: string, at: Date): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')!.value;
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/**
 * `timeZone` as a fixed offset (`UTC+8`, `UTC-3:30`) when its offset is the same all this year and next;
 * otherwise the zone itself, whose daylight saving cron-parser must follow.
 */
export function cronZone(timeZone: string, now: Date = new Date()): string {
  const year = now.getUTCFullYear();
  const offsets = new Set(
    [year, year + 1].flatMap((y) =>
      [0, 3, 6, 9].map((month) => offsetAt(timeZone, new Date(Date.UTC(y, month, 1)))),
    ),
  );
  if (offsets.size !== 1) return timeZone;
  const [offset] = [...offsets] as [string];
  const [hours, minutes] = [Number(offset.slice(0, 3)), offset.slice(4)];
  return `UTC${hours >= 0 ? '+' : ''}${hours}${minutes === '00' ? '' : `:${minutes}`}`;
}
