import { createTestDatabase } from '@duda/db/testing';
import { describe, expect, it } from 'vitest';
import { database } from './database.ts';
import { createTrainingPrisma } from './prisma.ts';

describe('the training service on a busy server', () => {
  it('lets a transaction run past Prisma’s 5 s default (a seed, a burst of submits on two cores)', async () => {
    const db = await createTestDatabase([database]);
    const prisma = createTrainingPrisma(db.pool);
    try {
      const slept = await prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_sleep(5.5)`;
        return true;
      });
      expect(slept).toBe(true);
    } finally {
      await prisma.$disconnect();
      await db.drop();
    }
  }, 30_000);
});
