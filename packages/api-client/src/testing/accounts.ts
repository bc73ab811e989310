import type { TestAccount } from './test-gateway.ts';

/** A hall manager (店面经理) of 湖滨营业厅 who may read inspections, as `org.me` describes them. */
export function hallManagerAccount(overrides: Partial<TestAccount> = {}): TestAccount {
  return {
    username: 'hubin.mgr',
    password: 'Duda2026',
    me: {
      person: {
        id: 'p-hubin-mgr',
        staffNo: 'HZ10101',
        name: '李娜',
        position: '店面经理',
        orgNodeId: 'org-hubin',
        orgName: '湖滨营业厅',
      },
      roles: [
        {
          role: 'hall_manager',
          label: '店面经理',
          orgNodeId: 'org-hubin',
          orgName: '湖滨营业厅',
          orgLevel: 'hall',
        },
      ],
      permissions: ['inspection.read', 'inspection.perform'],
    },
    ...overrides,
  };
}

/** A clerk (营业员): no inspection permissions at all. */
export function clerkAccount(overrides: Partial<TestAccount> = {}): TestAccount {
  return {
    username: 'hubin.clerk',
    password: 'Duda2026',
    me: {
      person: {
        id: 'p-hubin-clerk',
        staffNo: 'HZ10103',
        name: '赵雪',
        position: '营业员（综合业务）',
        orgNodeId: 'org-hubin',
        orgName: '湖滨营业厅',
      },
      roles: [
        { role: 'clerk', label: '营业员', orgNodeId: 'org-hubin', orgName: '湖滨营业厅', orgLevel: 'hall' },
      ],
      permissions: [],
    },
    ...overrides,
  };
}
