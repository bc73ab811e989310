import { defineServiceDatabase } from '@duda/db';

/** The Hall operations service's database: PostgreSQL schema `operations`, files in ../prisma. */
export const database = defineServiceDatabase(new URL('..', import.meta.url), 'operations');
