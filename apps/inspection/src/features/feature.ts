import type { MenuEntry } from '@duda/federation';
import type { RouteRecordRaw } from 'vue-router';

/**
 * One area of the inspection remote (halls, plans, rectification…): its pages, its menu entries and its
 * texts, kept together in `features/<area>/` so an area can be changed without touching the others.
 */
export interface Feature {
  routes: RouteRecordRaw[];
  /** Entries of the remote's menu group, in the order they appear. */
  menu: MenuEntry[];
  /** Merged under `inspection.`: `{ plans: {...} }` becomes `inspection.plans.…`. */
  messages: { 'zh-CN': Record<string, unknown>; en: Record<string, unknown> };
}
