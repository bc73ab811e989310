// A dedicated embedded PostgreSQL as its own process, for the fault suite: crashing it (dedicated-postgres.ts)
// leaves alone the server the other tests share. Started again on the same folder and port, it recovers the
// cluster as after any crash.
import { startEmbeddedPostgres } from '@duda/db';
import { POSTGRES_READY } from './dedicated-postgres.ts';

const server = await startEmbeddedPostgres({
  dataDir: process.env.DUDA_PG_DATA!,
  port: Number(process.env.DUDA_PG_PORT),
});
process.stdout.write(`${POSTGRES_READY} ${server.url}\n`);
process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
