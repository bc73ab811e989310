// Who holds a role at an org node, asked of the org service when an event names a hall or a district rather
// than people. An event has no caller, so the portal asks as itself: a reader of exactly that one node's
// people (a leader's read grant bound to the node, subtree of the node alone) — never more than the event's
// own hall or district (ADR 0019).
import type { Actor } from '@duda/authz';
import { createLogger, type CallerContext, type ServiceClient } from '@duda/service-kit';
import type { Logger } from 'pino';
import type { RoleAtNode } from '../domain/notification-recipients.ts';

/** The portal's own identity towards the org service; no person has this id. */
export const PORTAL_READER_ID = '00000000-0000-4000-8000-00000000d0da';

/** The level a role's node sits at: an approval's slot may be a city's (督导, 培训, 人力, 领导). */
const levelOf = (role: RoleAtNode['role']) =>
  role === 'district_supervisor'
    ? 'district'
    : ['city_supervisor', 'trainer', 'hr', 'leader'].includes(role)
      ? 'city'
      : 'hall';

export function nodeReader({ role, orgNodeId }: RoleAtNode, requestId: string, log: Logger): CallerContext {
  const actor: Actor = {
    personId: PORTAL_READER_ID,
    name: '工作台通知',
    staffNo: 'portal',
    homeOrgNodeId: orgNodeId,
    roles: [
      {
        role: 'leader',
        orgNodeId,
        orgNodeName: '',
        orgLevel: levelOf(role),
        subtree: [orgNodeId],
      },
    ],
  };
  return {
    requestId,
    actor,
    sessionId: null,
    passwordChangeRequired: false,
    ip: '127.0.0.1',
    userAgent: 'portal-notifications',
    log,
  };
}

interface Page<T> {
  items: T[];
  total: number;
}

const PAGE = 200;

/** The active people holding each role at its node (a hall has a handful, a district office a few). */
export async function holdersOf(
  org: ServiceClient,
  holders: readonly RoleAtNode[],
  requestId: string,
  log: Logger = createLogger('portal', 'silent'),
): Promise<string[]> {
  const found = await Promise.all(
    holders.map(async (holder) => {
      const { role, orgNodeId } = holder;
      const page = await org.query<Page<{ id: string }>>(nodeReader(holder, requestId, log), 'people.list', {
        orgNodeId,
        role,
        status: 'active',
        pageSize: PAGE,
      });
      return page.items.map((person) => person.id);
    }),
  );
  return found.flat();
}
