import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the platform needs to know about a service's database: its own schema and its committed files. */
export interface ServiceDatabase {
  /** The service's PostgreSQL schema (namespace), e.g. `org`; no other service reads it. */
  schema: string;
  prismaSchemaPath: string;
  migrationsDir: string;
  /** Tables the services may only read and append to (the audit log): the app role gets SELECT and INSERT. */
  appendOnly?: readonly string[];
}

export interface ServiceDatabaseOptions {
  /** Table names (as in the migrations, e.g. `AuditEntry`) whose rows are never changed or deleted. */
  appendOnly?: readonly string[];
}

/** `serviceRoot` is the service package folder; the Prisma schema and migrations live in its `prisma/`. */
export function defineServiceDatabase(
  serviceRoot: string | URL,
  schema: string,
  options: ServiceDatabaseOptions = {},
): ServiceDatabase {
  if (!/^[a-z][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name "${schema}"`);
  const root = typeof serviceRoot === 'string' ? serviceRoot : fileURLToPath(serviceRoot);
  return {
    schema,
    prismaSchemaPath: path.join(root, 'prisma', 'schema.prisma'),
    migrationsDir: path.join(root, 'prisma', 'migrations'),
    appendOnly: options.appendOnly ?? [],
  };
}
