import type { OrgPrisma } from '../prisma.ts';
import { seedStaffIds } from '../staff-ids/seed.ts';
import { chineseName } from './names.ts';
import { CLERK_POSITIONS, CITY, DISTRICTS, PROVINCE } from './org-chart.ts';
import { seededRandom } from './random.ts';
import { DEMO_STAFF } from './demo-staff.ts';
import { writeOrg, type SeededOrg, type StaffSeed } from './write-org.ts';

export { DEMO_PASSWORD, type DemoLogin, type SeededOrg, type StaffSeed } from './write-org.ts';
export { seedSmallOrg, SMALL_DISTRICTS } from './small-org.ts';

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

/** The demo organisation (7 districts, 42 halls), its ~460 staff and their staff IDs (表5). Idempotent. */
export async function seedOrg(prisma: OrgPrisma): Promise<SeededOrg> {
  const seeded = await writeOrg(prisma, {
    province: PROVINCE,
    city: CITY,
    districts: DISTRICTS,
    staff: [...DEMO_STAFF, ...generatedStaff()],
  });
  await seedStaffIds(prisma, seeded);
  return seeded;
}
