// `duda-db <command>`, run from a service folder (its package.json names the module exporting `database`).
//   generate          generate the service's Prisma client (no network, no native engine)
//   migration <name>  write prisma/migrations/<timestamp>_<name>/migration.sql from the schema change
//   check             fail when the committed migrations do not produce the Prisma schema
//   migrate           apply pending migrations to DATABASE_URL or the embedded server
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pendingSchemaChange } from './drift.ts';
import { applyMigrations } from './migrations.ts';
import { createPool } from './pool.ts';
import { resolvePostgres } from './server.ts';
import type { ServiceDatabase } from './service-database.ts';

const require = createRequire(import.meta.url);

async function loadServiceDatabase(): Promise<ServiceDatabase> {
  const pkg = JSON.parse(await readFile(path.resolve('package.json'), 'utf8')) as {
    duda?: { database?: string };
  };
  const modulePath = pkg.duda?.database;
  if (!modulePath)
    throw new Error('package.json has no "duda.database" entry naming the module that exports `database`.');
  const mod = (await import(pathToFileURL(path.resolve(modulePath)).href)) as { database: ServiceDatabase };
  return mod.database;
}

function generate(database: ServiceDatabase) {
  const cli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
  // `prisma generate` never runs the schema engine, but the CLI insists on locating one and would try
  // to download it; any existing executable satisfies that check.
  const result = spawnSync(process.execPath, [cli, 'generate', '--schema', database.prismaSchemaPath], {
    stdio: 'inherit',
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
  process.exitCode = result.status ?? 1;
}

async function withServer<T>(work: (url: string) => Promise<T>): Promise<T> {
  const server = await resolvePostgres();
  try {
    return await work(server.url);
  } finally {
    if (server.owned) await server.stop();
  }
}

const timestamp = () => new Date().toISOString().replace(/\D/g, '').slice(0, 14);

async function main() {
  const [command, arg] = process.argv.slice(2);
  const database = await loadServiceDatabase();
  switch (command) {
    case 'generate':
      return generate(database);
    case 'migration': {
      if (!arg || !/^[a-z0-9_]+$/.test(arg)) throw new Error('usage: duda-db migration <name_in_snake_case>');
      const sql = await withServer((url) => pendingSchemaChange(url, database));
      if (!sql)
        return console.log(`Schema "${database.schema}" already matches its migrations; nothing to write.`);
      const dir = path.join(database.migrationsDir, `${timestamp()}_${arg}`);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'migration.sql'), `${sql}\n`);
      return console.log(
        `Wrote ${path.relative(process.cwd(), dir)}/migration.sql — review it, then commit it.`,
      );
    }
    case 'check': {
      const sql = await withServer((url) => pendingSchemaChange(url, database));
      if (!sql) return console.log(`Schema "${database.schema}": migrations match the Prisma schema.`);
      console.error(`Schema "${database.schema}" drifted from its migrations. Missing SQL:\n${sql}`);
      process.exitCode = 1;
      return;
    }
    case 'migrate':
      return withServer(async (url) => {
        const pool = createPool(url, 2);
        try {
          const applied = await applyMigrations(pool, database);
          console.log(
            applied.length ? `Applied ${applied.join(', ')}` : `Schema "${database.schema}" is up to date.`,
          );
        } finally {
          await pool.end();
        }
      });
    default:
      throw new Error('usage: duda-db generate | migration <name> | check | migrate');
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
