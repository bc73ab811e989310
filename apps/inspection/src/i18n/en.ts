import type { InspectionMessages } from './zh-CN.ts';

const en: InspectionMessages = {
  inspection: {
    title: 'Service inspection',
    menu: {
      group: 'Service inspection',
      halls: 'Business halls',
    },
    halls: {
      title: 'Business halls',
      description: 'Business halls within your scope. Click a row for details.',
      filters: {
        q: 'Name/code',
        qPlaceholder: 'Hall name or code',
        district: 'District',
      },
      columns: {
        code: 'Code',
        name: 'Name',
        district: 'District',
        address: 'Address',
        staffCount: 'Staff',
        status: 'Status',
      },
      status: {
        active: 'Open',
        inactive: 'Deactivated',
      },
      empty: {
        filtered: 'No business hall matches',
        filteredHint: 'Change the name, code or district and search again.',
        none: 'There is no business hall within your scope',
        noneHint: 'Ask the system administrator if you need to see other halls.',
      },
      detail: {
        title: 'Business hall',
        orgPath: 'Organisation',
        childCount: 'Sub-units',
      },
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
