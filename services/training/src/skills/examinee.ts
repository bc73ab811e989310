// The person a record is about, found through the org service on behalf of the recorder (so only people they may
// see are found) and copied with their hall and its path, as the exams' candidates are.
import type { ServiceClient } from '@duda/service-kit';
import { skillsErrors } from '@duda/contract-training';
import { orgPlaces } from '../ports/org-directory.ts';
import type { SkillsCtx } from './access.ts';

export interface Examinee {
  personId: string;
  personName: string;
  staffNo: string;
  /** Their hall (their office, for someone not in a hall testing themselves). */
  hallId: string;
  hallName: string;
  orgPath: string[];
}

interface PersonSummary {
  id: string;
  staffNo: string;
  name: string;
  status: 'active' | 'on_leave' | 'left';
  orgNodeId: string;
}

async function placed(
  org: ServiceClient,
  ctx: SkillsCtx,
  person: PersonSummary,
  hallOnly: boolean,
): Promise<Examinee> {
  const [place] = await orgPlaces(org, ctx, [person.orgNodeId]);
  if (!place || (hallOnly && place.level !== 'hall')) throw skillsErrors.notHallStaff();
  const path = [place.id, place.district?.id, place.city?.id].filter((id): id is string => !!id);
  return {
    personId: person.id,
    personName: person.name,
    staffNo: person.staffNo,
    hallId: place.id,
    hallName: place.name,
    orgPath: [...new Set(path)],
  };
}

/** Someone else, whose result the caller records. */
export async function examineeOf(org: ServiceClient, ctx: SkillsCtx, personId: string): Promise<Examinee> {
  if (personId === ctx.actor.personId) throw skillsErrors.selfRecord();
  const [person] = await org.query<PersonSummary[]>(ctx, 'people.byIds', { ids: [personId] });
  if (!person || person.status === 'left') throw skillsErrors.personNotFound();
  return placed(org, ctx, person, true);
}

/** The caller, taking a test themselves (wherever they work: a trainer may try the typing test too). */
export async function selfAsExaminee(org: ServiceClient, ctx: SkillsCtx): Promise<Examinee> {
  const [me] = await org.query<PersonSummary[]>(ctx, 'people.byIds', { ids: [ctx.actor.personId] });
  if (!me) throw skillsErrors.personNotFound();
  return placed(org, ctx, me, false);
}

/** The hall's present people, as the caller may see them (口试覆盖). */
export async function peopleOfHall(
  org: ServiceClient,
  ctx: SkillsCtx,
  hallId: string,
): Promise<PersonSummary[]> {
  const found: PersonSummary[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await org.query<{ items: PersonSummary[]; total: number }>(ctx, 'people.list', {
      orgNodeId: hallId,
      page,
      pageSize: 200,
    });
    found.push(...items);
    if (items.length < 200 || found.length >= total) break;
  }
  return found.filter((p) => p.status !== 'left' && p.orgNodeId === hallId);
}
