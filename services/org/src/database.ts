import { defineServiceDatabase } from '@duda/db';

/**
 * The org service's database: PostgreSQL schema `org`, files in ../prisma. The audit log is append-only:
 * the services' database role may only read it and add to it (ADR 0012).
 */
export const database = defineServiceDatabase(new URL('..', import.meta.url), 'org', {
  appendOnly: ['AuditEntry'],
});
