import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import type { ServiceDatabase } from './service-database.ts';

export interface MigrationFile {
  /** Folder name, e.g. `20261123090000_init`; folders sort in the order they apply. */
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  /** Applied, but the committed file changed afterwards. */
  edited: string[];
  /** Recorded in the database but missing from the folder: the database is ahead of this code. */
  unknown: string[];
}

/** Bookkeeping lives outside the services' schemas so schema diffs never see it. */
const LEDGER = '"duda_migrations"."applied"';

const checksum = (sql: string) => createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export async function readMigrations(migrationsDir: string): Promise<MigrationFile[]> {
  if (!existsSync(migrationsDir)) return [];
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksum(sql) };
    }),
  );
}

async function ensureBookkeeping(client: pg.ClientBase, schema: string) {
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${quote(schema)}`);
  await client.query('CREATE SCHEMA IF NOT EXISTS "duda_migrations"');
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${LEDGER} (
       service_schema text NOT NULL,
       name text NOT NULL,
       checksum text NOT NULL,
       applied_at timestamptz NOT NULL DEFAULT now(),
       duration_ms integer NOT NULL,
       PRIMARY KEY (service_schema, name)
     )`,
  );
}

async function appliedChecksums(client: pg.ClientBase, schema: string): Promise<Map<string, string>> {
  const exists = await client.query(`SELECT to_regclass('duda_migrations.applied') AS t`);
  if (!exists.rows[0]?.t) return new Map();
  const { rows } = await client.query<{ name: string; checksum: string }>(
    `SELECT name, checksum FROM ${LEDGER} WHERE service_schema = $1 ORDER BY name`,
    [schema],
  );
  return new Map(rows.map((r) => [r.name, r.checksum]));
}

function compare(files: MigrationFile[], applied: Map<string, string>): MigrationStatus {
  const names = new Set(files.map((f) => f.name));
  return {
    applied: files.filter((f) => applied.has(f.name)).map((f) => f.name),
    pending: files.filter((f) => !applied.has(f.name)).map((f) => f.name),
    edited: files.filter((f) => applied.has(f.name) && applied.get(f.name) !== f.checksum).map((f) => f.name),
    unknown: [...applied.keys()].filter((name) => !names.has(name)),
  };
}

export async function migrationStatus(pool: pg.Pool, database: ServiceDatabase): Promise<MigrationStatus> {
  const files = await readMigrations(database.migrationsDir);
  const client = await pool.connect();
  try {
    return compare(files, await appliedChecksums(client, database.schema));
  } finally {
    client.release();
  }
}

/**
 * Applies a service's pending migrations into its own PostgreSQL schema, each in its own transaction,
 * under an advisory lock so two processes starting together do not race. Refuses to run when an
 * applied migration was edited or the database knows migrations this code does not.
 */
export async function applyMigrations(pool: pg.Pool, database: ServiceDatabase): Promise<string[]> {
  const files = await readMigrations(database.migrationsDir);
  const client = await pool.connect();
  const lockKey = `duda-migrate:${database.schema}`;
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
    await ensureBookkeeping(client, database.schema);
    const status = compare(files, await appliedChecksums(client, database.schema));
    if (status.edited.length > 0) {
      throw new Error(
        `Schema "${database.schema}": migration(s) ${status.edited.join(', ')} changed after being applied. ` +
          'Committed migrations are immutable: revert the edit and add a new migration instead.',
      );
    }
    if (status.unknown.length > 0) {
      throw new Error(
        `Schema "${database.schema}": the database has migration(s) ${status.unknown.join(', ')} that this code ` +
          'does not know. It was migrated by a newer version; deploy that version or restore a matching backup.',
      );
    }
    for (const file of files.filter((f) => status.pending.includes(f.name))) {
      const started = Date.now();
      try {
        await client.query('BEGIN');
        await client.query(`SET LOCAL search_path TO ${quote(database.schema)}`);
        await client.query(file.sql);
        await client.query(
          `INSERT INTO ${LEDGER} (service_schema, name, checksum, duration_ms) VALUES ($1, $2, $3, $4)`,
          [database.schema, file.name, file.checksum, Date.now() - started],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(
          `Schema "${database.schema}": migration ${file.name} failed: ${(error as Error).message}`,
          { cause: error },
        );
      }
    }
    return status.pending;
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]).catch(() => undefined);
    client.release();
  }
}
