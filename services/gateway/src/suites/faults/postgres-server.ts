// A dedicated embedded PostgreSQL in its own process group, for the fault suite: killing the group is a crash of
// the server with all its backends, and leaves alone the server the other tests share. Started again on the same
// folder and port, it recovers the cluster as after any crash.
import { startEmbeddedPostgres } from '@duda/db';
import { POSTGRES_READY } from './dedicated-postgres.ts';

const server = await startEmbeddedPostgres({
  dataDir: process.env.DUDA_PG_DATA!,
  port: Number(process.env.DUDA_PG_PORT),
});
process.stdout.write(`${POSTGRES_READY} ${server.url}\n`);
process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
