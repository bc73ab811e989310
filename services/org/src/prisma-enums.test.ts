// Prisma keeps its own enum declarations in schema.prisma; the contract's enums (roles and org levels owned
// by @duda/authz) are what routers, authorisation and pages use. They must name the same values.
import { ORG_LEVELS, ROLES, STAFF_ID_STATUSES, STAFF_STATUSES } from '@duda/contract-org';
import { describe, expect, it } from 'vitest';
import * as prismaEnums from './generated/prisma/enums.ts';

const pairs = {
  OrgLevel: ORG_LEVELS,
  Role: ROLES,
  StaffStatus: STAFF_STATUSES,
  StaffIdStatus: STAFF_ID_STATUSES,
} satisfies Record<keyof typeof prismaEnums, readonly string[]>;

describe('Prisma enums and the contract', () => {
  it.each(Object.entries(pairs))('%s has the contract values', (name, values) => {
    expect(Object.values(prismaEnums[name as keyof typeof prismaEnums])).toEqual([...values]);
  });

  it('every Prisma enum has its contract counterpart', () => {
    expect(Object.keys(pairs).sort()).toEqual(Object.keys(prismaEnums).sort());
  });
});
