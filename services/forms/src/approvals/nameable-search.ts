// `forms.approvals.nameable`: the people the caller may name on an approval for 转交 / 加签 (on their task) or 抄送 —
// those `assertNameable` accepts (at work; found through org as the caller within the approval's city or above it,
// or working at a unit of its line), less those naming would add nothing to (domain/naming.ts), by name or 工号.
// Two org pages are read (as the caller, and as the line's reader) and merged here, so the answer is paged over at
// most the first 200 matches of each: a longer list is narrowed by typing more of a name or 工号.
import type { Role } from '@duda/authz';
import type { approvalInputs } from '@duda/contract-forms';
import type { z } from 'zod';
import type { FormsDeps } from '../deps.ts';
import { engineActor, refusalError, type Ctx } from './acting-context.ts';
import { readable } from './approval-service.ts';
import { actingFor } from './domain/acting.ts';
import { act } from './domain/engine.ts';
import { namedAlready } from './domain/naming.ts';
import { lineReader, lineUnits } from './line-reader.ts';
import { withinLine, type PlaceFound } from './nameable.ts';

interface PersonListed {
  id: string;
  staffNo: string;
  name: string;
  status: string;
  orgNodeId: string;
  orgName: string;
  roles: Role[];
}

export interface NameablePerson {
  personId: string;
  name: string;
  staffNo: string;
  orgName: string;
  roles: Role[];
}

/** Each source's page of candidates (org's largest page). */
const CANDIDATES = 200;

export async function nameablePeople(
  deps: Pick<FormsDeps, 'prisma' | 'org' | 'now'>,
  ctx: Ctx,
  input: z.infer<typeof approvalInputs.nameable>,
) {
  const { stored, delegations, now } = await readable(deps, ctx, input.instanceId);
  const state = stored.state;
  // Only someone who may take the action now is shown whom they could name for it.
  let task: { stepKey: string } | null = null;
  if (input.purpose === 'CC') {
    const tried = act(
      state,
      { action: 'CC', people: [] },
      {
        actor: engineActor(ctx.actor),
        now,
        delegations,
        newId: () => crypto.randomUUID(),
      },
    );
    if (!tried.ok) throw refusalError(tried.refusal);
  } else {
    const found = state.tasks.find((t) => t.id === input.taskId);
    if (!found) throw refusalError('notFound');
    if (!actingFor(engineActor(ctx.actor), found, delegations, now)) throw refusalError('notYourTask');
    if (found.status !== 'PENDING' || state.status !== 'IN_PROGRESS') throw refusalError('taskNotPending');
    task = found;
  }
  const line = state.flow.line;
  const lineIds = new Set(lineUnits(line).map((unit) => unit.id));
  const ask = { q: input.q || null, status: 'active', page: 1, pageSize: CANDIDATES };
  const [own, onLine] = await Promise.all([
    deps.org.query<{ items: PersonListed[] }>(ctx, 'people.list', ask),
    lineIds.size
      ? deps.org.query<{ items: PersonListed[] }>(lineReader(ctx, line), 'people.list', ask)
      : { items: [] },
  ]);
  const units = [...new Set(own.items.map((person) => person.orgNodeId).filter((id) => !lineIds.has(id)))];
  const places = new Map(
    (units.length ? await deps.org.query<PlaceFound[]>(ctx, 'nodes', { ids: units }) : []).map((place) => [
      place.id,
      place,
    ]),
  );
  const inScope = (person: PersonListed) => {
    if (lineIds.has(person.orgNodeId)) return true;
    const place = places.get(person.orgNodeId);
    return Boolean(place && withinLine(place, line));
  };
  const left = namedAlready(state, input.purpose, task, ctx.actor.personId);
  const found = new Map<string, NameablePerson>();
  for (const person of [
    ...own.items.filter(inScope),
    ...onLine.items.filter((p) => lineIds.has(p.orgNodeId)),
  ])
    if (person.status === 'active' && !left.has(person.id))
      found.set(person.id, {
        personId: person.id,
        name: person.name,
        staffNo: person.staffNo,
        orgName: person.orgName,
        roles: person.roles,
      });
  const all = [...found.values()].sort((x, y) => x.staffNo.localeCompare(y.staffNo));
  const start = (input.page - 1) * input.pageSize;
  return {
    items: all.slice(start, start + input.pageSize),
    total: all.length,
    page: input.page,
    pageSize: input.pageSize,
  };
}
