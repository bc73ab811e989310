import { seedInspectionDemo } from '@duda/service-inspection/seed';
import { seedOrg, type DemoLogin } from '@duda/service-org/seed';
import type { Logger } from 'pino';
import type { GatewayServices } from './services.ts';

/**
 * Realistic demo data: the Hangzhou organisation with its staff, then months of inspections built on it.
 * The org seed hands the inspection seed the ids it needs, so neither reads the other's tables.
 */
export async function seedDemoData(
  services: GatewayServices,
  logger: Logger,
  now = new Date(),
): Promise<DemoLogin[]> {
  const started = Date.now();
  const org = await seedOrg(services.local.org.prisma);
  const inspection = await seedInspectionDemo(
    services.local.inspection.prisma,
    services.local.inspection.storage,
    org,
    now,
  );
  logger.info({ ms: Date.now() - started, ...inspection }, 'demo data ready');
  return org.demoLogins;
}
