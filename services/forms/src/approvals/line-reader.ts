// The forms service's own reader of the people working at the units of one approval's line (its hall, district and
// city offices, each alone, not the units under them): a submitter who reads only themself in org (a clerk) must
// still find and name the person they pick as approver (自选审批人). It reads exactly those units, never more.
import type { Actor } from '@duda/authz';
import type { Ctx } from './acting-context.ts';
import type { ApproverLevel } from '@duda/contract-forms';
import type { SubmitterLine } from './domain/types.ts';

/** The reader's own identity towards the org service; no person has this id. */
export const LINE_READER_ID = '00000000-0000-4000-8000-00000000f0f0';

/** The units of the line, each with its level. */
export const lineUnits = (line: SubmitterLine) =>
  (Object.entries(line) as [ApproverLevel, { id: string; name: string }][]).map(([level, place]) => ({
    level,
    ...place,
  }));

/** The caller's request, asked as a reader of the line's units alone (a leader's read grant bound to each). */
export function lineReader(ctx: Ctx, line: SubmitterLine): Ctx {
  const units = lineUnits(line);
  const actor: Actor = {
    personId: LINE_READER_ID,
    name: '审批自选审批人',
    staffNo: 'forms',
    homeOrgNodeId: units[0]?.id ?? '',
    roles: units.map((unit) => ({
      role: 'leader',
      orgNodeId: unit.id,
      orgNodeName: unit.name,
      orgLevel: unit.level,
      subtree: [unit.id],
    })),
  };
  return { ...ctx, actor };
}
