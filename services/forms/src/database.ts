import { defineServiceDatabase } from '@duda/db';

/** The Forms and approvals service's database: PostgreSQL schema `forms`, files in ../prisma. */
export const database = defineServiceDatabase(new URL('..', import.meta.url), 'forms');
