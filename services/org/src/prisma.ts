import { createPrismaAdapter, TRANSACTION_OPTIONS, type Pool } from '@duda/db';
import { database } from './database.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export type OrgPrisma = PrismaClient;

export const createOrgPrisma = (pool: Pool): OrgPrisma =>
  new PrismaClient({ adapter: createPrismaAdapter(pool, database), transactionOptions: TRANSACTION_OPTIONS });
