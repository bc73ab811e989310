import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgFixture, type OrgFixture } from '../testing/fixture.ts';

describe('administration asks permission before looking anything up (against PostgreSQL)', () => {
  let f: OrgFixture;
  beforeAll(async () => {
    f = await orgFixture();
  });
  afterAll(() => f.close());

  it('gives a clerk the same refusal for a made-up id as for a real one', async () => {
    const clerk = await f.callerOf('hubin.clerk');
    const hall = f.seeded.districts[0]!.halls[0]!.id;
    const assignment = await f.org.prisma.roleAssignment.findFirstOrThrow();
    const person = f.seeded.demoPeople['hubin.mgr']!.id;
    const madeUp = randomUUID();
    const calls: [string, (id: string) => Promise<unknown>, string, string][] = [
      [
        'revokeRole',
        (id) => clerk.admin.revokeRole({ assignmentId: id }),
        assignment.id,
        'org.revokeRoleDenied',
      ],
      [
        'resetPassword',
        (id) => clerk.admin.resetPassword({ personId: id }),
        person,
        'org.resetPasswordDenied',
      ],
      [
        'setPersonStatus',
        (id) => clerk.admin.setPersonStatus({ id, status: 'left' }),
        person,
        'org.editPersonDenied',
      ],
      [
        'updatePerson',
        (id) => clerk.admin.updatePerson({ id, name: '改名' }),
        person,
        'org.editPersonDenied',
      ],
      [
        'assignRole',
        (id) => clerk.admin.assignRole({ personId: id, role: 'clerk', orgNodeId: hall }),
        person,
        'org.assignRoleDenied',
      ],
      ['updateNode', (id) => clerk.admin.updateNode({ id, name: '改名' }), hall, 'org.editOrgDenied'],
      [
        'setNodeActive',
        (id) => clerk.admin.setNodeActive({ id, active: false }),
        hall,
        'org.activateOrgDenied',
      ],
      ['moveNode', (id) => clerk.admin.moveNode({ id, newParentId: hall }), hall, 'org.moveOrgDenied'],
    ];
    for (const [name, call, realId, denied] of calls) {
      for (const id of [realId, madeUp]) {
        const error = await call(id).then(
          () => null,
          (e: { cause?: { code?: string } }) => e.cause?.code,
        );
        expect([name, id === madeUp ? 'made-up id' : 'real id', error]).toEqual([
          name,
          id === madeUp ? 'made-up id' : 'real id',
          denied,
        ]);
      }
    }
  });
});
