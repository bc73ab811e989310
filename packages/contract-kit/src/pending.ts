// The to-do contract (待办, ADR 0018): every area answers "the pending actions of this person" with
// `<area>.pending.mine`, in this one shape, and the portal's inbox merges the areas' answers. The shell words an
// action from the action itself (its kind's label in both languages, its route), so it names no area.
import { z } from 'zod';
import type { LocalizedText } from './errors.ts';

/** At most this many actions per area and call: the inbox shows the soonest, the counts say how many there are. */
export const PENDING_LIMIT_MAX = 200;

export const pendingMineInput = z.object({
  /** 0 asks only for the counts (the menu badges). */
  limit: z.number().int().min(0).max(PENDING_LIMIT_MAX).default(50),
});
export type PendingMineInput = z.input<typeof pendingMineInput>;

const localizedText = z.object({ 'zh-CN': z.string(), en: z.string() });

export const pendingActionSchema = z.object({
  /** Stable across calls while the action waits: `<area>.<kind>.<the object's id>`. */
  id: z.string(),
  /** The area (and remote) it belongs to: `inspection`, `training`. */
  area: z.string(),
  /** What is to be done, one of the area's kinds (`rectification.respond`, `exam.take` …). */
  kind: z.string(),
  /** The kind in both languages, from the area's terms. */
  kindLabel: localizedText,
  /** Data text: the object's own title (an exam's name, an order's item), as stored. */
  title: z.string(),
  /** The org node (hall, district) it concerns, if any. */
  orgNodeId: z.string().nullable(),
  orgName: z.string().nullable(),
  dueAt: z.date().nullable(),
  overdue: z.boolean(),
  /** Where it is done: a path inside the area's remote (`rectifications?order=…`, mounted at `/<remote>/`). */
  route: z.object({ remote: z.string(), path: z.string() }),
});
export type PendingAction = z.infer<typeof pendingActionSchema>;

/** An area's answer: its soonest actions (up to the limit asked) and how many wait in all. */
export const pendingPageSchema = z.object({
  items: z.array(pendingActionSchema),
  total: z.number().int().min(0),
  overdue: z.number().int().min(0),
});
export type PendingPage = z.infer<typeof pendingPageSchema>;

/** Overdue first, then the soonest due, undated last; the id keeps the order stable. */
export function comparePending(
  a: Pick<PendingAction, 'overdue' | 'dueAt' | 'id'>,
  b: Pick<PendingAction, 'overdue' | 'dueAt' | 'id'>,
): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const due = (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity);
  if (due !== 0 && !Number.isNaN(due)) return due;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * An area's kinds of pending action with their labels: `const kinds = definePendingKinds('training', {
 * 'exam.take': { 'zh-CN': '参加考试', en: 'Take an exam' } })`, then `kinds.action('exam.take', {...})`.
 */
export function definePendingKinds<const Kind extends string>(
  area: string,
  labels: Readonly<Record<Kind, LocalizedText>>,
) {
  return {
    area,
    action(
      kind: Kind,
      fields: Omit<PendingAction, 'id' | 'area' | 'kind' | 'kindLabel' | 'route'> & {
        /** The object the action is about: with the kind it makes the stable id. */
        objectId: string;
        path: string;
      },
    ): PendingAction {
      const { objectId, path, ...rest } = fields;
      return {
        id: `${area}.${kind}.${objectId}`,
        area,
        kind,
        kindLabel: { 'zh-CN': labels[kind]['zh-CN'], en: labels[kind].en },
        ...rest,
        route: { remote: area, path },
      };
    },
  };
}

/** Actions counted in full but listed only up to a limit (each kind's query takes the soonest few). */
export function pendingPage(all: readonly PendingAction[], limit: number): PendingPage {
  return mergePending(
    [{ items: [...all], total: all.length, overdue: all.filter((a) => a.overdue).length }],
    limit,
  );
}

/** Several answers (an area's kinds, or the inbox's areas) as one: sorted, cut to the limit, their counts added. */
export function mergePending(pages: readonly PendingPage[], limit: number): PendingPage {
  return {
    items: pages
      .flatMap((page) => page.items)
      .sort(comparePending)
      .slice(0, limit),
    total: pages.reduce((sum, page) => sum + page.total, 0),
    overdue: pages.reduce((sum, page) => sum + page.overdue, 0),
  };
}
