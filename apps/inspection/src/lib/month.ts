// Months as the service keys them (`YYYY-MM`, China time): the reporting period of dashboards, notices and archives.

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

const chinaMonth = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
});

/** The month it is now in China, whatever the browser's time zone. */
export function currentMonth(now: Date = new Date()): string {
  const parts = Object.fromEntries(chinaMonth.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}`;
}

/** The month before, e.g. the one a notice is usually written for. */
export function previousMonth(month: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, index - 2, 1));
  return date.toISOString().slice(0, 7);
}

/** Month pickers offer nothing after the current month: there are no figures for it yet. */
export function isFutureMonth(date: Date, now: Date = new Date()): boolean {
  const month = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
  return month > currentMonth(now);
}
