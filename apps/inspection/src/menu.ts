import type { MenuEntry } from '@duda/federation';
import { features } from './features/index.ts';

export const menu: MenuEntry[] = [
  {
    title: 'inspection.menu.group',
    icon: 'Checked',
    children: features.flatMap((feature) => feature.menu),
  },
];
