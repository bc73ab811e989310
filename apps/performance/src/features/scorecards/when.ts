// A moment as the portal shows it, on China time: `2026-12-02 10:05` (the Swedish locale writes exactly that).
import { CHINA_TIME_ZONE } from '@duda/month';

const format = new Intl.DateTimeFormat('sv-SE', {
  timeZone: CHINA_TIME_ZONE,
  dateStyle: 'short',
  timeStyle: 'short',
});

export const whenOf = (at: Date | string): string => format.format(new Date(at));
