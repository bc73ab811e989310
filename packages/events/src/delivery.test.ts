import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  database,
  ledgerPrisma,
  mailQueued,
  noteAdded,
  receiptIssued,
  silentLogger,
  until,
} from '../test-fixtures/ledger/service.ts';
import { firstDelivery } from './inbox.ts';
import { recordEvent } from './outbox.ts';
import { PG_BOSS_SCHEMA, startEvents, type RunningEvents } from './runtime.ts';
import { subscribe } from './service-events.ts';

describe('events from the outbox to subscribers', () => {
  let db: TestDatabase;
  let prisma: ReturnType<typeof ledgerPrisma>;
  let events: RunningEvents;
  let boss: PgBoss;
  const notesRead: string[] = [];
  const mailAttempts: number[] = [];
  const receiptAttempts: number[] = [];
  const noRetryDelay = { limit: 3, delaySeconds: 0, backoff: false };

  beforeAll(async () => {
    db = await createTestDatabase([database]);
    prisma = ledgerPrisma(db.pool);
    events = await startEvents({
      pool: db.pool,
      logger: silentLogger,
      pollingSeconds: 0.5,
      services: [
        {
          service: 'ledger',
          outboxSchema: database.schema,
          subscriptions: [
            subscribe(noteAdded, 'reader', async (event) => {
              notesRead.push(event.payload.text);
            }),
            // Fails before its effect commits on the first attempt.
            subscribe(
              mailQueued,
              'mailer',
              async (event) => {
                mailAttempts.push(event.attempt);
                await prisma.$transaction(async (tx) => {
                  if (!(await firstDelivery(tx, event))) return;
                  await tx.entry.create({ data: { source: 'mailer', eventId: event.id, note: 'sent' } });
                  if (event.attempt === 1) throw new Error('the mail server did not answer');
                });
              },
              noRetryDelay,
            ),
            // Commits its effect, then fails before pg-boss hears of it: the repeat must change nothing.
            subscribe(
              receiptIssued,
              'printer',
              async (event) => {
                receiptAttempts.push(event.attempt);
                await prisma.$transaction(async (tx) => {
                  if (!(await firstDelivery(tx, event))) return;
                  await tx.entry.create({ data: { source: 'printer', eventId: event.id, note: 'printed' } });
                });
                if (event.attempt === 1) throw new Error('the process died before acknowledging');
              },
              noRetryDelay,
            ),
          ],
        },
      ],
    });
    // A second pg-boss client on the same tables, only to read job states.
    boss = new PgBoss({
      connectionString: db.url,
      schema: PG_BOSS_SCHEMA,
      supervise: false,
      schedule: false,
    });
    await boss.start();
  });
  afterAll(async () => {
    await boss?.stop({ graceful: false });
    await events?.stop();
    await prisma?.$disconnect();
    await db?.drop();
  });

  const completed = async (queue: string, eventId: string) =>
    (await boss.getJobById(queue, eventId, { includeArchive: true }))?.state === 'completed';

  it('never delivers an event whose transaction rolled back', async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await recordEvent(tx, noteAdded, { text: 'rolled back' });
        throw new Error('the change was refused');
      }),
    ).rejects.toThrow('the change was refused');
    await prisma.$transaction((tx) => recordEvent(tx, noteAdded, { text: 'kept' }));

    await until(() => notesRead.includes('kept'), 'the committed note is read');
    const outbox = await prisma.outboxEvent.findMany({ where: { type: noteAdded.type } });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.publishedAt).not.toBeNull();
    expect(notesRead).toEqual(['kept']);
  });

  it('refuses to record a payload its schema does not accept, and the change with it', async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.entry.create({ data: { source: 'refused', note: 'never kept' } });
        await recordEvent(tx, noteAdded, { text: '' });
      }),
    ).rejects.toThrow();
    expect(await prisma.entry.count({ where: { source: 'refused' } })).toBe(0);
  });

  it('retries a subscriber that throws, which then has its effect exactly once', async () => {
    await prisma.$transaction((tx) => recordEvent(tx, mailQueued, { text: 'monthly notice' }));
    const event = await prisma.outboxEvent.findFirstOrThrow({ where: { type: mailQueued.type } });

    await until(() => completed('ledger.mailer', event.id), 'the mail job completes');
    expect(mailAttempts).toEqual([1, 2]);
    expect(await prisma.entry.count({ where: { source: 'mailer', eventId: event.id } })).toBe(1);
  });

  it('has no second effect when an event comes again after its effect committed', async () => {
    await prisma.$transaction((tx) => recordEvent(tx, receiptIssued, { text: 'receipt' }));
    const event = await prisma.outboxEvent.findFirstOrThrow({ where: { type: receiptIssued.type } });

    await until(() => completed('ledger.printer', event.id), 'the printing job completes');
    expect(receiptAttempts).toEqual([1, 2]);
    expect(await prisma.entry.count({ where: { source: 'printer', eventId: event.id } })).toBe(1);
  });
});
