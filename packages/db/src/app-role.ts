// Least privilege (issue 9, item 6; ADR 0012): migrations run as the owner role (the role of DATABASE_URL);
// the services' queries run as an application role that may read and write rows and nothing more — it
// owns no service table, so it cannot ALTER, DROP, TRUNCATE or disable a trigger, and the append-only
// tables (the audit log) take only SELECT and INSERT from it.
import { hkdfSync } from 'node:crypto';
import type pg from 'pg';
import type { ServiceDatabase } from './service-database.ts';

export interface AppRole {
  name: string;
  password: string;
}

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** What the app role may not be: each attribute it was given (by hand) is taken away at the next start. */
const PRIVILEGES = {
  rolsuper: 'NOSUPERUSER',
  rolcreatedb: 'NOCREATEDB',
  rolcreaterole: 'NOCREATEROLE',
  rolreplication: 'NOREPLICATION',
  rolbypassrls: 'NOBYPASSRLS',
} as const;

/** The database a connection string names (PostgreSQL's default: `postgres`). */
export function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';
}

/**
 * The app role the gateway provisions for the database of `ownerUrl`: `<database>_app` (roles belong to
 * the whole server, so each database gets its own), with a password derived from `secret` — every gateway
 * process of one deployment shares that secret, so they agree on the password without storing it.
 */
export function appRoleFor(ownerUrl: string, secret: string): AppRole {
  const name = `${databaseOf(ownerUrl)}_app`;
  if (!ROLE_NAME.test(name))
    throw new Error(
      `Cannot name an app role after database "${databaseOf(ownerUrl)}"; set DATABASE_APP_URL.`,
    );
  const key = hkdfSync('sha256', secret, name, 'duda database app role', 32);
  return { name, password: Buffer.from(key).toString('base64url') };
}

/** `url` with the app role's credentials instead of the owner's. */
export function connectionAs(url: string, role: AppRole): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(role.name);
  parsed.password = encodeURIComponent(role.password);
  return parsed.toString();
}

/** The role a connection string logs in as. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/** Serialises role and grant changes: concurrent GRANTs on one object fail with "tuple concurrently updated". */
async function locked<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('duda-app-role'))`);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Creates the app role (or puts its password and attributes right), connected as the owner. Refuses, with
 * what to do instead, when the owner may not manage roles.
 */
export async function provisionAppRole(ownerPool: pg.Pool, role: AppRole): Promise<void> {
  if (!ROLE_NAME.test(role.name)) throw new Error(`Invalid role name "${role.name}"`);
  await locked(ownerPool, async (client) => {
    const { rows } = await client.query<{ rolsuper: boolean; rolcreaterole: boolean; me: string }>(
      'SELECT rolsuper, rolcreaterole, current_user AS me FROM pg_roles WHERE rolname = current_user',
    );
    const owner = rows[0]!;
    if (!owner.rolsuper && !owner.rolcreaterole)
      throw new Error(
        `The database role "${owner.me}" (DATABASE_URL) may not create roles, so the gateway cannot create ` +
          `its least-privilege role "${role.name}". Create a login role for the services yourself and name it ` +
          'in DATABASE_APP_URL (the gateway grants it what it needs), or give the owner role CREATEROLE.',
      );
    const existing = await client.query<Record<keyof typeof PRIVILEGES, boolean>>(
      'SELECT rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls FROM pg_roles WHERE rolname = $1',
      [role.name],
    );
    // Only attributes the role has are named: a non-superuser owner may not even say NOSUPERUSER.
    const held = existing.rows[0];
    const revoke = Object.entries(PRIVILEGES).flatMap(([attribute, taken]) =>
      held?.[attribute as keyof typeof PRIVILEGES] ? [taken] : [],
    );
    await client.query(
      `${held ? 'ALTER' : 'CREATE'} ROLE ${quote(role.name)} LOGIN ${revoke.join(' ')} ` +
        `PASSWORD ${literal(role.password)}`,
    );
    // A non-superuser owner hands the pg-boss schema to the role (ALTER … OWNER TO), which needs membership.
    if (!owner.rolsuper) await client.query(`GRANT ${quote(role.name)} TO CURRENT_USER`);
  });
}

/**
 * Grants the app role what the services need at run time, connected as the owner; idempotent, and run
 * after every migration run so tables added by a migration are covered (explicit grants rather than
 * ALTER DEFAULT PRIVILEGES, which would bind to whichever role created the table). Per service schema:
 * USAGE; SELECT, INSERT, UPDATE, DELETE on its tables (SELECT and INSERT only on its append-only tables);
 * its sequences and functions. The migration ledger is readable, for `/readyz`.
 */
export async function grantAppRole(
  ownerPool: pg.Pool,
  roleName: string,
  databases: readonly ServiceDatabase[],
): Promise<void> {
  await locked(ownerPool, async (client) => {
    const { rows } = await client.query<{ rolsuper: boolean; me: string }>(
      'SELECT rolsuper, current_user AS me FROM pg_roles WHERE rolname = $1',
      [roleName],
    );
    if (!rows[0]) throw new Error(`The database role "${roleName}" (DATABASE_APP_URL) does not exist.`);
    if (rows[0].rolsuper || roleName === rows[0].me)
      throw new Error(
        `The services' database role "${roleName}" must be neither a superuser nor the owner role of ` +
          'DATABASE_URL: it is the least-privilege role the services run as.',
      );
    const role = quote(roleName);
    for (const database of databases) {
      const schema = quote(database.schema);
      await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role}`);
      await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role}`);
      await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${schema} TO ${role}`);
      for (const table of database.appendOnly ?? [])
        await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${schema}.${quote(table)} FROM ${role}`);
    }
    const ledger = await client.query(`SELECT to_regclass('duda_migrations.applied') AS t`);
    if (ledger.rows[0]?.t) {
      await client.query(`GRANT USAGE ON SCHEMA "duda_migrations" TO ${role}`);
      await client.query(`GRANT SELECT ON "duda_migrations"."applied" TO ${role}`);
    }
  });
}

/**
 * Makes `roleName` the owner of `schema` and of everything in it, connected as the owner. For a schema the
 * app role must run DDL in at run time — pg-boss's, which adds a partition per queue — and nothing else.
 */
export async function handOverSchema(ownerPool: pg.Pool, schema: string, roleName: string): Promise<void> {
  await locked(ownerPool, async (client) => {
    const { rows } = await client.query<{ statement: string }>(
      `WITH owned AS (
         SELECT 'TABLE' AS kind, c.oid::regclass::text AS name, c.relowner AS owner
           FROM pg_class c
          WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
         UNION ALL
         SELECT 'SEQUENCE', c.oid::regclass::text, c.relowner
           FROM pg_class c
          WHERE c.relnamespace = $1::regnamespace AND c.relkind = 'S'
            -- a sequence owned by a column follows its table
            AND NOT EXISTS (SELECT 1 FROM pg_depend d
                             WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
         UNION ALL
         SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, p.oid::regprocedure::text, p.proowner
           FROM pg_proc p
          WHERE p.pronamespace = $1::regnamespace AND p.prokind IN ('f', 'p')
         UNION ALL
         SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, t.oid::regtype::text, t.typowner
           FROM pg_type t
          WHERE t.typnamespace = $1::regnamespace AND t.typtype IN ('e', 'd', 'r')
       )
       SELECT format('ALTER %s %s OWNER TO %I', kind, name, $2::text) AS statement
         FROM owned WHERE owner <> $2::regrole`,
      [schema, roleName],
    );
    await client.query(`ALTER SCHEMA ${quote(schema)} OWNER TO ${quote(roleName)}`);
    for (const { statement } of rows) await client.query(statement);
  });
}
