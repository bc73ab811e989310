import type { MenuEntry } from '@duda/federation';

export const menu: MenuEntry[] = [
  {
    title: 'inspection.menu.group',
    icon: 'Checked',
    permission: 'inspection.read',
    children: [{ title: 'inspection.menu.halls', path: 'halls', icon: 'OfficeBuilding' }],
  },
];
