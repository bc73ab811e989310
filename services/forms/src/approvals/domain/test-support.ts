// A small world for the engine's tests: 湖滨营业厅 in 上城区 in 杭州, the people who hold roles there, and a few
// fixed people; a three-stage flow (hall manager → district supervisor → leader) unless a test gives its own.
import type { FlowDefinition } from '@duda/contract-forms';
import { holds } from './acting.ts';
import { act, startInstance, type Command, type EngineContext } from './engine.ts';
import { resolveFlow } from './resolve-flow.ts';
import type { Delegation, EngineActor, InstanceState, SubmitterLine } from './types.ts';

export const line: SubmitterLine = {
  hall: { id: 'hall-hubin', name: '湖滨营业厅' },
  district: { id: 'district-sc', name: '上城区分公司' },
  city: { id: 'city-hz', name: '杭州分公司' },
};

const person = (personId: string, name: string, roles: EngineActor['roles'] = []): EngineActor => ({
  personId,
  name,
  roles,
});

export const people = {
  clerk: person('p-clerk', '营业员小王', [{ role: 'clerk', orgNodeId: 'hall-hubin' }]),
  mgr: person('p-mgr', '店面经理老李', [{ role: 'hall_manager', orgNodeId: 'hall-hubin' }]),
  dsup: person('p-dsup', '区县督导', [{ role: 'district_supervisor', orgNodeId: 'district-sc' }]),
  csup: person('p-csup', '市督导', [{ role: 'city_supervisor', orgNodeId: 'city-hz' }]),
  leader: person('p-leader', '主管领导', [{ role: 'leader', orgNodeId: 'city-hz' }]),
  a: person('p-a', '甲'),
  b: person('p-b', '乙'),
  c: person('p-c', '丙'),
  d: person('p-d', '丁'),
};

export const ref = (p: EngineActor) => ({ personId: p.personId, name: p.name });

export const threeStages: FlowDefinition = {
  stages: [
    {
      steps: [
        {
          key: 'hall',
          name: '店面经理',
          approvers: [{ kind: 'role', role: 'hall_manager' }],
          mode: 'ANY',
          deadlineHours: 8,
        },
      ],
    },
    {
      steps: [
        {
          key: 'district',
          name: '区县督导',
          approvers: [{ kind: 'role', role: 'district_supervisor' }],
          mode: 'ANY',
        },
      ],
    },
    {
      steps: [
        {
          key: 'leader',
          name: '主管领导',
          approvers: [{ kind: 'role', role: 'leader', level: 'city' }],
          mode: 'ALL',
        },
      ],
    },
  ],
};

export const T0 = new Date('2026-12-01T01:00:00Z');
export const HOUR = 3_600_000;
export const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

/** An engine session: the state so far and a command runner that fails loudly on a refusal. */
export function session(definition: FlowDefinition = threeStages, picked = {}) {
  let n = 0;
  const newId = () => `t${++n}`;
  const resolved = resolveFlow(definition, line, picked);
  if (!resolved.ok) throw new Error(resolved.refusal);
  let { state } = startInstance(resolved.flow, ref(people.clerk), T0, newId);
  const context = (actor: EngineActor, now: Date, delegations: Delegation[]): EngineContext => ({
    actor,
    now,
    delegations,
    newId,
  });
  return {
    get state(): InstanceState {
      return state;
    },
    newId,
    /** The one task of `actor` (by role or person) still open, or the latest they had. */
    taskOf(actor: EngineActor): string {
      const mine = state.tasks.filter((t) => holds(actor, t.assignee));
      const open = mine.find((t) => t.status === 'PENDING' || t.status === 'WAITING');
      return (open ?? mine.at(-1))!.id;
    },
    try(actor: EngineActor, command: Command, now = at(1), delegations: Delegation[] = []) {
      const result = act(state, command, context(actor, now, delegations));
      if (result.ok) state = result.state;
      return result;
    },
    do(actor: EngineActor, command: Command, now = at(1), delegations: Delegation[] = []) {
      const result = act(state, command, context(actor, now, delegations));
      if (!result.ok) throw new Error(`refused: ${result.refusal}`);
      state = result.state;
      return result;
    },
    set(next: InstanceState) {
      state = next;
    },
  };
}
