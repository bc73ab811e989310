import type { Role } from './roles.ts';

/**
 * How far a grant reaches. `subtree`: the assignment's org node and everything below it.
 * `own`: only records that belong to the person (a clerk's own scores and requests).
 */
export type Reach = 'subtree' | 'own';

/**
 * One area's part of the policy (组织, 服务检查, later 培训考试…), declared next to its siblings in `areas/`
 * and composed in `actions.ts`. Grants may only name the area's own actions, so a typo fails to compile.
 */
export interface AreaPolicy<A extends string = string> {
  /** The area's actions, `<area>.<object>.<verb>`. */
  readonly actions: readonly A[];
  /** What each role may do here, and how far; a role left out gets nothing of this area. */
  readonly grants: { readonly [R in Role]?: Readonly<Partial<Record<A, Reach>>> };
  /**
   * Actions an explicit assignment opens up on the assigned object whatever the assignee's org scope
   * (the cross-inspectors a plan names may perform that one inspection).
   */
  readonly assignable?: readonly A[];
}

export const defineArea = <const A extends string>(area: {
  actions: readonly A[];
  grants: { [R in Role]?: Partial<Record<NoInfer<A>, Reach>> };
  assignable?: readonly NoInfer<A>[];
}): AreaPolicy<A> => area;

/** The actions an area declares. */
export type ActionOf<T> = T extends AreaPolicy<infer A> ? A : never;
