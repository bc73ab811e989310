import cronParser from 'cron-parser';
import { describe, expect, it } from 'vitest';
import { cronZone } from './cron-zone.ts';

const at = new Date('2026-12-03T02:37:30Z');

describe('cronZone', () => {
  it.each([
    ['Asia/Shanghai', 'UTC+8'],
    ['Asia/Kolkata', 'UTC+5:30'],
    ['UTC', 'UTC+0'],
    ['America/Sao_Paulo', 'UTC-3'],
    // Daylight saving: the zone itself, whose offset changes through the year.
    ['Europe/Berlin', 'Europe/Berlin'],
    ['America/New_York', 'America/New_York'],
  ])('reads %s as %s', (zone, expected) => {
    expect(cronZone(zone, at)).toBe(expected);
  });

  it('gives pg-boss the same previous firing as the zone itself, for every kind of schedule', () => {
    for (const cron of [
      '* * * * *',
      '*/5 * * * *',
      '1 * * * *',
      '10 0 * * *',
      '30 6 * * *',
      '0 9 1 * *',
      '0 7 * * 1',
    ]) {
      const previous = (tz: string) =>
        cronParser.parseExpression(cron, { tz, currentDate: at }).prev().toISOString();
      expect(previous(cronZone('Asia/Shanghai', at)), cron).toBe(previous('Asia/Shanghai'));
    }
  });
});
