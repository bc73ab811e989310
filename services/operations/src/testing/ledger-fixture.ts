// The operations service on the small test organisation, with a clock the tests move; with `forms`, the real forms
// service beside it (a replacement or scrap is decided in its approval engine) and the delivery of its approvals'
// outcomes, as the event bus would bring them.
import { createFormsService, database as formsDatabase, type FormsService } from '@duda/service-forms';
import { localServiceClient } from '@duda/service-kit';
import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { database } from '../database.ts';
import { createOperationsService, type OperationsService } from '../module.ts';
import { approvalCompleted, applyRetirementOutcome } from '../retirements/retirement-approval.ts';

export interface LedgerFixture {
  f: OrgFixture;
  service: OperationsService;
  clock: { now: Date };
  as(username: string): Promise<ReturnType<OperationsService['router']['createCaller']>>;
  hall(code: string): { id: string; name: string };
  /** With `forms`: the forms service the retirements are decided in. */
  forms: FormsService | null;
  /** With `forms`: hands operations the approvals ended since the last call (forms.approval.completed). */
  deliverApprovals(): Promise<void>;
  close(): Promise<void>;
}

export async function ledgerFixture(start: Date, options: { forms?: boolean } = {}): Promise<LedgerFixture> {
  const f = await orgFixture({ with: options.forms ? [database, formsDatabase] : [database] });
  const clock = { now: start };
  const org = localServiceClient(f.org.router);
  const forms = options.forms ? createFormsService({ pool: f.db.pool, org, now: () => clock.now }) : null;
  const service = createOperationsService({
    pool: f.db.pool,
    org,
    ...(forms ? { forms: localServiceClient(forms.router, 'forms') } : {}),
    now: () => clock.now,
  });
  const delivered = new Set<string>();
  return {
    f,
    service,
    clock,
    as: async (username) => service.router.createCaller(await f.contextOf(username)),
    hall: (code) => f.seeded.districts.flatMap((d) => d.halls).find((h) => h.code === code)!,
    forms,
    deliverApprovals: async () => {
      const events = forms
        ? await forms.prisma.outboxEvent.findMany({ where: { type: approvalCompleted.type } })
        : [];
      for (const event of events.filter((e) => !delivered.has(e.id))) {
        delivered.add(event.id);
        await applyRetirementOutcome(service.deps, approvalCompleted.schema.parse(event.payload));
      }
    },
    close: async () => {
      await forms?.close();
      await service.close();
      await f.close();
    },
  };
}
