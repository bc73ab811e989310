// Who may be named in an approval — the person a submitter picks (自选审批人), the target of a transfer (转交) or an
// added signer (加签): a real person the caller can find in the org service, at work (not on leave, not gone), and
// working within the approval's city (the submitter's line), or above it. Refused by name otherwise. Someone the
// caller does not see themself (a clerk reads only their own record) is looked for at the units of the line, where
// the submitter picks from (pickable.ts).
import type { ServiceClient } from '@duda/service-kit';
import { refusalError, type Ctx } from './acting-context.ts';
import { lineReader, lineUnits } from './line-reader.ts';
import type { PersonRef, SubmitterLine } from './domain/types.ts';

interface PersonFound {
  id: string;
  name: string;
  status: 'active' | 'on_leave' | 'left';
  orgNodeId: string;
}
export interface PlaceFound {
  id: string;
  level: string;
  city: { id: string } | null;
}

/** Whether a unit lies in the line's city (or is the city), or above every city (the province). */
export const withinLine = (place: PlaceFound, line: SubmitterLine) =>
  !line.city || place.id === line.city.id || place.city?.id === line.city.id || place.level === 'province';

export async function assertNameable(
  org: ServiceClient,
  ctx: Ctx,
  line: SubmitterLine,
  people: readonly PersonRef[],
): Promise<void> {
  if (people.length === 0) return;
  const ids = [...new Set(people.map((person) => person.personId))];
  const found = new Map(
    (await org.query<PersonFound[]>(ctx, 'people.byIds', { ids })).map((person) => [person.id, person]),
  );
  const unseen = ids.filter((id) => !found.has(id));
  const lineIds = new Set(lineUnits(line).map((unit) => unit.id));
  const onLine =
    unseen.length && lineIds.size
      ? (await org.query<PersonFound[]>(lineReader(ctx, line), 'people.byIds', { ids: unseen })).filter(
          (person) => lineIds.has(person.orgNodeId),
        )
      : [];
  for (const person of onLine) found.set(person.id, person);
  const units = [...new Set([...found.values()].map((person) => person.orgNodeId))];
  const places = new Map(
    (units.length ? await org.query<PlaceFound[]>(ctx, 'nodes', { ids: units }) : []).map((place) => [
      place.id,
      place,
    ]),
  );
  for (const named of people) {
    const person = found.get(named.personId);
    if (!person) throw refusalError('personUnknown', { name: named.name });
    if (person.status !== 'active') throw refusalError('personInactive', { name: person.name });
    const place = places.get(person.orgNodeId);
    if (!lineIds.has(person.orgNodeId) && (!place || !withinLine(place, line)))
      throw refusalError('personOutOfScope', { name: person.name, org: line.city?.name ?? '' });
  }
}
