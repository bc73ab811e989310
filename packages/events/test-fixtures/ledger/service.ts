// The test service's Prisma client, its events and a bounded wait, for @duda/events' own tests.
import { createPrismaAdapter, type Pool } from '@duda/db';
import { z } from 'zod';
import { defineEvent } from '../../src/index.ts';
import { database } from './database.ts';
import { PrismaClient } from './generated/client.ts';

export { database };

export const ledgerPrisma = (pool: Pool) =>
  new PrismaClient({ adapter: createPrismaAdapter(pool, database) });

const note = z.object({ text: z.string().min(1) });
export const noteAdded = defineEvent('ledger.note-added', note);
export const mailQueued = defineEvent('ledger.mail-queued', note);
export const receiptIssued = defineEvent('ledger.receipt-issued', note);

export const silentLogger = { info: () => {}, warn: () => {}, error: () => {} };

/** Waits until `condition` holds, checking every 100 ms; fails after `timeoutMs`. */
export async function until(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
