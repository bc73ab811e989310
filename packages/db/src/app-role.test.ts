// The services' least-privilege role on a real PostgreSQL: rows yes, structure and the append-only journal's
// history no (the journal stands for the org service's audit log).
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRoleFor, connectionAs, grantAppRole, handOverSchema, provisionAppRole } from './app-role.ts';
import { applyMigrations } from './migrations.ts';
import { createPool, dropDatabase, withDatabase } from './pool.ts';
import { defineServiceDatabase } from './service-database.ts';
import { createTestDatabase, testServerUrl, type AppConnection, type TestDatabase } from './testing/index.ts';

const fixture = fileURLToPath(new URL('../test-fixtures/journal', import.meta.url));
const journal = defineServiceDatabase(fixture, 'journal', { appendOnly: ['Journal'] });

const denied = { code: '42501' }; // insufficient_privilege

describe('the app role', () => {
  let db: TestDatabase;
  let app: AppConnection;
  beforeAll(async () => {
    db = await createTestDatabase([journal]);
    app = await db.asApp();
  });
  afterAll(() => db?.drop());

  const asApp = (sql: string) => app.pool.query(sql);

  it('is who the connection logs in as, and may do nothing a superuser or role manager may', async () => {
    const { rows } = await asApp(
      `SELECT current_user AS me, rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows[0]).toEqual({
      me: app.role,
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolreplication: false,
      rolbypassrls: false,
    });
    const owned = await asApp(
      `SELECT count(*)::int AS n FROM pg_class WHERE relowner = current_user::regrole
          AND relnamespace = 'journal'::regnamespace`,
    );
    expect(owned.rows[0].n).toBe(0);
  });

  it('reads and writes the rows of ordinary tables, sequences included', async () => {
    const { rows } = await asApp(`INSERT INTO journal."Account" (name) VALUES ('湖滨营业厅') RETURNING id`);
    await asApp(`UPDATE journal."Account" SET balance = 5 WHERE id = ${rows[0].id}`);
    expect((await asApp(`SELECT balance FROM journal."Account" WHERE id = ${rows[0].id}`)).rows).toEqual([
      { balance: 5 },
    ]);
    await asApp(`DELETE FROM journal."Account" WHERE id = ${rows[0].id}`);
  });

  it('appends to the append-only table and reads it, and can neither change, delete nor empty it', async () => {
    await asApp(`INSERT INTO journal."Journal" (text) VALUES ('account.login')`);
    expect((await asApp(`SELECT text FROM journal."Journal"`)).rows).toEqual([{ text: 'account.login' }]);
    await expect(asApp(`TRUNCATE journal."Journal"`)).rejects.toMatchObject(denied);
    await expect(asApp(`DELETE FROM journal."Journal"`)).rejects.toMatchObject(denied);
    await expect(asApp(`UPDATE journal."Journal" SET text = 'nothing happened'`)).rejects.toMatchObject(
      denied,
    );
  });

  it('cannot switch the append-only trigger off or change any table', async () => {
    await expect(asApp(`ALTER TABLE journal."Journal" DISABLE TRIGGER ALL`)).rejects.toMatchObject(denied);
    await expect(
      asApp(`ALTER TABLE journal."Journal" DISABLE TRIGGER "Journal_append_only"`),
    ).rejects.toMatchObject(denied);
    await expect(asApp(`ALTER TABLE journal."Account" ADD COLUMN extra int`)).rejects.toMatchObject(denied);
    await expect(asApp(`DROP TABLE journal."Account"`)).rejects.toMatchObject(denied);
    await expect(asApp(`DROP FUNCTION journal.journal_is_append_only()`)).rejects.toMatchObject(denied);
    await expect(asApp(`TRUNCATE journal."Account"`)).rejects.toMatchObject(denied);
  });

  it('cannot create anything in a service schema, nor write the migration ledger', async () => {
    await expect(asApp(`CREATE TABLE journal.sneaky (id int)`)).rejects.toMatchObject(denied);
    await expect(
      asApp(`CREATE FUNCTION journal.sneaky() RETURNS int LANGUAGE sql AS 'SELECT 1'`),
    ).rejects.toMatchObject(denied);
    expect((await asApp(`SELECT name FROM duda_migrations.applied`)).rows).toEqual([
      { name: '20260101000000_init' },
    ]);
    await expect(asApp(`DELETE FROM duda_migrations.applied`)).rejects.toMatchObject(denied);
  });
});

describe('granting after a migration', () => {
  let db: TestDatabase;
  afterAll(() => db?.drop());

  it('covers the tables the new migration added', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'duda-journal-'));
    await cp(fixture, dir, { recursive: true });
    const copy = defineServiceDatabase(dir, 'journal', { appendOnly: ['Journal'] });
    db = await createTestDatabase([copy]);
    const app = await db.asApp();
    const added = path.join(dir, 'prisma', 'migrations', '20260102000000_notes');
    await mkdir(added);
    await writeFile(
      path.join(added, 'migration.sql'),
      'CREATE TABLE "Note" ("id" SERIAL PRIMARY KEY, "text" TEXT);',
    );
    await applyMigrations(db.pool, copy);
    await expect(app.pool.query(`INSERT INTO journal."Note" (text) VALUES ('x')`)).rejects.toMatchObject(
      denied,
    );

    await grantAppRole(db.pool, app.role, [copy]);
    await grantAppRole(db.pool, app.role, [copy]); // idempotent
    await app.pool.query(`INSERT INTO journal."Note" (text) VALUES ('x')`);
    expect((await app.pool.query(`SELECT text FROM journal."Note"`)).rows).toEqual([{ text: 'x' }]);
  });
});

describe('provisioning', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase([journal]);
  });
  afterAll(async () => {
    if (!db) return;
    for (const role of [`${dbName(db)}_app`, `${dbName(db)}_plain`])
      await db.pool.query(`DROP ROLE IF EXISTS "${role}"`);
    await db.drop();
  });
  const dbName = (d: TestDatabase) => new URL(d.url).pathname.slice(1);

  it('names the role after the database and derives its password from the secret', () => {
    const role = appRoleFor('postgres://owner:pw@127.0.0.1:5432/duda', 'secret-a');
    expect(role.name).toBe('duda_app');
    expect(appRoleFor('postgres://owner:pw@127.0.0.1:5432/duda', 'secret-a')).toEqual(role);
    expect(appRoleFor('postgres://owner:pw@127.0.0.1:5432/duda', 'secret-b').password).not.toBe(
      role.password,
    );
    expect(appRoleFor('postgres://owner:pw@127.0.0.1:5432', 'secret-a').name).toBe('postgres_app');
  });

  it('creates the role, and at the next start puts back a password and attributes that changed', async () => {
    const first = appRoleFor(db.url, 'first-secret');
    await provisionAppRole(db.pool, first);
    await db.pool.query(`ALTER ROLE "${first.name}" SUPERUSER CREATEDB BYPASSRLS`); // by hand, in between
    const second = appRoleFor(db.url, 'second-secret');
    await provisionAppRole(db.pool, second);
    const { rows } = await db.pool.query(
      'SELECT rolsuper, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = $1',
      [second.name],
    );
    expect(rows).toEqual([{ rolsuper: false, rolcreatedb: false, rolbypassrls: false }]);
    const client = new pg.Client({ connectionString: connectionAs(db.url, second) });
    await client.connect();
    try {
      expect((await client.query('SELECT current_user AS me')).rows[0].me).toBe(second.name);
    } finally {
      await client.end();
    }
    const stale = new pg.Client({ connectionString: connectionAs(db.url, first) });
    await expect(stale.connect()).rejects.toMatchObject({ code: '28P01' }); // invalid_password
  });

  it('refuses, naming DATABASE_APP_URL, when the owner may not create roles', async () => {
    const plain = { name: `${dbName(db)}_plain`, password: 'plain-password' };
    await provisionAppRole(db.pool, plain); // an ordinary login role, as a hosted database's owner often is
    const pool = createPool(connectionAs(db.url, plain), 1);
    try {
      await expect(provisionAppRole(pool, { name: 'anyone_app', password: 'x' })).rejects.toThrow(
        /may not create roles.*DATABASE_APP_URL/s,
      );
    } finally {
      await pool.end();
    }
  });

  it('refuses to grant to a superuser or to the owner itself', async () => {
    const { rows } = await db.pool.query('SELECT current_user AS me');
    await expect(grantAppRole(db.pool, rows[0].me, [journal])).rejects.toThrow(
      /neither a superuser nor the owner/,
    );
    await expect(grantAppRole(db.pool, 'nobody_here', [journal])).rejects.toThrow(/does not exist/);
  });
});

describe('handing a schema over', () => {
  let db: TestDatabase;
  afterAll(() => db?.drop());

  it('gives the app role everything in that schema, so it may run DDL there and nowhere else', async () => {
    db = await createTestDatabase([journal]);
    const app = await db.asApp();
    await db.pool.query(`CREATE SCHEMA queue;
      CREATE TYPE queue.state AS ENUM ('created', 'done');
      CREATE TABLE queue.job (id serial, name text NOT NULL, state queue.state) PARTITION BY LIST (name);
      CREATE TABLE queue.j1 (LIKE queue.job INCLUDING DEFAULTS);
      ALTER TABLE queue.job ATTACH PARTITION queue.j1 FOR VALUES IN ('one');
      CREATE FUNCTION queue.add_partition(n text) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE format('CREATE TABLE queue.%I (LIKE queue.job INCLUDING DEFAULTS)', n);
        EXECUTE format('ALTER TABLE queue.job ATTACH PARTITION queue.%I FOR VALUES IN (%L)', n, n);
      END $$;`);
    await handOverSchema(db.pool, 'queue', app.role);
    await handOverSchema(db.pool, 'queue', app.role); // idempotent

    await app.pool.query(`SELECT queue.add_partition('two')`);
    await app.pool.query(`DROP TABLE queue.j1`);
    const { rows } = await db.pool.query(
      `SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'queue'::regnamespace
          AND relkind IN ('r', 'p') AND relowner <> $1::regrole`,
      [app.role],
    );
    expect(rows[0].n).toBe(0);
    await expect(app.pool.query(`CREATE TABLE journal.sneaky (id int)`)).rejects.toMatchObject(denied);
  });
});

describe('an owner that is no superuser, only CREATEROLE (as on hosted PostgreSQL)', () => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const owner = { name: `duda_owner_${suffix}`, password: 'owner-password' };
  const dbName = `duda_hosted_${suffix}`;
  const admin = createPool(testServerUrl(), 1);
  afterAll(async () => {
    await dropDatabase(testServerUrl(), dbName);
    await admin.query(`DROP ROLE IF EXISTS "${dbName}_app"`);
    await admin.query(`DROP ROLE IF EXISTS "${owner.name}"`);
    await admin.end();
  });

  it('migrates, provisions, grants and hands pg-boss-like schemas over', async () => {
    await admin.query(`CREATE ROLE "${owner.name}" LOGIN CREATEROLE PASSWORD '${owner.password}'`);
    await admin.query(`CREATE DATABASE "${dbName}" OWNER "${owner.name}"`);
    const ownerUrl = connectionAs(withDatabase(testServerUrl(), dbName), owner);
    const ownerPool = createPool(ownerUrl, 2);
    const role = appRoleFor(ownerUrl, 'hosted-secret');
    const appPool = createPool(connectionAs(ownerUrl, role), 2);
    try {
      await applyMigrations(ownerPool, journal);
      await provisionAppRole(ownerPool, role);
      await provisionAppRole(ownerPool, role); // the next start
      await grantAppRole(ownerPool, role.name, [journal]);
      await ownerPool.query('CREATE SCHEMA queue; CREATE TABLE queue.job (id int)');
      await handOverSchema(ownerPool, 'queue', role.name);

      await appPool.query(`INSERT INTO journal."Journal" (text) VALUES ('x')`);
      await appPool.query('CREATE TABLE queue.j1 (id int)');
      await expect(appPool.query(`TRUNCATE journal."Journal"`)).rejects.toMatchObject(denied);
      await expect(appPool.query(`CREATE TABLE journal.sneaky (id int)`)).rejects.toMatchObject(denied);
    } finally {
      await appPool.end();
      await ownerPool.end();
    }
  });
});
