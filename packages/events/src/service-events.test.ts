import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEvent, type DeliveredEvent } from './event.ts';
import { scheduleJob, subscribe } from './service-events.ts';

const noteAdded = defineEvent('ledger.note-added', z.object({ text: z.string().min(1) }));
const envelope = (payload: unknown) => ({
  id: '0b6f3a52-3c0e-4d5e-9a43-6f1c1d3e2b10',
  type: noteAdded.type,
  occurredAt: '2026-11-30T16:00:00.000Z',
  payload: payload as never,
});

describe('event declarations', () => {
  it('names events <area>.<what happened>', () => {
    expect(() => defineEvent('Submitted', z.object({}))).toThrow('area.happened');
    expect(() => defineEvent('inspection submitted', z.object({}))).toThrow();
    expect(defineEvent('rectification.overdue', z.object({})).type).toBe('rectification.overdue');
  });

  it('hands a subscriber the checked payload, the time as a Date and who it is delivered to', async () => {
    const received: DeliveredEvent<{ text: string }>[] = [];
    const subscription = subscribe(noteAdded, 'reader', async (event) => {
      received.push(event);
    });
    await subscription.deliver(envelope({ text: 'hello' }), { subscriber: 'ledger.reader', attempt: 2 });
    expect(received).toEqual([
      {
        id: '0b6f3a52-3c0e-4d5e-9a43-6f1c1d3e2b10',
        type: 'ledger.note-added',
        occurredAt: new Date('2026-11-30T16:00:00.000Z'),
        payload: { text: 'hello' },
        subscriber: 'ledger.reader',
        attempt: 2,
      },
    ]);
  });

  it('does not hand a subscriber a payload its schema refuses', async () => {
    let called = false;
    const subscription = subscribe(noteAdded, 'reader', async () => {
      called = true;
    });
    await expect(
      subscription.deliver(envelope({ text: '' }), { subscriber: 'ledger.reader', attempt: 1 }),
    ).rejects.toThrow();
    expect(called).toBe(false);
  });

  it('reads a job’s cron on China time unless told otherwise, and retries a failed run twice', () => {
    const job = scheduleJob('tick', '0 0 * * *', async () => {});
    expect(job).toMatchObject({ timeZone: 'Asia/Shanghai', retry: { limit: 2 } });
    expect(scheduleJob('tick', '0 0 * * *', async () => {}, { timeZone: 'UTC' }).timeZone).toBe('UTC');
  });
});
