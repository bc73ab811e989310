import { defineServiceDatabase } from '@duda/db';

/** The Workbench service's database: PostgreSQL schema `portal`, files in ../prisma. */
export const database = defineServiceDatabase(new URL('..', import.meta.url), 'portal');
