// A small organisation for tests: the demo's named accounts in two districts and five halls, with a few
// more staff, so a test builds in a moment what it needs and a demo-data change breaks no test.
import type { OrgPrisma } from '../prisma.ts';
import { DEMO_STAFF } from './demo-staff.ts';
import { DISTRICTS, type DistrictSeed } from './org-chart.ts';
import { writeOrg, type SeededOrg, type StaffSeed } from './write-org.ts';

const district = (code: string, halls: number): DistrictSeed => {
  const full = DISTRICTS.find((d) => d.code === code)!;
  return { ...full, halls: full.halls.slice(0, halls) };
};

/** 上城区 with 湖滨, 南星 and 清波; 西湖区 with 文三路 and 黄龙. */
export const SMALL_DISTRICTS: DistrictSeed[] = [district('HZ-SC', 3), district('HZ-XH', 2)];

const person = (
  staffNo: string,
  name: string,
  orgCode: string,
  position: string,
  role: StaffSeed['roles'][number]['role'],
): StaffSeed => ({ staffNo, name, orgCode, position, roles: [{ role, orgCode }] });

/** Besides the named accounts: a manager for every other hall, and one more clerk at 湖滨. */
const MORE_STAFF: StaffSeed[] = [
  person('HZ10110', '钱晓云', 'HZ-SC-01', '营业员（综合业务）', 'clerk'),
  person('HZ10301', '冯建华', 'HZ-SC-03', '店面经理', 'hall_manager'),
  person('HZ13001', '沈佳琪', 'HZ-XH-01', '店面经理', 'hall_manager'),
  // Not a demo account: must change the password at first login, as every 工号 login does.
  person('HZ13101', '蒋文博', 'HZ-XH-02', '店面经理', 'hall_manager'),
];

export function seedSmallOrg(prisma: OrgPrisma): Promise<SeededOrg> {
  return writeOrg(prisma, { districts: SMALL_DISTRICTS, staff: [...DEMO_STAFF, ...MORE_STAFF] });
}
