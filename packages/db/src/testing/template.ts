import { createHash } from 'node:crypto';
import pg from 'pg';
import { applyMigrations, readMigrations } from '../migrations.ts';
import { createDatabase, createPool, dropDatabase } from '../pool.ts';
import type { ServiceDatabase } from '../service-database.ts';

/**
 * A template database built once and copied by every later caller — another test file, another worker
 * process — with `CREATE DATABASE … TEMPLATE`, which costs a file copy where migrating or seeding costs
 * seconds of SQL. `build` fills a new database (a copy of `from`, if given) through its connection string and
 * must close every connection it opens. The name is `prefix` + a hash of `key`, so `key` must change with
 * everything the content depends on. Built under a name of its own and renamed when whole: a run that dies
 * half-way leaves nothing another could copy.
 */
export async function templateDatabase(
  adminUrl: string,
  template: { prefix: string; key: string; from?: string },
  build: (name: string, url: string) => Promise<void>,
): Promise<string> {
  const name = `${template.prefix}${createHash('sha256').update(template.key).digest('hex').slice(0, 16)}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // One builder per template; the others wait here, then find it built.
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return name;
    const building = `${name}_building`;
    await dropDatabase(adminUrl, building);
    await build(building, await createDatabase(adminUrl, building, template.from));
    await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    return name;
  } finally {
    await client.end(); // and with the session, the advisory lock
  }
}

/**
 * The template holding these services' migrations. Named by the migrations' checksums, so it is right for
 * any run: on a DATABASE_URL server it stays for later runs (`duda_template_*`; drop them freely).
 */
export async function migratedTemplate(adminUrl: string, databases: ServiceDatabase[]): Promise<string> {
  const checksums = await Promise.all(
    databases.map(async (d) => [d.schema, (await readMigrations(d.migrationsDir)).map((m) => m.checksum)]),
  );
  return templateDatabase(
    adminUrl,
    { prefix: 'duda_template_', key: JSON.stringify(checksums) },
    async (_name, url) => {
      const pool = createPool(url, 2);
      try {
        for (const database of databases) await applyMigrations(pool, database);
      } finally {
        await pool.end();
      }
    },
  );
}

/** Content templates depend on code, not only on files: they belong to one test run, which drops them at its end. */
export const runTemplatePrefix = (runId: string) => `duda_run_${runId}_`;

/** Drops the content templates of a run (global teardown on a DATABASE_URL server). */
export async function dropRunTemplates(adminUrl: string, runId: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [runTemplatePrefix(runId)],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    // The app roles their fills made (`<template>_building_app`); one some test database still names stays.
    const roles = await client.query<{ rolname: string }>(
      'SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1)',
      [runTemplatePrefix(runId)],
    );
    for (const { rolname } of roles.rows)
      await client.query(`DROP ROLE IF EXISTS "${rolname}"`).catch(() => undefined);
  } finally {
    await client.end();
  }
}
