// Demo approvals (审批) on the demo submissions whose form has an approval flow (表1, 表6, 表10): every state an
// approval can be in, each reached through the engine by the people who hold the roles, at plausible times. What is
// still waiting is then brought up to date by the deadline rules as of the seed's time (November's requests left
// untouched are escalated, as the job would have done). Idempotent: skips when there are approvals already.
import type { FlowDefinition } from '@duda/contract-forms';
import type { SeededOrg } from '@duda/service-org/seed';
import { Prisma } from '../generated/prisma/client.ts';
import type { FormsPrisma } from '../prisma.ts';
import { holds } from './domain/acting.ts';
import { act, runDeadlines, type Command } from './domain/engine.ts';
import { resolveFlow } from './domain/resolve-flow.ts';
import type { EngineActor, InstanceState, PersonRef } from './domain/types.ts';
import { openApproval } from './start.ts';
import { load, save } from './store.ts';

const HOUR = 3_600_000;

/** What happens to a demo approval after it is submitted; `late` actions happen an hour before the seed's time. */
type Story =
  | 'waiting'
  | 'approved'
  | 'rejected'
  | 'returned'
  | 'withdrawn'
  | 'decided'
  | 'backToManager'
  | 'resubmitted';

/** By the submission's place among its hall's approvals (in the demo 表1, 表10, 表6, 表10), alternating hall by hall. */
const STORIES: Story[][] = [
  ['waiting', 'approved', 'backToManager', 'rejected'],
  ['returned', 'withdrawn', 'decided', 'resubmitted'],
];

/** Who decides each stage (the holder of its first approver's role), and the submitter. */
interface Cast {
  submitter: EngineActor;
  firstStepKey: string;
  decider(stage: number): EngineActor | null;
}

/** The steps of a story as (who, what) in order; a role nobody holds ends the story early. */
function script(story: Story, cast: Cast, stages: number): [EngineActor | null, Command][] {
  const approve = (stage: number, comment?: string): [EngineActor | null, Command] => [
    cast.decider(stage),
    { action: 'APPROVE', taskId: '', ...(comment ? { comment } : {}) },
  ];
  switch (story) {
    case 'waiting':
      return [];
    case 'approved':
      return Array.from({ length: stages }, (_, stage) => approve(stage, '同意'));
    case 'rejected':
      return [[cast.decider(0), { action: 'REJECT', taskId: '', comment: '与排班冲突，请另选日期' }]];
    case 'returned':
      return [[cast.decider(0), { action: 'RETURN', taskId: '', comment: '请补充本月重点工作的量化目标' }]];
    case 'withdrawn':
      return [[cast.submitter, { action: 'WITHDRAW', comment: '行程取消' }]];
    case 'decided':
      return [approve(0, '情况属实')];
    case 'backToManager':
      return [
        approve(0),
        [
          cast.decider(1),
          { action: 'RETURN', taskId: '', comment: '请店长核实后再报', toStepKey: cast.firstStepKey },
        ],
      ];
    case 'resubmitted':
      return [
        [cast.decider(0), { action: 'REJECT', taskId: '', comment: '交接人未签字' }],
        [cast.submitter, { action: 'RESUBMIT', comment: '已补交接人签字' }],
        approve(0, '同意'),
      ];
  }
}

/** The pending task the actor may decide, filled into a task command. */
function withTask(state: InstanceState, actor: EngineActor, command: Command): Command | null {
  if (!('taskId' in command)) return command;
  const task = state.tasks.find((t) => t.status === 'PENDING' && holds(actor, t.assignee));
  return task ? { ...command, taskId: task.id } : null;
}

/** Runs after the forms' own demo step, on the submitted records it made (oldest first, hall by hall). */
export async function seedApprovalsDemo(
  prisma: FormsPrisma,
  org: SeededOrg,
  now: Date,
): Promise<{ approvals: number }> {
  if ((await prisma.approvalInstance.count()) > 0) return { approvals: 0 };
  const records = await prisma.formSubmission.findMany({
    where: { status: 'SUBMITTED', version: { approvalFlow: { not: Prisma.DbNull } } },
    include: { version: { include: { template: true } } },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
  });
  let approvals = 0;
  const halls = org.districts.flatMap((district) => district.halls.map((hall) => ({ hall, district })));
  // The city ends every line, so an overdue district step is handed on to the city supervisor as the job would;
  // SeededOrg names the city by id, its name is where the demo's city supervisor works.
  const city = {
    id: org.cityId,
    name: org.demoLogins.find((login) => login.role === 'city_supervisor')?.where ?? '',
  };
  let h = -1;
  for (const { hall, district } of halls) {
    const own = records.filter((r) => r.orgNodeId === hall.id);
    if (own.length) h += 1;
    const staff = org.hallStaff[hall.code] ?? [];
    const manager = staff.find((s) => s.role === 'hall_manager');
    const supervisor = org.districtSupervisors[district.code]?.[0];
    const actor = (p: { id: string; name: string } | undefined, role: string, orgNodeId: string) =>
      p ? { personId: p.id, name: p.name, roles: [{ role, orgNodeId }] } : null;
    for (const [i, record] of own.entries()) {
      const flow = record.version.approvalFlow as unknown as FlowDefinition;
      const line = {
        hall: { id: hall.id, name: hall.name },
        district: { id: district.id, name: district.name },
        city,
      };
      const resolved = resolveFlow(flow, line, {});
      if (!resolved.ok) continue;
      const submitter: PersonRef = { personId: record.submitterId, name: record.submitterName };
      const submittedAt = record.submittedAt ?? record.createdAt;
      const { instanceId } = await openApproval(
        prisma,
        {
          subjectType: 'submission',
          subjectId: record.id,
          title: `${record.version.template.nameZh} · ${record.submitterName}`,
          orgNodeId: hall.id,
        },
        resolved.flow,
        submitter,
        submittedAt,
      );
      const holders: Record<string, EngineActor | null> = {
        hall_manager: actor(manager, 'hall_manager', hall.id),
        district_supervisor: actor(supervisor, 'district_supervisor', district.id),
      };
      const cast: Cast = {
        submitter: { ...submitter, roles: [] },
        firstStepKey: flow.stages[0]!.steps[0]!.key,
        decider: (stage) => {
          const first = resolved.flow.stages[stage]?.steps[0]?.assignees[0];
          return first?.kind === 'role' ? (holders[first.role] ?? null) : null;
        },
      };
      const story = STORIES[h % STORIES.length]![i % 4]!;
      const steps = script(story, cast, flow.stages.length);
      let stored = (await load(prisma, instanceId))!;
      for (const [n, [who, command]] of steps.entries()) {
        // The last step of a story that leaves something waiting happens just before now, so it is not overdue.
        const at =
          n === steps.length - 1 && ['decided', 'backToManager'].includes(story)
            ? new Date(now.getTime() - HOUR)
            : new Date(submittedAt.getTime() + (n + 2) * HOUR);
        const filled = who ? withTask(stored.state, who, command) : null;
        if (!who || !filled) break;
        const result = act(stored.state, filled, {
          actor: who,
          now: at,
          delegations: [],
          newId: () => crypto.randomUUID(),
        });
        if (!result.ok) break;
        await save(prisma, instanceId, stored.state, result.state, result.history, at);
        stored = { ...stored, state: result.state };
      }
      const due = runDeadlines(stored.state, now, () => crypto.randomUUID());
      if (due.history.length) await save(prisma, instanceId, stored.state, due.state, due.history, now);
      approvals += 1;
    }
  }
  return { approvals };
}
