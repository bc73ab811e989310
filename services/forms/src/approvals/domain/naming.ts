// Whom naming a person for an action on an approval would add nothing, so the person picker leaves them out: the
// caller themself, and — for 转交 and 加签 on a task — everyone already signing that task's step in this round; for
// 抄送, the submitter and everyone already copied in. The engine refuses the first two either way
// (`alreadyAssigned`); the picker simply does not offer them.
import type { NamingPurpose } from '@duda/contract-forms';
import { isLive } from './steps.ts';
import type { InstanceState } from './types.ts';

export function namedAlready(
  state: InstanceState,
  purpose: NamingPurpose,
  task: { stepKey: string } | null,
  callerId: string,
): Set<string> {
  const ids = new Set([callerId]);
  if (purpose === 'CC') {
    ids.add(state.submitter.personId);
    for (const person of state.cc) ids.add(person.personId);
    return ids;
  }
  for (const t of state.tasks)
    if (t.stepKey === task?.stepKey && t.round === state.round && isLive(t) && t.assignee.kind === 'person')
      ids.add(t.assignee.personId);
  return ids;
}
