import { CITY, PROVINCE } from './org-chart.ts';
import type { StaffSeed } from './write-org.ts';

const HUBIN = 'HZ-SC-01';
const NANXING = 'HZ-SC-02';

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
    // An administrator of one district only, to try the admin screens in a district's scope.
    staffNo: 'HZ00031',
    name: '方志强',
    orgCode: 'HZ-SC',
    position: '系统管理员',
    roles: [{ role: 'admin', orgCode: 'HZ-SC' }],
    demoUsername: 'sc.admin',
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
