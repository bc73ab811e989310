import { createPrismaAdapter, TRANSACTION_OPTIONS, type Pool } from '@duda/db';
import { database } from './database.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export type FormsPrisma = PrismaClient;

export const createFormsPrisma = (pool: Pool): FormsPrisma =>
  new PrismaClient({ adapter: createPrismaAdapter(pool, database), transactionOptions: TRANSACTION_OPTIONS });
