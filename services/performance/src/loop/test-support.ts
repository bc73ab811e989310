// Test support: the loop's three areas as the gateway composes them — org and inspection on one test database,
// training (reading inspection's short staves) and performance each on their own, one clock — and the outbox's
// `inspection.submitted` of an inspection handed to training's subscriber as the relay would hand it.
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import type { EventEnvelope, JsonObject } from '@duda/events';
import { localServiceClient } from '@duda/service-kit';
import { inspectionFixture, type InspectionFixture } from '@duda/service-inspection/testing';
import { createTrainingService, database as trainingDatabase, trainingModule } from '@duda/service-training';
import { database } from '../database.ts';
import { createPerformanceService, type PerformanceService } from '../module.ts';

export interface LoopFixture {
  inspection: InspectionFixture;
  training: ReturnType<typeof createTrainingService>;
  performance: PerformanceService;
  as(username: string): Promise<ReturnType<PerformanceService['router']['createCaller']>>;
  /** Hands the inspection's `inspection.submitted` to every training subscriber of it. */
  deliverSubmitted(inspectionId: string): Promise<void>;
  close(): Promise<void>;
}

export async function loopFixture(): Promise<LoopFixture> {
  const inspection = await inspectionFixture();
  const trainingDb: TestDatabase = await createTestDatabase([trainingDatabase]);
  const performanceDb: TestDatabase = await createTestDatabase([database]);
  const org = localServiceClient(inspection.org.router);
  const inspectionClient = localServiceClient(inspection.inspection.router);
  const now = () => inspection.clock.now;
  const training = createTrainingService({ pool: trainingDb.pool, org, inspection: inspectionClient, now });
  const performance = createPerformanceService({
    pool: performanceDb.pool,
    org,
    inspection: inspectionClient,
    training: localServiceClient(training.router),
    now,
  });
  const subscribers = (trainingModule.events!(training).subscriptions ?? []).filter(
    (s) => s.eventType === 'inspection.submitted',
  );
  return {
    inspection,
    training,
    performance,
    as: async (username) =>
      performance.router.createCaller({
        ...(await inspection.contextOf(username)),
        passwordChangeRequired: false,
      }),
    deliverSubmitted: async (inspectionId) => {
      const { rows } = await inspection.db.pool.query<{ id: string; payload: JsonObject; occurred_at: Date }>(
        `SELECT id, payload, occurred_at FROM inspection.outbox_event
          WHERE type = 'inspection.submitted' AND payload->>'inspectionId' = $1`,
        [inspectionId],
      );
      const envelope: EventEnvelope = {
        id: rows[0]!.id,
        type: 'inspection.submitted',
        occurredAt: rows[0]!.occurred_at.toISOString(),
        payload: rows[0]!.payload,
      };
      for (const s of subscribers)
        await s.deliver(envelope, { subscriber: `training.${s.name}`, attempt: 1 });
    },
    close: async () => {
      await performance.close();
      await training.close();
      await performanceDb.drop();
      await trainingDb.drop();
      await inspection.close();
    },
  };
}
