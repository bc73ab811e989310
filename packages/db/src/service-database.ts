import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the platform needs to know about a service's database: its own schema and its committed files. */
export interface ServiceDatabase {
  /** The service's PostgreSQL schema (namespace), e.g. `org`; no other service reads it. */
  schema: string;
  prismaSchemaPath: string;
  migrationsDir: string;
}

/** `serviceRoot` is the service package folder; the Prisma schema and migrations live in its `prisma/`. */
export function defineServiceDatabase(serviceRoot: string | URL, schema: string): ServiceDatabase {
  if (!/^[a-z][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name "${schema}"`);
  const root = typeof serviceRoot === 'string' ? serviceRoot : fileURLToPath(serviceRoot);
  return {
    schema,
    prismaSchemaPath: path.join(root, 'prisma', 'schema.prisma'),
    migrationsDir: path.join(root, 'prisma', 'migrations'),
  };
}
