import { describe, expect, it } from 'vitest';
import { namedAlready } from './naming.ts';
import { people, ref, session } from './test-support.ts';

const { clerk, mgr, a, b, c } = people;

describe('whom the person picker leaves out', () => {
  // 湖滨's manager added 甲 before them and 乙 after them on the hall step; the clerk copied 丙 in.
  const s = session();
  const own = s.taskOf(mgr);
  s.do(mgr, { action: 'ADD_SIGNER', taskId: own, signers: [ref(a)], position: 'BEFORE' });
  s.do(clerk, { action: 'CC', people: [ref(c)] });
  const hallTask = { stepKey: 'hall' };

  it.each([
    ['转交 by 甲 on the hall step', 'TRANSFER', hallTask, a.personId, [a.personId]],
    ['加签 by 甲 on the hall step', 'ADD_SIGNER', hallTask, a.personId, [a.personId]],
    ['抄送 by the manager', 'CC', null, mgr.personId, [mgr.personId, clerk.personId, c.personId]],
  ] as const)('%s', (_, purpose, task, callerId, expected) => {
    expect([...namedAlready(s.state, purpose, task, callerId)].sort()).toEqual([...expected].sort());
  });

  it('leaves out a person already signing the step once they are one (加签 after)', () => {
    s.do(a, { action: 'ADD_SIGNER', taskId: s.taskOf(a), signers: [ref(b)], position: 'AFTER' });
    expect(namedAlready(s.state, 'ADD_SIGNER', hallTask, mgr.personId)).toEqual(
      new Set([mgr.personId, a.personId, b.personId]),
    );
  });

  it('offers the people of an earlier round again (a returned approval opens new tasks)', () => {
    const earlier = structuredClone(s.state);
    earlier.round += 1;
    expect(namedAlready(earlier, 'TRANSFER', hallTask, mgr.personId)).toEqual(new Set([mgr.personId]));
  });
});
