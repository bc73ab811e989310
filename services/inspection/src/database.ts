import { defineServiceDatabase } from '@duda/db';

/** The inspection service's database: PostgreSQL schema `inspection`, files in ../prisma. */
export const database = defineServiceDatabase(new URL('..', import.meta.url), 'inspection');
