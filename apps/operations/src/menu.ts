import type { MenuEntry } from '@duda/federation';
import { features } from './features/index.ts';

/** Every feature's entries in order; the shell shows them under the remote's title and icon. */
export const menu: MenuEntry[] = features.flatMap((feature) => feature.menu);
