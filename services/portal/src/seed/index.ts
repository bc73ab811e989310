import type { SeededOrg } from '@duda/service-org/seed';
import { seedDemoDuties, type DemoFormRecord } from '../duties/demo.ts';
import { seedDemoNotifications } from '../notifications/demo.ts';
import type { PortalPrisma } from '../prisma.ts';
import { seedDemoReports } from '../reports/demo.ts';
import { seedDemoWorklogs } from '../worklog/demo.ts';

/**
 * The portal's demo data, one call per sub-area that keeps data of its own. The inbox keeps none: the demo
 * people's to-dos are the areas' demo data (inspection's orders and plans, training's exams and reading) and
 * their duties due today.
 */
export async function seedPortalDemo(
  prisma: PortalPrisma,
  org: SeededOrg,
  now: Date = new Date(),
  forms: readonly DemoFormRecord[] = [],
) {
  await seedDemoDuties(prisma, org, now, forms);
  await seedDemoWorklogs(prisma, org, now);
  await seedDemoReports(prisma, org, now);
  return { ...(await seedDemoNotifications(prisma, org, now)) };
}
