// Writes an organisation and its staff: the demo one (`seedOrg`) or a test's small one (`smallOrg`).
import type { Role } from '@duda/authz';
import { hashPassword } from '../domain/passwords.ts';
import { pathOf } from '../domain/org-tree.ts';
import type { OrgPrisma } from '../prisma.ts';
import { mobile } from './names.ts';
import type { DistrictSeed } from './org-chart.ts';
import { seededRandom, stableId } from './random.ts';

/** The password of every demo account. Demo-only: documented in the README. */
export const DEMO_PASSWORD = 'Duda2026';

export interface DemoLogin {
  username: string;
  role: Role;
  name: string;
  where: string;
}

export interface StaffSeed {
  staffNo: string;
  name: string;
  orgCode: string;
  position: string;
  roles: { role: Role; orgCode: string }[];
  /** Demo accounts get a memorable username and skip the forced first-login password change. */
  demoUsername?: string;
}

export interface SeededOrg {
  /** The province (省公司): its reference forms are kept there. */
  provinceId: string;
  provinceName: string;
  cityId: string;
  districts: {
    id: string;
    code: string;
    name: string;
    halls: { id: string; code: string; name: string }[];
  }[];
  /** Person ids by demo username, for other services' demo data. */
  demoPeople: Record<string, { id: string; name: string; orgCode: string }>;
  /** Staff of each hall by hall code: its manager first, then everyone else. */
  hallStaff: Record<string, { id: string; name: string; role: Role; staffNo: string }[]>;
  districtSupervisors: Record<string, { id: string; name: string }[]>;
  demoLogins: DemoLogin[];
}

/**
 * This province, city, districts with their halls, and staff (named demo accounts are the
 * ones with a `demoUsername`). Ids derive from natural keys and inserts skip existing rows, so it is
 * idempotent.
 */
export async function writeOrg(
  prisma: OrgPrisma,
  chart: {
    province: { code: string; name: string };
    city: { code: string; name: string };
    districts: DistrictSeed[];
    staff: StaffSeed[];
  },
): Promise<SeededOrg> {
  const { province: PROVINCE, city: CITY, districts, staff } = chart;
  const named = staff.filter((s) => s.demoUsername);
  const random = seededRandom(7);
  const nodeId = (code: string) => stableId(`org:${code}`);
  const provinceId = nodeId(PROVINCE.code);
  const cityId = nodeId(CITY.code);
  const nodes = [
    {
      id: provinceId,
      code: PROVINCE.code,
      name: PROVINCE.name,
      level: 'province' as const,
      parentId: null,
      path: pathOf(null, provinceId),
      sortOrder: 0,
    },
    {
      id: cityId,
      code: CITY.code,
      name: CITY.name,
      level: 'city' as const,
      parentId: provinceId,
      path: pathOf(pathOf(null, provinceId), cityId),
      sortOrder: 0,
    },
  ];
  const paths = new Map(nodes.map((n) => [n.code, n.path]));
  districts.forEach((district, d) => {
    const id = nodeId(district.code);
    const path = pathOf(paths.get(CITY.code)!, id);
    paths.set(district.code, path);
    nodes.push({
      id,
      code: district.code,
      name: district.name,
      level: 'district' as never,
      parentId: cityId,
      path,
      sortOrder: d,
    });
    district.halls.forEach((hall, h) => {
      const hallId = nodeId(hall.code);
      nodes.push({
        id: hallId,
        code: hall.code,
        name: hall.name,
        level: 'hall' as never,
        parentId: id,
        path: pathOf(path, hallId),
        sortOrder: h,
      });
    });
  });
  const addresses = new Map(districts.flatMap((d) => d.halls.map((h) => [h.code, h.address] as const)));
  await prisma.orgNode.createMany({
    data: nodes.map((n) => ({ ...n, address: addresses.get(n.code) ?? null })),
    skipDuplicates: true,
  });

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const personId = (staffNo: string) => stableId(`person:${staffNo}`);
  await prisma.person.createMany({
    data: staff.map((s) => ({
      id: personId(s.staffNo),
      staffNo: s.staffNo,
      name: s.name,
      phone: mobile(random),
      orgNodeId: nodeId(s.orgCode),
      position: s.position,
      hireDate: new Date(Date.UTC(random.int(2012, 2025), random.int(0, 11), random.int(1, 28))),
    })),
    skipDuplicates: true,
  });
  await prisma.account.createMany({
    data: staff.map((s) => ({
      id: stableId(`account:${s.staffNo}`),
      personId: personId(s.staffNo),
      username: s.demoUsername ?? s.staffNo,
      passwordHash,
      mustChangePassword: !s.demoUsername,
    })),
    skipDuplicates: true,
  });
  await prisma.roleAssignment.createMany({
    data: staff.flatMap((s) =>
      s.roles.map((r) => ({
        id: stableId(`role:${s.staffNo}:${r.role}:${r.orgCode}`),
        personId: personId(s.staffNo),
        role: r.role,
        orgNodeId: nodeId(r.orgCode),
      })),
    ),
    skipDuplicates: true,
  });

  const nameOf = new Map(nodes.map((n) => [n.code, n.name]));
  const byRoleAt = (role: Role, code: string) =>
    staff.filter((s) => s.roles.some((r) => r.role === role && r.orgCode === code));
  return {
    provinceId,
    provinceName: PROVINCE.name,
    cityId,
    districts: districts.map((d) => ({
      id: nodeId(d.code),
      code: d.code,
      name: d.name,
      halls: d.halls.map((h) => ({ id: nodeId(h.code), code: h.code, name: h.name })),
    })),
    demoPeople: Object.fromEntries(
      named.map((s) => [s.demoUsername!, { id: personId(s.staffNo), name: s.name, orgCode: s.orgCode }]),
    ),
    hallStaff: Object.fromEntries(
      districts
        .flatMap((d) => d.halls)
        .map((h) => [
          h.code,
          staff
            .filter((s) => s.orgCode === h.code)
            .map((s) => ({
              id: personId(s.staffNo),
              name: s.name,
              role: s.roles[0]!.role,
              staffNo: s.staffNo,
            }))
            .sort((a, b) => Number(b.role === 'hall_manager') - Number(a.role === 'hall_manager')),
        ]),
    ),
    districtSupervisors: Object.fromEntries(
      districts.map((d) => [
        d.code,
        byRoleAt('district_supervisor', d.code).map((s) => ({ id: personId(s.staffNo), name: s.name })),
      ]),
    ),
    demoLogins: named.map((s) => ({
      username: s.demoUsername!,
      role: s.roles[0]!.role,
      name: s.name,
      where: nameOf.get(s.orgCode) ?? s.orgCode,
    })),
  };
}
