import { ROLES } from '@duda/authz';
import { describe, expect, it } from 'vitest';
import { peopleAdminInputs, peopleInputs } from './people.ts';

const id = '0d6f4a8e-2b1c-4c3d-9e8f-1a2b3c4d5e6f';

describe('people inputs', () => {
  it('filter by the roles authz declares, and by staff status', () => {
    for (const role of ROLES) expect(peopleInputs.list.safeParse({ role }).success).toBe(true);
    expect(peopleInputs.list.safeParse({ role: 'janitor' }).success).toBe(false);
    expect(peopleInputs.list.parse({ status: 'on_leave' })).toMatchObject({ status: 'on_leave' });
  });

  it('sort only by the offered keys', () => {
    expect(peopleInputs.list.safeParse({ sort: { key: 'hireDate', order: 'desc' } }).success).toBe(true);
    expect(peopleInputs.list.safeParse({ sort: { key: 'salary', order: 'asc' } }).success).toBe(false);
  });

  it('check a new person’s staff number and mobile number', () => {
    const person = {
      staffNo: 'HZ13101',
      name: '张三',
      orgNodeId: id,
      position: '营业员',
      hireDate: '2024-05-01',
      initialPassword: 'Duda2026',
    };
    expect(peopleAdminInputs.createPerson.parse(person)).toMatchObject({ staffNo: 'HZ13101', roles: [] });
    expect(peopleAdminInputs.createPerson.safeParse({ ...person, staffNo: 'H1' }).success).toBe(false);
    expect(peopleAdminInputs.createPerson.safeParse({ ...person, phone: '12345' }).success).toBe(false);
  });
});
