import { afterEach, describe, expect, it } from 'vitest';
import { watch } from 'vue';
import { setCurrentUser, useCurrentUser } from './current-user.ts';
import type { CurrentUser } from './current-user.ts';

const hallManager: CurrentUser = {
  person: {
    id: 'p1',
    staffNo: 'HZ10101',
    name: '李娜',
    position: '店面经理',
    orgNodeId: 'h1',
    orgName: '湖滨营业厅',
  },
  roles: [
    { role: 'hall_manager', label: '店面经理', orgNodeId: 'h1', orgName: '湖滨营业厅', orgLevel: 'hall' },
  ],
  permissions: ['inspection.read', 'inspection.perform'],
  mustChangePassword: false,
};

afterEach(() => setCurrentUser(null));

describe('useCurrentUser', () => {
  it('has nobody and no permission before login', () => {
    const { user, person, roles, permissions, can } = useCurrentUser();
    expect([user.value, person.value, roles.value, permissions.value]).toEqual([null, null, [], []]);
    expect(can('inspection.read')).toBe(false);
  });

  it('gives every reader the same person, and follows login and logout', async () => {
    const shell = useCurrentUser();
    const remote = useCurrentUser();
    const seen: (string | undefined)[] = [];
    watch(
      () => remote.person.value?.name,
      (name) => seen.push(name),
    );

    setCurrentUser(hallManager);
    await Promise.resolve();
    expect(shell.person.value?.orgName).toBe('湖滨营业厅');
    expect(remote.roles.value.map((role) => role.role)).toEqual(['hall_manager']);
    expect(remote.can('inspection.perform')).toBe(true);
    expect(remote.can('inspection.plan.approve')).toBe(false);

    setCurrentUser(null);
    await Promise.resolve();
    expect(shell.can('inspection.perform')).toBe(false);
    expect(seen).toEqual(['李娜', undefined]);
  });
});
