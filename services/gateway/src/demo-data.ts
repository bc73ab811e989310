import { dependencyOrder, type AnyServiceModule } from '@duda/service-kit';
import type { Logger } from 'pino';
import { modules, type SeededData } from './modules.ts';
import type { GatewayServices } from './services.ts';

/**
 * Realistic demo data: each service's seed step, every step after the ones it builds on (org, then
 * inspection, …). A step reads what earlier steps handed over (`seeded.org`), never their tables.
 */
export async function seedDemoData(
  services: GatewayServices,
  logger: Logger,
  now = new Date(),
): Promise<SeededData> {
  const all: readonly AnyServiceModule[] = modules;
  const steps = dependencyOrder(
    all.flatMap((m) => (m.seed ? [{ name: m.name, after: m.seed.after, module: m }] : [])),
  );
  const local = services.local as Record<string, unknown>;
  const seeded: Record<string, unknown> = {};
  for (const { name, module } of steps) {
    if (!local[name]) throw new Error(`cannot seed ${name}: it runs in its own process`);
    const started = Date.now();
    seeded[name] = await module.seed!.run(local[name], seeded, now);
    logger.info({ service: name, ms: Date.now() - started }, 'demo data ready');
  }
  return seeded as SeededData;
}
