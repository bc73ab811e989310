import { defineServiceDatabase } from '@duda/db';

/** The Performance service's database: PostgreSQL schema `performance`, files in ../prisma. */
export const database = defineServiceDatabase(new URL('..', import.meta.url), 'performance');
