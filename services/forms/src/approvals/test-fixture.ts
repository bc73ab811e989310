// A real forms service beside a real org service on a fresh test database with the small test organisation, for
// the approval tests: callers by username, one clock for both services, and approvals started on subjects of a
// test subject type (the engine is generic; the forms submissions use it the same way).
import type { FlowDefinition } from '@duda/contract-forms';
import { localServiceClient } from '@duda/service-kit';
import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { database } from '../database.ts';
import { createFormsService, type FormsService } from '../module.ts';
import type { Ctx } from './acting-context.ts';
import type { PersonRef } from './domain/types.ts';
import { startApproval } from './start.ts';

export interface ApprovalsFixture extends OrgFixture {
  forms: FormsService;
  hall(code: string): { id: string; name: string };
  person(username: string): PersonRef;
  as(username: string): Promise<ReturnType<FormsService['router']['createCaller']>>;
  /** Starts an approval as `username` for a new subject at their hall; returns its instance id. */
  start(
    username: string,
    flow: FlowDefinition,
    options?: { hall?: string; picked?: Record<string, PersonRef> },
  ): Promise<string>;
}

export async function approvalsFixture(): Promise<ApprovalsFixture> {
  const base = await orgFixture({ with: [database] });
  const org = localServiceClient(base.org.router);
  const forms = createFormsService({ pool: base.db.pool, org, now: () => base.clock.now });
  const halls = base.seeded.districts.flatMap((d) => d.halls);
  const hall = (code: string) => halls.find((h) => h.code === code)!;
  return {
    ...base,
    forms,
    hall,
    person: (username) => {
      const p = base.seeded.demoPeople[username]!;
      return { personId: p.id, name: p.name };
    },
    as: async (username) => forms.router.createCaller(await base.contextOf(username)),
    start: async (username, flow, options = {}) => {
      const ctx = (await base.contextOf(username)) as Ctx;
      const { instanceId } = await forms.prisma.$transaction((tx) =>
        startApproval(tx, { org, now: () => base.clock.now }, ctx, {
          subjectType: 'test',
          subjectId: crypto.randomUUID(),
          title: `请假申请（${ctx.actor.name}）`,
          orgNodeId: hall(options.hall ?? 'HZ-SC-01').id,
          flow,
          picked: options.picked ?? null,
        }),
      );
      return instanceId;
    },
    close: async () => {
      await forms.close();
      await base.close();
    },
  };
}
