// The person picker of an action on an approval (转交, 加签 on one's task; 抄送): whom the service lets the viewer name
// for it (forms.approvals.nameable: at work, in the approval's scope, not already signing or copied in), by name or
// 工号, remembering the names of those found so the dialog can send `{ personId, name }`.
import { api } from '@duda/api-client';
import type { PersonOption } from '@duda/ui';
import { toValue, type MaybeRefOrGetter } from 'vue';
import type { NamingPurpose } from './api.ts';

/** As many as a picker's list shows; typing more of a name or 工号 narrows it. */
const OFFERED = 20;

export function nameableSearch(
  target: MaybeRefOrGetter<{ instanceId: string; purpose: NamingPurpose; taskId?: string }>,
) {
  const names = new Map<string, string>();
  return {
    async search(q: string): Promise<PersonOption[]> {
      const { instanceId, purpose, taskId } = toValue(target);
      const page = await api.forms.approvals.nameable.query({
        instanceId,
        purpose,
        ...(taskId ? { taskId } : {}),
        ...(q ? { q } : {}),
        pageSize: OFFERED,
      });
      for (const person of page.items) names.set(person.personId, person.name);
      return page.items.map((p) => ({
        id: p.personId,
        name: p.name,
        staffNo: p.staffNo,
        orgName: p.orgName,
      }));
    },
    nameOf: (id: string) => names.get(id) ?? '',
  };
}
