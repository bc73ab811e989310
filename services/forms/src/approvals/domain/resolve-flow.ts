// A flow definition made concrete for one submitter: each role approver becomes the role slot on the submitter's
// own line (the hall manager of *their* hall, the supervisor of *their* district), each picked approver the person
// they picked. Done once, at submission, so a later move in the org tree does not change who approves.
import { APPROVER_ROLE_LEVEL, type ApproverRole, type FlowDefinition } from '@duda/contract-forms';
import type { ApproverLevel } from '@duda/contract-forms';
import type { Assignee, PersonRef, ResolvedFlow, ResolvedStep, SubmitterLine } from './types.ts';

export type ResolveRefusal = { refusal: 'approverUnresolvable' | 'pickedApproverMissing'; step: string };

function slot(line: SubmitterLine, role: ApproverRole, level?: ApproverLevel): Assignee | null {
  const at = level ?? APPROVER_ROLE_LEVEL[role];
  const place = at ? line[at] : undefined;
  return at && place ? { kind: 'role', role, level: at, orgNodeId: place.id, orgName: place.name } : null;
}

const sameAssignee = (a: Assignee, b: Assignee) =>
  a.kind === 'person'
    ? b.kind === 'person' && a.personId === b.personId
    : b.kind === 'role' && a.role === b.role && a.orgNodeId === b.orgNodeId;

export { sameAssignee };

export function resolveFlow(
  definition: FlowDefinition,
  line: SubmitterLine,
  picked: Readonly<Record<string, PersonRef>>,
): { ok: true; flow: ResolvedFlow } | ({ ok: false } & ResolveRefusal) {
  const stages: ResolvedFlow['stages'] = [];
  for (const stage of definition.stages) {
    const steps: ResolvedStep[] = [];
    for (const step of stage.steps) {
      const assignees: Assignee[] = [];
      for (const approver of step.approvers) {
        let assignee: Assignee | null;
        if (approver.kind === 'role') assignee = slot(line, approver.role, approver.level);
        else if (approver.kind === 'person')
          assignee = { kind: 'person', personId: approver.personId, name: approver.name };
        else {
          const person = picked[step.key];
          if (!person) return { ok: false, refusal: 'pickedApproverMissing', step: step.name };
          assignee = { kind: 'person', ...person };
        }
        if (!assignee) return { ok: false, refusal: 'approverUnresolvable', step: step.name };
        if (!assignees.some((a) => sameAssignee(a, assignee))) assignees.push(assignee);
      }
      const escalateTo = step.escalateTo ? slot(line, step.escalateTo.role, step.escalateTo.level) : null;
      if (step.escalateTo && !escalateTo)
        return { ok: false, refusal: 'approverUnresolvable', step: step.name };
      steps.push({
        key: step.key,
        name: step.name,
        mode: step.mode,
        ...(step.ratio !== undefined ? { ratio: step.ratio } : {}),
        ...(step.deadlineHours !== undefined ? { deadlineHours: step.deadlineHours } : {}),
        assignees,
        escalateTo,
      });
    }
    stages.push({ steps });
  }
  return { ok: true, flow: { stages, line } };
}

/** The role above a role slot on the same line: a hall's roles → the district supervisor → the city supervisor → the leader. */
const SUPERIOR: Record<ApproverLevel, { role: ApproverRole; level: ApproverLevel }> = {
  hall: { role: 'district_supervisor', level: 'district' },
  district: { role: 'city_supervisor', level: 'city' },
  city: { role: 'leader', level: 'city' },
};

/**
 * Who takes a task over past its deadline: the step's escalation slot first, then the role above the one who held
 * it; null at the top (the city's leader) or for a person the flow names no escalation for.
 */
export function superiorOf(assignee: Assignee, step: ResolvedStep, line: SubmitterLine): Assignee | null {
  if (step.escalateTo && !sameAssignee(step.escalateTo, assignee)) {
    const escalatedAlready = assignee.kind === 'role' && rank(assignee) >= rank(step.escalateTo);
    if (!escalatedAlready) return step.escalateTo;
  }
  if (assignee.kind !== 'role' || assignee.role === 'leader') return null;
  const above = SUPERIOR[assignee.level];
  return slot(line, above.role, above.level);
}

/** How high a slot sits, to tell whether an escalation has already passed the step's named slot. */
function rank(assignee: Assignee): number {
  if (assignee.kind !== 'role') return -1;
  if (assignee.role === 'leader') return 4;
  return { hall: 1, district: 2, city: 3 }[assignee.level];
}
