// Texts of the ledger pages, under `operations.devices`; enum words come from the contract's labels.
import { DEVICE_STATUS_LABELS, DEVICE_TYPE_LABELS } from '@duda/contract-operations';

const words = (labels: Record<string, { 'zh-CN': string; en: string }>, locale: 'zh-CN' | 'en') =>
  Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, label[locale]]));

export const zhCN = {
  devices: {
    menu: '设备台账',
    title: '设施与设备台账',
    description: '营业厅的设备：在哪里、何时维护、报障与维修',
    filters: { type: '类型', status: '状态', q: '型号或资产编号', all: '全部' },
    columns: {
      orgName: '营业厅',
      type: '类型',
      model: '型号',
      assetNo: '资产编号',
      location: '位置',
      status: '状态',
      maintenance: '下次维护',
    },
    type: words(DEVICE_TYPE_LABELS, 'zh-CN'),
    status: words(DEVICE_STATUS_LABELS, 'zh-CN'),
    maintenance: { OK: '', DUE: '即将到期', OVERDUE: '已超期' },
    empty: {
      filtered: '没有符合条件的设备',
      filteredHint: '可以调整筛选条件后重新查询',
      none: '台账里还没有设备',
      noneHint: '营业厅经理和督导可以登记设备',
    },
    detail: {
      installedOn: '安装日期',
      lastMaintainedOn: '上次维护',
      history: '设备履历',
      faults: '报障记录',
      noFaults: '没有报障记录',
      retirements: '更换与报废',
    },
    actions: {
      register: '登记设备',
      maintain: '记录维护',
      maintained: '已记录维护',
      report: '报障',
      retire: '申请更换/报废',
    },
    register: { hall: '营业厅', installedOn: '安装日期', done: '设备已登记' },
    form: {
      editTitle: '修改设备信息',
      edit: '修改信息',
      save: '保存',
      cancel: '取消',
      edited: '设备信息已保存',
      locationHint: '如：自助区A、1号柜台',
    },
    retire: {
      kind: '申请',
      reason: '理由',
      done: '申请已提交，等待区县审批',
      openApproval: '去审批页查看/处理',
      viewApproval: '查看审批记录',
      blockedByFault: '审批通过时设备仍有未关闭的故障，未执行更换/报废；请修复并确认后重新申请',
    },
  },
};

export const en: typeof zhCN = {
  devices: {
    menu: 'Equipment ledger',
    title: 'Facilities and equipment ledger',
    description: "The halls' devices: where they are, when they are maintained, their faults and repairs",
    filters: { type: 'Type', status: 'Status', q: 'Model or asset number', all: 'All' },
    columns: {
      orgName: 'Hall',
      type: 'Type',
      model: 'Model',
      assetNo: 'Asset number',
      location: 'Location',
      status: 'Status',
      maintenance: 'Next maintenance',
    },
    type: words(DEVICE_TYPE_LABELS, 'en'),
    status: words(DEVICE_STATUS_LABELS, 'en'),
    maintenance: { OK: '', DUE: 'Due soon', OVERDUE: 'Overdue' },
    empty: {
      filtered: 'No devices match',
      filteredHint: 'Change the filters and search again',
      none: 'No devices in the ledger yet',
      noneHint: 'Hall managers and supervisors can register devices',
    },
    detail: {
      installedOn: 'Installed',
      lastMaintainedOn: 'Last maintained',
      history: 'History',
      faults: 'Faults',
      noFaults: 'No faults recorded',
      retirements: 'Replacement and scrap',
    },
    actions: {
      register: 'Register a device',
      maintain: 'Record maintenance',
      maintained: 'Maintenance recorded',
      report: 'Report a fault',
      retire: 'Ask to replace or scrap',
    },
    register: { hall: 'Hall', installedOn: 'Installed on', done: 'Device registered' },
    form: {
      editTitle: "Edit a device's details",
      edit: 'Edit details',
      save: 'Save',
      cancel: 'Cancel',
      edited: 'Device details saved',
      locationHint: 'E.g. self-service area A, counter 1',
    },
    retire: {
      kind: 'Request',
      reason: 'Reason',
      done: 'Sent to the district for approval',
      openApproval: 'Open the approval',
      viewApproval: 'See the approval history',
      blockedByFault:
        'Approved while the device still had an open fault, so it was not carried out; have it repaired and confirmed, then ask again',
    },
  },
};
