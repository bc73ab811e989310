import { createPrismaAdapter, TRANSACTION_OPTIONS, type Pool } from '@duda/db';
import { database } from './database.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export type OperationsPrisma = PrismaClient;

export const createOperationsPrisma = (pool: Pool): OperationsPrisma =>
  new PrismaClient({ adapter: createPrismaAdapter(pool, database), transactionOptions: TRANSACTION_OPTIONS });
