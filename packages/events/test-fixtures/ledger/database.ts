import { defineServiceDatabase } from '@duda/db';

/** The test service's database: PostgreSQL schema `ledger`, files in ./prisma. */
export const database = defineServiceDatabase(new URL('.', import.meta.url), 'ledger');
