// Texts of the fault pages (表7 硬件报障), under `operations.faults`; status words come from the contract's labels.
import { FAULT_STATUS_LABELS } from '@duda/contract-operations';

const statusWords = (locale: 'zh-CN' | 'en') =>
  Object.fromEntries(Object.entries(FAULT_STATUS_LABELS).map(([key, label]) => [key, label[locale]]));

export const zhCN = {
  faults: {
    menu: '设备报障',
    title: '设备报障（表7）',
    description: '报障、派修、修复、确认，停机时长从报障算到修复',
    filters: { status: '状态', all: '全部' },
    columns: {
      orgName: '营业厅',
      device: '设备',
      description: '故障现象',
      reportedAt: '报障时间',
      status: '状态',
      downTime: '停机时长',
    },
    status: statusWords('zh-CN'),
    downTime: '{hours} 小时 {minutes} 分',
    empty: {
      filtered: '没有符合条件的报障单',
      filteredHint: '可以调整筛选条件后重新查询',
      none: '还没有报障单',
      noneHint: '在设备台账中打开设备即可报障',
    },
    detail: { photo: '现场照片', steps: '处理过程', assignee: '维修人' },
    report: {
      description: '故障现象',
      placeholder: '例如：触摸屏无响应，无法办理业务',
      photo: '现场照片',
      occurredAt: '故障发生时间',
      occurredAtHint: '不填即为现在；最早 7 天前',
      submit: '提交报障',
      done: '已报障',
    },
    moves: {
      assign: '派修',
      repair: '登记修复',
      confirm: '确认修复',
      reopen: '退回重修',
      assignee: '维修人',
      note: '说明',
      done: '已更新',
    },
  },
};

export const en: typeof zhCN = {
  faults: {
    menu: 'Equipment faults',
    title: 'Equipment faults (Form 7)',
    description: 'Reported, assigned, repaired, confirmed; down time runs from the report to the repair',
    filters: { status: 'Status', all: 'All' },
    columns: {
      orgName: 'Hall',
      device: 'Device',
      description: 'Fault',
      reportedAt: 'Reported',
      status: 'Status',
      downTime: 'Down time',
    },
    status: statusWords('en'),
    downTime: '{hours} h {minutes} min',
    empty: {
      filtered: 'No faults match',
      filteredHint: 'Change the filters and search again',
      none: 'No faults yet',
      noneHint: 'Open a device in the ledger to report a fault',
    },
    detail: { photo: 'Photo', steps: 'Steps', assignee: 'Repaired by' },
    report: {
      description: 'What is wrong',
      placeholder: 'e.g. the touch screen does not respond',
      photo: 'Photo',
      occurredAt: 'When it stopped',
      occurredAtHint: 'Leave empty for now; at most 7 days back',
      submit: 'Report the fault',
      done: 'Fault reported',
    },
    moves: {
      assign: 'Assign',
      repair: 'Mark repaired',
      confirm: 'Confirm the repair',
      reopen: 'Send back',
      assignee: 'Repaired by',
      note: 'Note',
      done: 'Updated',
    },
  },
};
