export {
  appRoleFor,
  connectionAs,
  databaseOf,
  grantAppRole,
  handOverSchema,
  provisionAppRole,
  roleOf,
  type AppRole,
} from './app-role.ts';
export { startEmbeddedPostgres, type EmbeddedPostgresOptions, type RunningPostgres } from './embedded.ts';
export { assertMigrated, MigrationsNotApplied } from './migration-check.ts';
export { applyMigrations, migrationStatus, readMigrations, type MigrationStatus } from './migrations.ts';
export {
  createDatabase,
  createPool,
  createPrismaAdapter,
  TRANSACTION_OPTIONS,
  dropDatabase,
  openAllConnections,
  withDatabase,
  type Pool,
} from './pool.ts';
export { pendingSchemaChange } from './drift.ts';
export { listenTo, type ChannelHandlers, type ChannelListener } from './listen.ts';
export { appConnection, prepareDatabase, type AppConnectionOptions, type PrepareOptions } from './prepare.ts';
export {
  defineServiceDatabase,
  type ServiceDatabase,
  type ServiceDatabaseOptions,
} from './service-database.ts';
export { DEFAULT_EMBEDDED_PORT, findRepoRoot, resolvePostgres } from './server.ts';
