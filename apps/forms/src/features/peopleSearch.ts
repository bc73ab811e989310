// Finding a person by name or 工号 for a person picker (an approver, a deputy), remembering the names of those
// found so the page can send `{ personId, name }`.
import { api } from '@duda/api-client';
import type { PersonOption } from '@duda/ui';

export function peopleSearch() {
  const names = new Map<string, string>();
  return {
    async search(q: string): Promise<PersonOption[]> {
      const people = await api.org.people.search.query({ q, limit: 20 });
      for (const person of people) names.set(person.id, person.name);
      return people.map((p) => ({ id: p.id, name: p.name, staffNo: p.staffNo, orgName: p.orgName }));
    },
    nameOf: (id: string) => names.get(id) ?? '',
    /** A person already chosen (an edited flow's approver), so the picker shows the name before any search. */
    remember: (id: string, name: string) => names.set(id, name),
  };
}
