import type { MenuEntry } from '@duda/federation';
import type { RouteRecordRaw } from 'vue-router';

/** One page group of the remote: its routes, menu entries and texts, kept together in `features/<x>/`. */
export interface Feature {
  routes: RouteRecordRaw[];
  menu: MenuEntry[];
  /** Merged under `operations.`. */
  messages: { 'zh-CN': Record<string, unknown>; en: Record<string, unknown> };
}
