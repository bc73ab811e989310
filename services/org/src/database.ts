import { defineServiceDatabase } from '@duda/db';

/** The org service's database: PostgreSQL schema `org`, files in ../prisma. */
export const database = defineServiceDatabase(new URL('..', import.meta.url), 'org');
