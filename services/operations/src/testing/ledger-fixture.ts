// The operations service on the small test organisation, with a clock the tests move.
import { localServiceClient } from '@duda/service-kit';
import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { database } from '../database.ts';
import { createOperationsService, type OperationsService } from '../module.ts';

export interface LedgerFixture {
  f: OrgFixture;
  service: OperationsService;
  clock: { now: Date };
  as(username: string): Promise<ReturnType<OperationsService['router']['createCaller']>>;
  hall(code: string): { id: string; name: string };
  close(): Promise<void>;
}

export async function ledgerFixture(start: Date): Promise<LedgerFixture> {
  const f = await orgFixture({ with: [database] });
  const clock = { now: start };
  const service = createOperationsService({
    pool: f.db.pool,
    org: localServiceClient(f.org.router),
    now: () => clock.now,
  });
  return {
    f,
    service,
    clock,
    as: async (username) => service.router.createCaller(await f.contextOf(username)),
    hall: (code) => f.seeded.districts.flatMap((d) => d.halls).find((h) => h.code === code)!,
    close: async () => {
      await service.close();
      await f.close();
    },
  };
}
