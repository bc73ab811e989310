// A real training service beside a real org service on a fresh test database with the small test organisation
// (the demo's named accounts — trainer, sc.sup, hubin.mgr, hubin.clerk… — in two districts and five halls), and
// callers for its people. One clock for both services, so tests can move time past an exam's deadline.
import { localServiceClient } from '@duda/service-kit';
import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { database } from '../database.ts';
import { createTrainingService, type TrainingService } from '../module.ts';

export interface TrainingFixture extends OrgFixture {
  training: TrainingService;
  hall(code: string): { id: string; name: string };
  district(code: string): { id: string; name: string };
  /** The training router called as that person (a demo username or 工号). */
  as(username: string): Promise<ReturnType<TrainingService['router']['createCaller']>>;
}

export async function trainingFixture(): Promise<TrainingFixture> {
  const base = await orgFixture({ with: [database] });
  const training = createTrainingService({
    pool: base.db.pool,
    org: localServiceClient(base.org.router),
    now: () => base.clock.now,
  });
  const halls = base.seeded.districts.flatMap((d) => d.halls);
  return {
    ...base,
    training,
    hall: (code) => halls.find((h) => h.code === code)!,
    district: (code) => base.seeded.districts.find((d) => d.code === code)!,
    as: async (username) => training.router.createCaller(await base.contextOf(username)),
    close: async () => {
      await training.close();
      await base.close();
    },
  };
}
