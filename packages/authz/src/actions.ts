import type { ActionOf, Reach } from './area.ts';
import { inspectionArea } from './areas/inspection.ts';
import { orgArea } from './areas/org.ts';
import { composeAreas } from './compose.ts';
import type { Role } from './roles.ts';
import { trainingArea } from './areas/training.ts';
import { portalArea } from './areas/portal.ts';
import { formsArea } from './areas/forms.ts';
import { performanceArea } from './areas/performance.ts';
import { operationsArea } from './areas/operations.ts';

/** Every area's policy, one line per area (`areas/<area>.ts`). A new area adds its line here. */
const AREAS = [
  orgArea,
  inspectionArea,
  trainingArea,
  portalArea,
  formsArea,
  performanceArea,
  operationsArea,
] as const;

/**
 * Everything the platform lets someone do, named `<area>.<object>.<verb>`. Services check these, the
 * shell uses them to decide which menu entries a person sees.
 */
export type Action = ActionOf<(typeof AREAS)[number]>;
export type { Reach };

const policy = composeAreas<Action>(AREAS);

export const ACTIONS: readonly Action[] = policy.actions;

/** What each role may do, and how far: every area's grants for the role together. */
export const ROLE_GRANTS: Readonly<Record<Role, Partial<Record<Action, Reach>>>> = policy.roleGrants;

/** Actions an explicit assignment opens up on the assigned object, whatever the assignee's org scope. */
export const ASSIGNABLE: ReadonlySet<Action> = policy.assignable;

export const grantOf = (role: Role, action: Action): Reach | undefined => ROLE_GRANTS[role][action];
