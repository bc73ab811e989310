// Texts of the maintenance cadence page, under `operations.cadences`.
export const zhCN = {
  cadences: {
    menu: '维护周期',
    title: '设备维护周期',
    description: '{city}各类设备的维护周期，到期前 7 天列入营业厅待办',
    readOnly: '维护周期由市公司统一设置，区县和营业厅只能查看',
    type: '设备类型',
    days: '维护周期（天）',
    every: '每 {days} 天',
    save: '保存',
    saved: '{type}的维护周期已改为 {days} 天',
  },
};

export const en: typeof zhCN = {
  cadences: {
    menu: 'Maintenance cadence',
    title: 'Maintenance cadence',
    description:
      "How often each type of device is maintained in {city}; a hall's to-do 7 days before a device is due",
    readOnly: 'The city sets maintenance cadences; districts and halls can only read them',
    type: 'Device type',
    days: 'Every (days)',
    every: 'Every {days} days',
    save: 'Save',
    saved: '{type}: maintained every {days} days from now on',
  },
};
