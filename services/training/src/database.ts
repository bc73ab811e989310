import { defineServiceDatabase } from '@duda/db';

/** The Training and exams service's database: PostgreSQL schema `training`, files in ../prisma. */
export const database = defineServiceDatabase(new URL('..', import.meta.url), 'training');
