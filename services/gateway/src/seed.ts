// `pnpm --filter @duda/gateway seed`: create the demo data (idempotent) and exit.
import { seedDemoData } from './demo-data.ts';
import { startRuntime } from './runtime.ts';

const runtime = await startRuntime();
try {
  const seeded = await seedDemoData(runtime.services, runtime.logger);
  console.warn(`Demo data ready: ${seeded.org.demoLogins.length} demo logins.`);
} finally {
  await runtime.stop();
}
