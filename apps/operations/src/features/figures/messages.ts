// Texts of the equipment figures page, under `operations.figures`.
export const zhCN = {
  figures: {
    menu: '设备指标',
    title: '设备指标',
    description: '各营业厅当月的报障次数、平均修复时长、维护超期设备与自助终端可用率',
    month: '月份',
    columns: {
      orgName: '营业厅',
      devices: '设备数',
      faults: '报障次数',
      meanRepair: '平均修复时长（小时）',
      overdue: '维护超期',
      availability: '自助终端可用率',
    },
    empty: '所选月份没有设备数据',
  },
};

export const en: typeof zhCN = {
  figures: {
    menu: 'Equipment figures',
    title: 'Equipment figures',
    description:
      "Each hall's faults in the month, mean time to repair, devices overdue for maintenance and self-service terminal availability",
    month: 'Month',
    columns: {
      orgName: 'Hall',
      devices: 'Devices',
      faults: 'Faults',
      meanRepair: 'Mean time to repair (h)',
      overdue: 'Overdue maintenance',
      availability: 'Self-service availability',
    },
    empty: 'No equipment in the chosen month',
  },
};
