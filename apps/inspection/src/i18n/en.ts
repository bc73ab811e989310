import type { InspectionMessages } from './zh-CN.ts';

const en: InspectionMessages = {
  inspection: {
    title: 'Service inspection',
    menu: {
      group: 'Service inspection',
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
