// `pnpm --filter @duda/gateway seed`: create the demo data (idempotent) and exit.
import { seedDemoData } from './demo-data.ts';
import { startRuntime } from './runtime.ts';

const runtime = await startRuntime();
try {
  const logins = await seedDemoData(runtime.services, runtime.logger);
  console.warn(`Demo data ready: ${logins.length} demo logins.`);
} finally {
  await runtime.stop();
}
