import type { OrgPrisma } from '../prisma.ts';
import { chineseName } from './names.ts';
import { CLERK_POSITIONS, CITY, DISTRICTS, PROVINCE } from './org-chart.ts';
import { seededRandom } from './random.ts';
import { writeOrg, type SeededOrg, type StaffSeed } from './write-org.ts';

export { DEMO_PASSWORD, type DemoLogin, type SeededOrg, type StaffSeed } from './write-org.ts';
export { seedSmallOrg, SMALL_DISTRICTS } from './small-org.ts';

export const HUBIN = 'HZ-SC-01';
export const NANXING = 'HZ-SC-02';

/** The named people of the demo: one login per role of docs/domain.md#roles. */
export const DEMO_STAFF: StaffSeed[] = [
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

/** The demo organisation (7 districts, 42 halls) and its ~460 staff. Idempotent. */
export function seedOrg(prisma: OrgPrisma): Promise<SeededOrg> {
  return writeOrg(prisma, { districts: DISTRICTS, staff: [...DEMO_STAFF, ...generatedStaff()] });
}
