import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connectionAs, grantAppRole, provisionAppRole } from '../app-role.ts';
import { createDatabase, createPool } from '../pool.ts';
import type { ServiceDatabase } from '../service-database.ts';
import { migratedTemplate, runTemplatePrefix, templateDatabase } from './template.ts';
import './provided.ts';

/** A connection as the database's least-privilege app role, as the services connect at run time. */
export interface AppConnection {
  role: string;
  url: string;
  pool: pg.Pool;
}

export interface TestDatabase {
  /** Connected as the owner role, which applied the migrations. */
  url: string;
  pool: pg.Pool;
  /**
   * The same database as the app role (`<database>_app`, granted on the services given to
   * `createTestDatabase`): created on the first call, dropped with the database.
   */
  asApp(): Promise<AppConnection>;
  drop(): Promise<void>;
}

/** The server provided by the global setup (see `@duda/db/vitest-global-setup`). */
export const testServerUrl = () => inject('postgresUrl');

/** Drops the database and its app role, which a gateway started on it may have made too (ADR 0012). */
async function dropDatabaseAndRole(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`DROP ROLE IF EXISTS "${name}_app"`);
  } finally {
    await client.end();
  }
}

export interface TestDatabaseOptions {
  /**
   * What every database of this kind starts with (a demo seed): filled once per test run on a migrated
   * database, then kept as a template the others copy. `key` names the content: fill differently, name it
   * differently.
   */
  content?: { key: string; fill: (db: TestDatabase) => Promise<void> };
}

/**
 * A fresh database on the test server with the given services' migrations applied (and `content`): a copy of
 * a template built once, as migrating each one costs seconds (template.ts). The app role costs a role and a
 * few grants, so it is made only when a test asks for it (`asApp`).
 */
export async function createTestDatabase(
  databases: ServiceDatabase[],
  options: TestDatabaseOptions = {},
): Promise<TestDatabase> {
  const adminUrl = testServerUrl();
  let template = await migratedTemplate(adminUrl, databases);
  if (options.content) {
    const { key, fill } = options.content;
    template = await templateDatabase(
      adminUrl,
      { prefix: runTemplatePrefix(inject('testRunId')), key: `${template} ${key}`, from: template },
      async (name, url) => {
        const db = openTestDatabase(adminUrl, name, url, databases);
        try {
          await fill(db);
        } finally {
          await db.close();
        }
      },
    );
  }
  const name = `duda_test_${randomBytes(6).toString('hex')}`;
  const db = openTestDatabase(adminUrl, name, await createDatabase(adminUrl, name, template), databases);
  return { url: db.url, pool: db.pool, asApp: db.asApp, drop: db.drop };
}

/** A database that exists, as a test uses it; `close` ends its connections and keeps it. */
function openTestDatabase(adminUrl: string, name: string, url: string, databases: ServiceDatabase[]) {
  const pool = createPool(url, 5);
  let app: Promise<AppConnection> | undefined;
  const asApp = () =>
    (app ??= (async () => {
      const role = { name: `${name}_app`, password: randomBytes(18).toString('base64url') };
      await provisionAppRole(pool, role);
      await grantAppRole(pool, role.name, databases);
      const appUrl = connectionAs(url, role);
      return { role: role.name, url: appUrl, pool: createPool(appUrl, 5) };
    })());
  const close = async () => {
    const appPool = await app?.then((a) => a.pool).catch(() => undefined);
    await appPool?.end();
    await pool.end();
  };
  return {
    url,
    pool,
    asApp,
    close,
    drop: async () => {
      await close();
      await dropDatabaseAndRole(adminUrl, name);
    },
  };
}
