// A real org service on a fresh test database with the small test organisation (the demo's named
// accounts in two districts and five halls), and callers for its people. Other services' tests pass their
// own database too and build their service on `db.pool`, calling org through `org.router`.
import type { ServiceDatabase } from '@duda/db';
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { createLogger, type CallerContext } from '@duda/service-kit';
import { createOrgService, type OrgService } from '../index.ts';
import { DEMO_PASSWORD, seedSmallOrg, type SeededOrg } from '../seed/index.ts';

export interface OrgFixture {
  db: TestDatabase;
  org: OrgService;
  seeded: SeededOrg;
  /** The clock the service reads; tests move it to expire sessions and locks. */
  clock: { now: Date };
  /** A logged-in caller context for a demo username (or 工号). */
  contextOf(username: string, password?: string): Promise<CallerContext>;
  /** The org router called as that person. */
  callerOf(username: string): Promise<ReturnType<OrgService['router']['createCaller']>>;
  close(): Promise<void>;
}

const log = createLogger('test', 'silent');

export const anonymous = (): CallerContext => ({
  requestId: 'test',
  actor: null,
  sessionId: null,
  passwordChangeRequired: false,
  ip: '127.0.0.1',
  userAgent: 'vitest',
  log,
});

/**
 * Caller contexts for demo usernames, each signed in once through the real identity port: for the tests of
 * services that build their own org service beside theirs.
 */
export function signedInContexts(org: OrgService): (username: string) => Promise<CallerContext> {
  const contexts = new Map<string, Promise<CallerContext>>();
  const signIn = async (username: string): Promise<CallerContext> => {
    const login = await org.identity.login(
      { username, password: DEMO_PASSWORD },
      { ip: '127.0.0.1', userAgent: 'vitest' },
    );
    const session = await org.identity.resolveSession(login.token);
    if (!session) throw new Error(`no session for ${username}`);
    return { ...anonymous(), actor: session.actor, sessionId: session.sessionId };
  };
  return (username) => {
    let context = contexts.get(username);
    if (!context) {
      context = signIn(username);
      contexts.set(username, context);
    }
    return context;
  };
}

export async function orgFixture(options: { with?: ServiceDatabase[] } = {}): Promise<OrgFixture> {
  const db = await createTestDatabase([(await import('../database.ts')).database, ...(options.with ?? [])]);
  const clock = { now: new Date('2026-11-23T02:00:00Z') };
  const org = createOrgService({ pool: db.pool, now: () => clock.now });
  const seeded = await seedSmallOrg(org.prisma);
  const contextOf = async (username: string, password = DEMO_PASSWORD): Promise<CallerContext> => {
    const login = await org.identity.login({ username, password }, { ip: '127.0.0.1', userAgent: 'vitest' });
    const session = await org.identity.resolveSession(login.token);
    if (!session) throw new Error(`no session for ${username}`);
    return {
      ...anonymous(),
      actor: session.actor,
      sessionId: session.sessionId,
      passwordChangeRequired: session.mustChangePassword,
    };
  };
  return {
    db,
    org,
    seeded,
    clock,
    contextOf,
    callerOf: async (username) => org.router.createCaller(await contextOf(username)),
    close: async () => {
      await org.close();
      await db.drop();
    },
  };
}
