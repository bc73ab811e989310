// A small organisation for tests, with data of its own: the demo's named logins (same usernames, names and
// 工号, so tests read naturally) in two districts and five halls, a manager for every hall, one more clerk, and
// one account that must change its password at first login. Changing the demo data changes nothing here.
import type { Role } from '@duda/authz';
import type { OrgPrisma } from '../prisma.ts';
import type { DistrictSeed } from './org-chart.ts';
import { writeOrg, type SeededOrg, type StaffSeed } from './write-org.ts';

const PROVINCE = { code: 'ZJ', name: '浙江公司' };
const CITY = { code: 'HZ', name: '杭州分公司' };

export const SMALL_DISTRICTS: DistrictSeed[] = [
  {
    code: 'HZ-SC',
    name: '上城区分公司',
    halls: [
      { code: 'HZ-SC-01', name: '湖滨营业厅', address: '杭州市上城区延安路 98 号' },
      { code: 'HZ-SC-02', name: '南星营业厅', address: '杭州市上城区复兴路 312 号' },
      { code: 'HZ-SC-03', name: '清波营业厅', address: '杭州市上城区河坊街 56 号' },
    ],
  },
  {
    code: 'HZ-XH',
    name: '西湖区分公司',
    halls: [
      { code: 'HZ-XH-01', name: '文三路营业厅', address: '杭州市西湖区文三路 259 号' },
      { code: 'HZ-XH-02', name: '黄龙营业厅', address: '杭州市西湖区曙光路 120 号' },
    ],
  },
];

const person = (
  staffNo: string,
  name: string,
  orgCode: string,
  position: string,
  role: Role,
  demoUsername?: string,
): StaffSeed => ({ staffNo, name, orgCode, position, roles: [{ role, orgCode }], demoUsername });

const SMALL_STAFF: StaffSeed[] = [
  person('ZJ00001', '陈立新', 'ZJ', '系统管理员', 'admin', 'admin'),
  person('HZ00001', '王建国', 'HZ', '分管副总经理', 'leader', 'leader'),
  person('HZ00002', '周敏', 'HZ', '营业服务管理员', 'city_supervisor', 'city.sup'),
  person('HZ00003', '孙丽华', 'HZ', '培训管理员', 'trainer', 'trainer'),
  person('HZ00004', '郑晓云', 'HZ', '人力资源专员', 'hr', 'hr'),
  person('HZ00011', '刘海涛', 'HZ-SC', '区县督导', 'district_supervisor', 'sc.sup'),
  person('HZ00013', '黄佳怡', 'HZ-XH', '区县督导', 'district_supervisor', 'xh.sup'),
  person('HZ10101', '李娜', 'HZ-SC-01', '店面经理', 'hall_manager', 'hubin.mgr'),
  person('HZ10102', '张伟', 'HZ-SC-01', '值班经理', 'duty_manager', 'hubin.duty'),
  person('HZ10103', '赵雪', 'HZ-SC-01', '营业员（综合业务）', 'clerk', 'hubin.clerk'),
  person('HZ10201', '吴俊', 'HZ-SC-02', '店面经理', 'hall_manager', 'nanxing.mgr'),
  person('HZ10110', '钱晓云', 'HZ-SC-01', '营业员（综合业务）', 'clerk'),
  person('HZ10301', '冯建华', 'HZ-SC-03', '店面经理', 'hall_manager'),
  person('HZ13001', '沈佳琪', 'HZ-XH-01', '店面经理', 'hall_manager'),
  // Not a named login: must change the password at first login, as every 工号 login does.
  person('HZ13101', '蒋文博', 'HZ-XH-02', '店面经理', 'hall_manager'),
];

export function seedSmallOrg(prisma: OrgPrisma): Promise<SeededOrg> {
  return writeOrg(prisma, { province: PROVINCE, city: CITY, districts: SMALL_DISTRICTS, staff: SMALL_STAFF });
}
