// The people a submitter may pick for a `picked` approval step (自选审批人), as the person picker shows them — name,
// their roles in place of the 工号 (which the service does not give), unit — remembering each name so the page can
// send `{ personId, name }`. The service answers who is on the form's line (forms.submissions.pickable).
import type { PersonOption, PersonSearch } from '@duda/ui';

export interface PickablePerson {
  personId: string;
  name: string;
  roles: string[];
  orgName: string;
}

/** Asks the service whom the step may pick, matching the typed name or 工号. */
export type AskPickable = (stepKey: string, q: string) => Promise<PickablePerson[]>;

export function pickableApprovers(ask: AskPickable, roleLabel: (role: string) => string) {
  const names = new Map<string, string>();
  const option = (person: PickablePerson): PersonOption => ({
    id: person.personId,
    name: person.name,
    staffNo: person.roles.map(roleLabel).filter(Boolean).join('、') || person.orgName,
    orgName: person.orgName,
  });
  return {
    searchFor:
      (stepKey: string): PersonSearch =>
      async (q) => {
        const people = await ask(stepKey, q);
        for (const person of people) names.set(person.personId, person.name);
        return people.map(option);
      },
    nameOf: (id: string) => names.get(id) ?? '',
  };
}
