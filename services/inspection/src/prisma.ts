import { createPrismaAdapter, TRANSACTION_OPTIONS, type Pool } from '@duda/db';
import { database } from './database.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export type InspectionPrisma = PrismaClient;

export const createInspectionPrisma = (pool: Pool): InspectionPrisma =>
  new PrismaClient({ adapter: createPrismaAdapter(pool, database), transactionOptions: TRANSACTION_OPTIONS });
