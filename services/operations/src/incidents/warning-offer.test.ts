import { describe, expect, it } from 'vitest';
import { warningOffer, type WarningOfferState } from './warning-offer.ts';

const now = new Date('2026-12-02T06:00:00Z');
const at = (iso: string) => new Date(iso);

describe('warningOffer: a second-level queue warning offers the crowding plan while it is live', () => {
  const cases: [string, { at: string; ack?: string; started?: string }, WarningOfferState][] = [
    ['just raised', { at: '2026-12-02T05:50:00Z' }, 'OFFERED'],
    ['exactly four hours old', { at: '2026-12-02T02:00:00Z' }, 'OFFERED'],
    ['a minute past four hours', { at: '2026-12-02T01:59:00Z' }, 'STALE'],
    [
      'acknowledged in inspection',
      { at: '2026-12-02T05:50:00Z', ack: '2026-12-02T05:55:00Z' },
      'ACKNOWLEDGED',
    ],
    [
      'acknowledged and stale: acknowledged wins',
      { at: '2026-12-01T20:00:00Z', ack: '2026-12-01T21:00:00Z' },
      'ACKNOWLEDGED',
    ],
    [
      'an incident started after the reading',
      { at: '2026-12-02T05:00:00Z', started: '2026-12-02T05:10:00Z' },
      'STARTED',
    ],
    [
      'an incident started at the reading',
      { at: '2026-12-02T05:00:00Z', started: '2026-12-02T05:00:00Z' },
      'STARTED',
    ],
    [
      'an incident started before this reading (a new peak)',
      { at: '2026-12-02T05:30:00Z', started: '2026-12-02T05:10:00Z' },
      'OFFERED',
    ],
  ];
  it.each(cases)('%s', (_name, warning, expected) => {
    expect(
      warningOffer(
        { at: at(warning.at), acknowledgedAt: warning.ack ? at(warning.ack) : null },
        warning.started ? at(warning.started) : null,
        now,
      ),
    ).toBe(expected);
  });
});
