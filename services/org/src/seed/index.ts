import type { Role } from '@duda/authz';
import { hashPassword } from '../domain/passwords.ts';
import { pathOf } from '../domain/org-tree.ts';
import type { OrgPrisma } from '../prisma.ts';
import { chineseName, mobile } from './names.ts';
import { CITY, CLERK_POSITIONS, DISTRICTS, PROVINCE } from './org-chart.ts';
import { seededRandom, stableId } from './random.ts';

/** The password of every demo account. Demo-only: documented in the README. */
export const DEMO_PASSWORD = 'Duda2026';

export interface DemoLogin {
  username: string;
  role: Role;
  name: string;
  where: string;
}

interface StaffSeed {
  staffNo: string;
  name: string;
  orgCode: string;
  position: string;
  roles: { role: Role; orgCode: string }[];
  /** Demo accounts get a memorable username and skip the forced first-login password change. */
  demoUsername?: string;
}

const HUBIN = 'HZ-SC-01';
const NANXING = 'HZ-SC-02';

/** The named people of the demo: one login per role of docs/domain.md#roles. */
const DEMO_STAFF: StaffSeed[] = [
  {
    staffNo: 'ZJ00001',
    name: '陈立新',
    orgCode: PROVINCE.code,
    position: '系统管理员',
    roles: [{ role: 'admin', orgCode: PROVINCE.code }],
    demoUsername: 'admin',
  },
  {
    staffNo: 'HZ00001',
    name: '王建国',
    orgCode: CITY.code,
    position: '分管副总经理',
    roles: [{ role: 'leader', orgCode: CITY.code }],
    demoUsername: 'leader',
  },
  {
    staffNo: 'HZ00002',
    name: '周敏',
    orgCode: CITY.code,
    position: '营业服务管理员',
    roles: [{ role: 'city_supervisor', orgCode: CITY.code }],
    demoUsername: 'city.sup',
  },
  {
    staffNo: 'HZ00003',
    name: '孙丽华',
    orgCode: CITY.code,
    position: '培训管理员',
    roles: [{ role: 'trainer', orgCode: CITY.code }],
    demoUsername: 'trainer',
  },
  {
    staffNo: 'HZ00004',
    name: '郑晓云',
    orgCode: CITY.code,
    position: '人力资源专员',
    roles: [{ role: 'hr', orgCode: CITY.code }],
    demoUsername: 'hr',
  },
  {
    staffNo: 'HZ00011',
    name: '刘海涛',
    orgCode: 'HZ-SC',
    position: '区县督导',
    roles: [{ role: 'district_supervisor', orgCode: 'HZ-SC' }],
    demoUsername: 'sc.sup',
  },
  {
    staffNo: 'HZ00013',
    name: '黄佳怡',
    orgCode: 'HZ-XH',
    position: '区县督导',
    roles: [{ role: 'district_supervisor', orgCode: 'HZ-XH' }],
    demoUsername: 'xh.sup',
  },
  {
    staffNo: 'HZ10101',
    name: '李娜',
    orgCode: HUBIN,
    position: '店面经理',
    roles: [{ role: 'hall_manager', orgCode: HUBIN }],
    demoUsername: 'hubin.mgr',
  },
  {
    staffNo: 'HZ10102',
    name: '张伟',
    orgCode: HUBIN,
    position: '值班经理',
    roles: [{ role: 'duty_manager', orgCode: HUBIN }],
    demoUsername: 'hubin.duty',
  },
  {
    staffNo: 'HZ10103',
    name: '赵雪',
    orgCode: HUBIN,
    position: '营业员（综合业务）',
    roles: [{ role: 'clerk', orgCode: HUBIN }],
    demoUsername: 'hubin.clerk',
  },
  {
    staffNo: 'HZ10201',
    name: '吴俊',
    orgCode: NANXING,
    position: '店面经理',
    roles: [{ role: 'hall_manager', orgCode: NANXING }],
    demoUsername: 'nanxing.mgr',
  },
];

function generatedStaff(): StaffSeed[] {
  const random = seededRandom(20261123);
  const taken = new Set(DEMO_STAFF.map((s) => s.staffNo));
  const staff: StaffSeed[] = [];
  const add = (s: StaffSeed) => {
    if (!taken.has(s.staffNo)) staff.push(s);
  };
  add({
    staffNo: 'HZ00005',
    name: chineseName(random),
    orgCode: CITY.code,
    position: '营业服务管理员',
    roles: [{ role: 'city_supervisor', orgCode: CITY.code }],
  });
  add({
    staffNo: 'HZ00006',
    name: chineseName(random),
    orgCode: CITY.code,
    position: '培训管理员',
    roles: [{ role: 'trainer', orgCode: CITY.code }],
  });
  DISTRICTS.forEach((district, d) => {
    for (const n of [1, 2]) {
      add({
        staffNo: `HZ000${11 + d * 2 + n - 1}`,
        name: chineseName(random),
        orgCode: district.code,
        position: '区县督导',
        roles: [{ role: 'district_supervisor', orgCode: district.code }],
      });
    }
    add({
      staffNo: `HZ000${40 + d}`,
      name: chineseName(random),
      orgCode: district.code,
      position: '区县分公司经理',
      roles: [{ role: 'leader', orgCode: district.code }],
    });
    district.halls.forEach((hall, h) => {
      const prefix = `HZ1${d + 1}${h}`;
      add({
        staffNo: `${prefix}01`,
        name: chineseName(random),
        orgCode: hall.code,
        position: '店面经理',
        roles: [{ role: 'hall_manager', orgCode: hall.code }],
      });
      add({
        staffNo: `${prefix}02`,
        name: chineseName(random),
        orgCode: hall.code,
        position: '值班经理',
        roles: [{ role: 'duty_manager', orgCode: hall.code }],
      });
      if (h % 2 === 0)
        add({
          staffNo: `${prefix}09`,
          name: chineseName(random),
          orgCode: hall.code,
          position: '店面经理助理',
          roles: [{ role: 'manager_assistant', orgCode: hall.code }],
        });
      const clerks = random.int(6, 9);
      for (let c = 0; c < clerks; c++) {
        add({
          staffNo: `${prefix}${String(c + 10).padStart(2, '0')}`,
          name: chineseName(random),
          orgCode: hall.code,
          position: random.pick(CLERK_POSITIONS),
          roles: [{ role: 'clerk', orgCode: hall.code }],
        });
      }
    });
  });
  return staff;
}

export interface SeededOrg {
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
  hallStaff: Record<string, { id: string; name: string; role: Role }[]>;
  districtSupervisors: Record<string, { id: string; name: string }[]>;
  demoLogins: DemoLogin[];
}

/** Demo organisation and staff. Ids derive from natural keys and inserts skip existing rows, so it is idempotent. */
export async function seedOrg(prisma: OrgPrisma): Promise<SeededOrg> {
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
  DISTRICTS.forEach((district, d) => {
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
  const addresses = new Map(DISTRICTS.flatMap((d) => d.halls.map((h) => [h.code, h.address] as const)));
  await prisma.orgNode.createMany({
    data: nodes.map((n) => ({ ...n, address: addresses.get(n.code) ?? null })),
    skipDuplicates: true,
  });

  const staff = [...DEMO_STAFF, ...generatedStaff()];
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
    cityId,
    districts: DISTRICTS.map((d) => ({
      id: nodeId(d.code),
      code: d.code,
      name: d.name,
      halls: d.halls.map((h) => ({ id: nodeId(h.code), code: h.code, name: h.name })),
    })),
    demoPeople: Object.fromEntries(
      DEMO_STAFF.map((s) => [s.demoUsername!, { id: personId(s.staffNo), name: s.name, orgCode: s.orgCode }]),
    ),
    hallStaff: Object.fromEntries(
      DISTRICTS.flatMap((d) => d.halls).map((h) => [
        h.code,
        staff
          .filter((s) => s.orgCode === h.code)
          .map((s) => ({ id: personId(s.staffNo), name: s.name, role: s.roles[0]!.role }))
          .sort((a, b) => Number(b.role === 'hall_manager') - Number(a.role === 'hall_manager')),
      ]),
    ),
    districtSupervisors: Object.fromEntries(
      DISTRICTS.map((d) => [
        d.code,
        byRoleAt('district_supervisor', d.code).map((s) => ({ id: personId(s.staffNo), name: s.name })),
      ]),
    ),
    demoLogins: DEMO_STAFF.map((s) => ({
      username: s.demoUsername!,
      role: s.roles[0]!.role,
      name: s.name,
      where: nameOf.get(s.orgCode) ?? s.orgCode,
    })),
  };
}
