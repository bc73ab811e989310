// Test support: performance beside real inspection and training services, as the gateway composes them — org and
// inspection on one test database (the inspection fixture's small organisation and standards), training and
// performance each on their own, all calling on the caller's behalf, one clock.
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { localServiceClient } from '@duda/service-kit';
import { inspectionFixture, type InspectionFixture } from '@duda/service-inspection/testing';
import { createTrainingService, database as trainingDatabase } from '@duda/service-training';
import { database } from '../database.ts';
import { createPerformanceService, type PerformanceService } from '../module.ts';

export interface RunFixture {
  inspection: InspectionFixture;
  performance: PerformanceService;
  /** Performance's own database, for what runs beside the service (the events runtime). */
  performanceDb: TestDatabase;
  as(username: string): Promise<ReturnType<PerformanceService['router']['createCaller']>>;
  close(): Promise<void>;
}

export async function runFixture(): Promise<RunFixture> {
  const inspection = await inspectionFixture();
  const trainingDb: TestDatabase = await createTestDatabase([trainingDatabase]);
  const performanceDb: TestDatabase = await createTestDatabase([database]);
  const org = localServiceClient(inspection.org.router);
  const now = () => inspection.clock.now;
  const training = createTrainingService({ pool: trainingDb.pool, org, now });
  const performance = createPerformanceService({
    pool: performanceDb.pool,
    org,
    inspection: localServiceClient(inspection.inspection.router),
    training: localServiceClient(training.router),
    // The services' shared secret, as inspection's fixture has it: evidence grants verify across the two.
    serviceSecret: 'test-secret',
    now,
  });
  return {
    inspection,
    performance,
    performanceDb,
    // A 工号 login that must change its password still acts here: the password is not what is tested.
    as: async (username) =>
      performance.router.createCaller({
        ...(await inspection.contextOf(username)),
        passwordChangeRequired: false,
      }),
    close: async () => {
      await performance.close();
      await training.close();
      await performanceDb.drop();
      await trainingDb.drop();
      await inspection.close();
    },
  };
}

/**
 * The city supervisor locks every district's calibration of the month that is not locked yet, as each district would
 * before the city signs off (the sign-off refuses while one is open).
 */
export async function lockEveryDistrict(f: Pick<RunFixture, 'as'>, month: string) {
  const sup = await f.as('city.sup');
  for (const district of await sup.calibration.districts({ month }))
    if (!district.locked) await sup.calibration.lock({ month, districtId: district.districtId });
}
