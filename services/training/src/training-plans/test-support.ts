// Test support: the training service beside a real inspection service, as the gateway composes them — org and
// inspection on one test database (the inspection fixture's small organisation and standards), training on its
// own, calling both on the caller's behalf. Other training tests run without inspection.
import { createTestDatabase } from '@duda/db/testing';
import { localServiceClient } from '@duda/service-kit';
import { inspectionFixture, type InspectionFixture } from '@duda/service-inspection/testing';
import { database } from '../database.ts';
import { createTrainingService } from '../module.ts';
import type { TrainingFixture } from '../testing/fixture.ts';

export interface PlansFixture extends TrainingFixture {
  inspection: InspectionFixture;
}

export async function plansFixture(): Promise<PlansFixture> {
  const inspection = await inspectionFixture();
  const db = await createTestDatabase([database]);
  const training = createTrainingService({
    pool: db.pool,
    org: localServiceClient(inspection.org.router),
    inspection: localServiceClient(inspection.inspection.router),
    now: () => inspection.clock.now,
  });
  return {
    inspection,
    db,
    org: inspection.org,
    seeded: inspection.seeded,
    clock: inspection.clock,
    contextOf: inspection.contextOf,
    callerOf: async (username) => inspection.org.router.createCaller(await inspection.contextOf(username)),
    training,
    hall: inspection.hall,
    district: inspection.district,
    as: async (username) => training.router.createCaller(await inspection.contextOf(username)),
    close: async () => {
      await training.close();
      await db.drop();
      await inspection.close();
    },
  };
}
