import type { InspectionMessages } from './zh-CN.ts';

const en: InspectionMessages = {
  inspection: {
    menu: {
      group: 'Service inspection',
    },
    kinds: {
      DAILY: 'Daily check',
      SELF_CHECK: 'Hall self-check',
      MONTHLY_VISIT: 'Monthly visit',
      CROSS: 'Cross-inspection',
      MYSTERY: 'Mystery shopper',
    },
  },
};

export default en;
