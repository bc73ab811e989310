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
    standalone: {
      title: 'Service inspection (standalone development)',
      loginTitle: 'Log in to see the inspection pages',
      username: 'Username/staff ID',
      password: 'Password',
      login: 'Log in',
      logout: 'Log out',
    },
  },
};

export default en;
