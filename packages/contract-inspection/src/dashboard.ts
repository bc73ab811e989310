// The supervision dashboard (督导看板): its input.
import { z } from 'zod';
import { id, month } from './common.ts';

/** Without a scope the dashboard shows the caller's own widest scope. */
export const dashboardInput = z.object({ scopeOrgId: id.nullish(), month });

/** One unit's short staves (短板) of a month: what the training plans are drafted from. */
export const shortStavesInput = z.object({ orgNodeId: id, month });

/** One unit's month of scored inspections and rectification orders, per hall (what performance scores from). */
export const monthFiguresInput = z.object({ orgNodeId: id, month });
