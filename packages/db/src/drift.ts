import { randomBytes } from 'node:crypto';
import { applyMigrations } from './migrations.ts';
import { createDatabase, createPool, dropDatabase } from './pool.ts';
import { diffDatabaseToPrismaSchema } from './schema-engine.ts';
import type { ServiceDatabase } from './service-database.ts';

/**
 * Applies the committed migrations to a scratch database and returns the SQL still needed to reach the
 * Prisma schema: empty when migrations and schema agree. This is both the drift check and the body of
 * the next migration.
 */
export async function pendingSchemaChange(adminUrl: string, database: ServiceDatabase): Promise<string> {
  const scratch = `duda_scratch_${database.schema}_${randomBytes(4).toString('hex')}`;
  const url = await createDatabase(adminUrl, scratch);
  try {
    const pool = createPool(url, 2);
    try {
      await applyMigrations(pool, database);
    } finally {
      await pool.end();
    }
    return await diffDatabaseToPrismaSchema({
      url,
      schema: database.schema,
      prismaSchemaPath: database.prismaSchemaPath,
    });
  } finally {
    await dropDatabase(adminUrl, scratch);
  }
}
